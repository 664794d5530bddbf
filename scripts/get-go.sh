#!/usr/bin/env bash
# get-go.sh VERSION... : real Go toolchains (1.19, 1.21 … 1.26) for the tests that build and run Go,
# unpacked from Debian's golang-1.N-go/-src packages into a cache (HEAPLENS_GO_CACHE, default
# ~/.cache/heaplens-go). apt-get reads a private list of suites, so the machine's apt setup is
# untouched. A cached toolchain is reused. Prints one GOROOT per version, in order.
# Fails with one line "get-go: …" saying what is missing.
set -euo pipefail

cache="${HEAPLENS_GO_CACHE:-$HOME/.cache/heaplens-go}"
fail() { echo "get-go: $*" >&2; exit 1; }
[ $# -gt 0 ] || fail "usage: get-go.sh VERSION... (e.g. 1.19 1.26)"

goroot_of() { echo "$cache/go-$1/usr/lib/go-$1"; }
# from / with GOTOOLCHAIN=local: a go.mod in the caller's folder must not make go switch toolchains
works() { (cd / && GOTOOLCHAIN=local "$(goroot_of "$1")/bin/go" version) >/dev/null 2>&1; }

todo=()
for v in "$@"; do
  [[ "$v" =~ ^1\.(19|2[1-6])$ ]] || fail "Go $v: Debian packages only 1.19 and 1.21 … 1.26"
  works "$v" || todo+=("$v")
done

if [ ${#todo[@]} -gt 0 ]; then
  command -v apt-get >/dev/null || fail "Go ${todo[*]} not in $cache, and no apt-get to download it"
  command -v dpkg >/dev/null || fail "Go ${todo[*]} not in $cache, and no dpkg to unpack it"
  # The mirror the machine already uses (deb822 sources first, then the one-line format).
  mirror=$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1)
  [ -n "$mirror" ] || mirror=$(awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' /etc/apt/sources.list 2>/dev/null)
  [ -n "$mirror" ] || fail "Go ${todo[*]} not in $cache, and no Debian mirror in /etc/apt/sources.list*"
  keyring=/usr/share/keyrings/debian-archive-keyring.gpg
  [ -f "$keyring" ] || fail "no $keyring to check Debian's packages"

  apt="$cache/apt"
  mkdir -p "$apt/lists/partial" "$apt/archives/partial"
  # 1.19: bookworm; 1.21–1.23: bookworm-backports; 1.24: trixie; 1.25: trixie-backports; newer: sid.
  for suite in bookworm bookworm-backports trixie trixie-backports sid; do
    echo "deb [signed-by=$keyring] $mirror $suite main"
  done > "$apt/sources.list"
  opts=(-qq -o Dir::Etc::SourceList="$apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o Dir::State::Lists="$apt/lists" -o Dir::Cache::archives="$apt/archives" -o APT::Sandbox::User=root)
  apt-get "${opts[@]}" update >"$apt/update.log" 2>&1 \
    || fail "apt-get update of Debian's Go suites failed ($(tail -1 "$apt/update.log")): is $mirror reachable?"

  for v in "${todo[@]}"; do
    tmp=$(mktemp -d)
    (cd "$tmp" && apt-get "${opts[@]}" download "golang-$v-go" "golang-$v-src") >"$tmp/download.log" 2>&1 \
      || fail "could not download golang-$v-go and golang-$v-src from $mirror ($(tail -1 "$tmp/download.log"))"
    mkdir -p "$tmp/root"
    for deb in "$tmp"/*.deb; do dpkg -x "$deb" "$tmp/root"; done
    rm -rf "$cache/go-$v"
    mv "$tmp/root" "$cache/go-$v"
    rm -rf "$tmp"
    works "$v" || fail "Go $v unpacked into $cache/go-$v but $(goroot_of "$v")/bin/go does not run"
  done
fi

for v in "$@"; do goroot_of "$v"; done
