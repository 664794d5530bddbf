#!/usr/bin/env bash
# Provisions what the e2e suite needs, once per machine, cached outside the repo:
# Node 24 (the npm platform package node-linux-<arch>, no install script), code-server built
# against it by npm running under that Node, Debian's Chromium and the build packages
# code-server's native modules need. A build is checked once (native modules load, code-server
# serves the workbench page) and then marked .verified, so a re-run takes about a second.
# Any failure exits non-zero with one clear "provision-e2e: ..." line: never a silent skip.
# Prints the environment the harness reads (HEAPLENS_E2E_*) on its last lines.
set -euo pipefail

NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
# Packages whose install scripts the build needs (npm's allowScripts, pinned): code-server's
# postinstall installs lib/vscode's dependencies (whose own package.json approves theirs);
# argon2's install picks its prebuilt binary. Anything else unapproved fails the install.
ALLOW_SCRIPTS=("code-server@$CODE_SERVER_VERSION" "argon2@0.44.0")
APT_PACKAGES=(chromium libkrb5-dev libxkbfile-dev libsecret-1-dev pkg-config g++ make python3 gopls)

fail() { echo "provision-e2e: $*" >&2; exit 1; }
step() { echo "provision-e2e: $*"; }
# Shows the end of a step's log (kept in the cache), then the one-line reason.
fail_log() { local log=$1; shift; tail -n 40 "$log" >&2 || true; fail "$* (log: $log)"; }
trap 'fail "failed at line $LINENO (see the output above)"' ERR

# A parent `npm run` exports its config as npm_config_*: its user agent (node/v20, which
# code-server's postinstall reads as the Node version), the repo's ignore-scripts=true, its
# nodedir. Drop those; keep registry and proxy settings.
for v in $(compgen -e | grep -i '^npm_config_' | grep -v -i -E '^npm_config_(registry|https?_proxy|proxy|noproxy|cafile|strict_ssl|cache)$' || true); do
  unset "$v"
done

case "$(uname -m)" in
  x86_64) ARCH=x64 ;;
  aarch64 | arm64) ARCH=arm64 ;;
  *) fail "unsupported machine $(uname -m): no node-linux package for it" ;;
esac
mkdir -p "${HEAPLENS_E2E_CACHE:-$HOME/.cache/heaplens-e2e}"
CACHE="$(cd "${HEAPLENS_E2E_CACHE:-$HOME/.cache/heaplens-e2e}" && pwd)"
NODE_PKG="node-linux-$ARCH"
NODE_DIR="$CACHE/$NODE_PKG-$NODE_VERSION"
NODE_HOME="$NODE_DIR/node_modules/$NODE_PKG"
NODE24="$NODE_HOME/bin/node"
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION-node-$NODE_VERSION"
CS_PKG="$CS_DIR/node_modules/code-server"
CS_BIN="$CS_PKG/out/node/entry.js"
LOGS="$CACHE/logs"
mkdir -p "$LOGS"
# One provisioning at a time per cache (parallel suite runs).
exec 9>"$CACHE/.lock"
command -v flock >/dev/null && flock 9

SUDO=""
if [ "$(id -u)" != 0 ]; then command -v sudo >/dev/null || fail "not root and no sudo: cannot apt-get install ${APT_PACKAGES[*]}"; SUDO=sudo; fi

# 1. Debian packages: Chromium, code-server's build dependencies, and gopls (for the gopls scenario's Go extension stand-in).
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  step "apt-get install ${missing[*]} (log: $LOGS/apt.log)"
  { $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; } \
    >"$LOGS/apt.log" 2>&1 || fail_log "$LOGS/apt.log" "apt-get install ${missing[*]} failed"
fi
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium missing after apt-get install chromium"

# 2. Node 24: the platform package carries bin/node and include/node (the headers node-gyp
#    needs); installed as is, no install script. An older cache (npm package node@24, whose
#    preinstall fetched it) and the code-server built with it are removed.
if [ -d "$CACHE/node-$NODE_VERSION" ]; then
  step "removing the older cache layout (node@$NODE_VERSION and the code-server built with it)"
  rm -rf "$CACHE/node-$NODE_VERSION" "$CS_DIR"
fi
node24_ok() {
  [ "$("$NODE24" --version 2>/dev/null)" = "v$NODE_VERSION" ] \
    && [ -f "$NODE_HOME/include/node/node_api.h" ] && [ -f "$NODE_HOME/include/node/common.gypi" ]
}
if ! node24_ok; then
  step "installing $NODE_PKG@$NODE_VERSION into $NODE_DIR"
  rm -rf "$NODE_DIR" && mkdir -p "$NODE_DIR"
  echo '{"private":true}' >"$NODE_DIR/package.json"
  (cd "$NODE_DIR" && npm install --no-audit --no-fund --ignore-scripts "$NODE_PKG@$NODE_VERSION") >"$LOGS/npm-node.log" 2>&1 \
    || fail_log "$LOGS/npm-node.log" "npm install $NODE_PKG@$NODE_VERSION failed"
  "$NODE24" --version 2>/dev/null | grep -qx "v$NODE_VERSION" || fail "$NODE_PKG@$NODE_VERSION installed but $NODE24 --version does not say v$NODE_VERSION"
  node24_ok || fail "$NODE_PKG@$NODE_VERSION has no headers under $NODE_HOME/include/node"
fi

# 3. code-server, installed by npm running under Node 24 (so $npm_config_user_agent, which its
#    postinstall checks, says node/v24), with a shim so the postinstall's nested `npm install`
#    runs under Node 24 too, and native modules built against Node 24's headers. Install scripts
#    run only for the approved packages; --strict-allow-scripts makes any other one an error now,
#    as npm 12 will. A partial or older build is removed first.
if [ ! -f "$CS_DIR/.built" ]; then
  npm_bin="$(command -v npm)" || fail "no npm on PATH"
  NPM_CLI="$(readlink -f "$npm_bin")"
  case "$NPM_CLI" in
    *.js) ;;
    *) NPM_CLI="$(readlink -f "$(dirname "$NPM_CLI")/../lib/node_modules/npm/bin/npm-cli.js" 2>/dev/null || true)"
       [ -f "$NPM_CLI" ] || NPM_CLI="$(npm root -g)/npm/bin/npm-cli.js" ;;
  esac
  [ -f "$NPM_CLI" ] || fail "cannot find npm's npm-cli.js (from $npm_bin)"
  "$NODE24" "$NPM_CLI" --version >/dev/null 2>&1 || fail "npm ($NPM_CLI) does not run under Node $NODE_VERSION"

  step "installing code-server@$CODE_SERVER_VERSION into $CS_DIR with npm $("$NODE24" "$NPM_CLI" --version) on Node $NODE_VERSION (two to five minutes; log: $LOGS/npm-code-server.log)"
  rm -rf "$CS_DIR" && mkdir -p "$CS_DIR/.shim"
  printf '#!/bin/sh\nexec "%s" "%s" "$@"\n' "$NODE24" "$NPM_CLI" >"$CS_DIR/.shim/npm" && chmod +x "$CS_DIR/.shim/npm"
  allow=""; for p in "${ALLOW_SCRIPTS[@]}"; do allow+="${allow:+,}\"$p\":true"; done
  echo "{\"private\":true,\"dependencies\":{\"code-server\":\"$CODE_SERVER_VERSION\"},\"allowScripts\":{$allow}}" >"$CS_DIR/package.json"
  (cd "$CS_DIR" && PATH="$CS_DIR/.shim:$NODE_HOME/bin:$PATH" npm_config_nodedir="$NODE_HOME" \
     "$NODE24" "$NPM_CLI" install --no-audit --no-fund --no-update-notifier \
       --ignore-scripts=false --strict-allow-scripts --foreground-scripts) >"$LOGS/npm-code-server.log" 2>&1 \
    || fail_log "$LOGS/npm-code-server.log" "npm install code-server@$CODE_SERVER_VERSION failed under Node $NODE_VERSION (needs ${APT_PACKAGES[*]})"
  LOG="$LOGS/npm-code-server.log"
  uncovered="$(grep -E '^npm warn install-scripts +[^ ]+@[^ ]+ \(' "$LOG" | sed -E 's/^npm warn install-scripts +//' | paste -sd ';' - || true)"
  [ -z "$uncovered" ] || fail_log "$LOG" "install scripts not covered by allowScripts: $uncovered"
  ! grep -q 'not yet covered by allowScripts' "$LOG" || fail_log "$LOG" "npm reported install scripts not covered by allowScripts"
  grep -q '^User agent: npm/.* node/v' "$LOG" || fail_log "$LOG" "code-server's postinstall did not run (no 'User agent:' line in its output)"
  ! grep '^User agent:' "$LOG" | grep -v -q " node/v${NODE_VERSION%%.*}\." || fail_log "$LOG" "code-server's postinstall ran under another Node: $(grep '^User agent:' "$LOG" | sort -u | paste -sd ';' -)"
  [ -f "$CS_BIN" ] || fail "code-server installed but $CS_BIN is missing"
  step "npm: $(grep -E '^(added|changed|up to date)' "$LOG" | tail -1)"
  touch "$CS_DIR/.built"
fi

# 4. The check, once per build: every native module code-server needs on Linux loads under
#    Node 24 (a .node binary gets mapped), the postinstall finished, and code-server, started
#    as test/e2e/codeServer.ts starts it, serves the workbench page and its workbench.js.
if [ ! -f "$CS_DIR/.verified" ]; then
  step "checking the build (native modules, then code-server serving the workbench)"
  WORK="$(mktemp -d)"
  trap 'rm -rf "$WORK"' EXIT
  "$NODE24" - "$CS_PKG" "$WORK" "$LOGS/check-code-server.log" "$CS_DIR" >"$WORK/result" <<'JS' || exit 1
const fs = require('fs'), net = require('net'), path = require('path');
const { spawn } = require('child_process');
const { createRequire } = require('module');
const [csPkg, work, logFile, csDir] = process.argv.slice(2);
let child;
const die = (msg) => { console.error(`provision-e2e: check failed: ${msg}; to rebuild: rm -rf ${csDir}`); process.exit(1); };
process.on('exit', () => { if (child && child.exitCode === null) try { process.kill(-child.pid, 'SIGKILL'); } catch {} });
const first = (e) => String((e && e.message) || e).split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 2).join(' ').slice(0, 300);
const mapped = () => new Set(fs.readFileSync('/proc/self/maps', 'utf8').split('\n')
  .map((l) => l.split(/\s+/)[5]).filter((p) => p && p.endsWith('.node')));

const vscode = path.join(csPkg, 'lib', 'vscode');
for (const f of ['bin/remote-cli/code-server', 'extensions/node_modules/typescript/package.json'])
  if (!fs.existsSync(path.join(vscode, f))) die(`code-server's postinstall did not finish: no lib/vscode/${f}`);
const natives = [[csPkg, 'argon2'], [vscode, '@vscode/spdlog'], [vscode, '@vscode/sqlite3'], [vscode, 'node-pty'],
  [vscode, 'kerberos'], [vscode, '@vscode/native-watchdog'], [vscode, '@parcel/watcher']];
const loaded = [];
for (const [from, name] of natives) {
  const req = createRequire(path.join(from, 'package.json'));
  try { req.resolve(name); } catch (e) { die(`${name} is not installed under ${from}`); }
  const before = mapped();
  try { req(name); } catch (e) { die(`${name} does not load under Node ${process.version}: ${first(e)}`); }
  const added = [...mapped()].filter((p) => !before.has(p));
  if (added.length === 0) die(`${name} loaded but mapped no native .node binary`);
  loaded.push(`${name} (${path.relative(path.dirname(csPkg), added[0])})`);
}
console.log(`provision-e2e: check: native modules load under Node ${process.version}: ${loaded.join(', ')}`);

(async () => {
  const port = await new Promise((resolve, reject) => {
    const s = net.createServer().once('error', reject);
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
  });
  const dirs = ['user-data', 'extensions', 'workspace'].map((d) => path.join(work, d));
  dirs.forEach((d) => fs.mkdirSync(d));
  const log = fs.openSync(logFile, 'w');
  const args = [path.join(csPkg, 'out/node/entry.js'), '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--user-data-dir', dirs[0], '--extensions-dir', dirs[1], '--bind-addr', `127.0.0.1:${port}`, dirs[2]];
  const t0 = Date.now();
  child = spawn(process.execPath, args, { stdio: ['ignore', log, log], detached: true,
    env: { ...process.env, PATH: `${path.dirname(process.execPath)}:${process.env.PATH}` } });
  const root = `http://127.0.0.1:${port}/`;
  let last = 'no answer';
  while (Date.now() - t0 < 60_000) {
    if (child.exitCode !== null) die(`code-server exited with ${child.exitCode} before serving ${root} (log: ${logFile})`);
    try {
      const res = await fetch(root, { signal: AbortSignal.timeout(5000) });
      const html = await res.text();
      last = `HTTP ${res.status}`;
      if (res.status === 200) {
        const js = /<script type="module" src="([^"]*\/workbench\.js)"/.exec(html);
        if (!html.includes('id="vscode-workbench-web-configuration"') || !js)
          die(`${res.url} answered 200 but not with the workbench page: ${JSON.stringify(html.slice(0, 120))} (log: ${logFile})`);
        const jsUrl = new URL(js[1], res.url);
        const jsRes = await fetch(jsUrl, { signal: AbortSignal.timeout(10_000) });
        const body = await jsRes.text();
        if (jsRes.status !== 200 || body.length < 1000) die(`${jsUrl} answered ${jsRes.status} with ${body.length} bytes (log: ${logFile})`);
        console.log(`provision-e2e: check: code-server served the workbench at ${res.url} in ${((Date.now() - t0) / 1000).toFixed(1)} s ` +
          `(HTTP 200, ${html.length} bytes; workbench.js HTTP 200, ${body.length} bytes)`);
        break;
      }
    } catch (e) {
      last = first(e.cause || e);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  if (!last.startsWith('HTTP 200')) die(`code-server did not serve ${root} within 60 s (last: ${last}; log: ${logFile})`);
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch {} }, 5000);
  await exited;
  clearTimeout(timer);
})().catch((e) => die(first(e)));
JS
  cat "$WORK/result"
  cp "$WORK/result" "$CS_DIR/.verified"
fi

CS_VERSION="$("$NODE24" "$CS_BIN" --version 2>/dev/null | head -1)" || fail "code-server does not run: $NODE24 $CS_BIN --version (remove $CS_DIR to rebuild it)"
step "ready: node $("$NODE24" --version), code-server $CS_VERSION, $(/usr/bin/chromium --version 2>/dev/null)"
echo "HEAPLENS_E2E_NODE=$NODE24"
echo "HEAPLENS_E2E_CODE_SERVER=$CS_BIN"
echo "HEAPLENS_E2E_CHROMIUM=/usr/bin/chromium"
