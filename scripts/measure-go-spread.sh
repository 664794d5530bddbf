#!/usr/bin/env bash
# Measures the real runtime's run-to-run spread for chosen record groups: RUNS (default 9) runs
# of the go-truth harness each (scripts/go-truth/main.go, with the struct and odd-alignment
# keys of measure-go-truth.sh), written with every run's figures to
# test/fixtures/go-truth/spread.json. Groups come from stdin, one per line: "GO SCENARIO TYPE N HINT"
# (TYPE may contain spaces: it is everything between SCENARIO and the last two fields).
#
#   scripts/measure-go-spread.sh < groups.txt
#
# KEYS_DIE=1 drops the harness's runtime.KeepAlive(keys): string keys then die after their last
# use, as the harness did before 2026-12 (its refill steps showed
# the keys freed); the groups are marked so in spread.json.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-9}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dst=$here/test/fixtures/go-truth/spread.json
: > "$work/all.jsonl"
while read -r go sc rest; do
  [ -n "$go" ] || continue
  read -r n h <<< "$(awk '{print $(NF-1), $NF}' <<< "$rest")"
  t=$(sed -E 's/ +[-0-9]+ +[-0-9]+$//' <<< "$rest")
  dir=$work/go$go
  if [ ! -x "$dir/go-truth" ]; then
    goroot=$(bash "$here/scripts/get-go.sh" "$go")
    mkdir -p "$dir"
    cp "$here/scripts/go-truth/main.go" "$dir/main.go"
    python3 "$here/scripts/go-truth-extra-keys.py" "$dir/main.go"
    if [ "${KEYS_DIE:-}" = 1 ]; then sed -i '/runtime.KeepAlive(keys)/d' "$dir/main.go"; fi
    (cd "$dir" && PATH=$goroot/bin:$PATH GOTOOLCHAIN=local GOPROXY=off go mod init gotruth >/dev/null 2>&1 &&
      PATH=$goroot/bin:$PATH GOTOOLCHAIN=local GOPROXY=off go build -o go-truth .)
  fi
  for ((i = 0; i < runs; i++)); do
    "$dir/go-truth" "$n" "$h" "$t" "$sc" | python3 -c 'import json,sys; r=json.load(sys.stdin); r["go"]=sys.argv[1]; print(json.dumps(r))' "$go" >> "$work/all.jsonl"
  done
done
python3 - "$work/all.jsonl" "$dst" "${KEYS_DIE:-}" <<'PY'
import collections, json, os, statistics, sys
src, dst, keys_die = sys.argv[1:4]
groups = collections.defaultdict(list)
for line in open(src):
    r = json.loads(line)
    groups[(r['go'], r['scenario'], r['type'], r['n'], r['hint'])].append(r['steps'])
out = {g['group']: g for g in (json.load(open(dst)) if os.path.exists(dst) else [])}
for (go, sc, t, n, h), runs in groups.items():
    steps = {}
    for run in runs:
        for s in run:
            d = steps.setdefault(s['step'], {'live_bytes': [], 'alloc_bytes': []})
            d['live_bytes'].append(s['live_bytes']); d['alloc_bytes'].append(s['alloc_bytes'])
    title = f'{go} {sc} {t} n={n} hint={h}'
    out[title] = {'group': title, 'runs': len(runs), 'steps': steps}
    if keys_die == '1':
        out[title]['harness'] = 'runtime.KeepAlive(keys) removed: string keys die after their last use, as in the harness before 2026-12'
json.dump(sorted(out.values(), key=lambda g: g['group']), open(dst, 'w'), indent=1)
print(f'{dst}: {len(out)} groups')
PY
