#!/usr/bin/env bash
# npm run check:shared: the shared folder's fixture checks (../shared/tools/check-*.py) against the
# built CLI, when ../shared sits beside this clone (CI has it; a lone clone skips this step
# and says so). The only place in the project that reads ../shared: its third-party profiles
# (fixtures/wild) are read from there, never copied.
# Every check the shared folder has is here, and each passes.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
if [ ! -d "$shared/tools" ] || [ ! -d "$shared/fixtures" ]; then
  echo "check:shared: no $shared/tools and $shared/fixtures beside this clone: nothing to check"
  exit 0
fi
cli=dist/cli.js
[ -f "$cli" ] || { echo "check:shared: $cli is missing: run npm run build first" >&2; exit 1; }
command -v python3 >/dev/null || { echo "check:shared: python3 is needed to run the checks" >&2; exit 1; }

failed=0
run() { # name command...
  local name=$1; shift
  local out
  if out=$("$@" 2>&1); then echo "check:shared: $name: ${out##*$'\n'}"
  else echo "check:shared: $name FAILED:"; echo "$out" | tail -5; failed=1; fi
}

views=0; matched=0
for golden in "$shared"/fixtures/profiles/*.top.txt; do
  base=$(basename "$golden" .top.txt)   # NAME.SAMPLE
  views=$((views + 1))
  if python3 "$shared/tools/check-top.py" "$cli" "$shared/fixtures/profiles/${base%.*}.pb.gz" "$golden" "${base##*.}" >/dev/null 2>&1; then
    matched=$((matched + 1))
  else
    echo "check:shared: top FAILED on $base:"; python3 "$shared/tools/check-top.py" "$cli" "$shared/fixtures/profiles/${base%.*}.pb.gz" "$golden" "${base##*.}" 2>&1 | tail -3; failed=1
  fi
done
echo "check:shared: top: $matched/$views sample views equal go tool pprof"
run lens python3 "$shared/tools/check-lens.py" "$cli" "$shared/fixtures/lens"
run wild python3 "$shared/tools/check-wild.py" "$cli" "$shared/fixtures/wild"
run truth python3 "$shared/tools/check-truth.py" "$cli" "$shared/fixtures/go-truth/map-memory.json"
exit $failed
