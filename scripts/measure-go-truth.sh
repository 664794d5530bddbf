#!/usr/bin/env bash
# Measures the real Go runtimes with the go-truth harness (scripts/go-truth/main.go, extended
# here with a struct key and an odd-alignment key) and writes medians of 3 runs per record to
# test/fixtures/go-truth/measured-go1.X.json, in the record format of test/fixtures/go-truth/map-memory.json.
#
#   scripts/measure-go-truth.sh [VERSIONS...]     (default: 1.19 1.21 1.23 1.24 1.25 1.26)
#
# Env: TYPES ('|'-separated), NS (sizes), RUNS (runs per record, default 3). With NS set, the
# records of those sizes are replaced and the file's other records are kept.
#
# Toolchains: scripts/get-go.sh installs them (cached under ~/.cache/heaplens-go).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
versions=${*:-1.19 1.21 1.23 1.24 1.25 1.26}
types=${TYPES:-'map[int32]int8|map[[40]byte]int|map[[200]byte]int|map[int]*int|map[struct{a int8; b int64}]int8|map[[3]byte]int16'}
ns=${NS:-0 8 9 100 1000 6657 100000 1000000}
runs=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for v in $versions; do
  goroot=$(bash "$here/scripts/get-go.sh" "$v")
  dir=$work/go$v
  mkdir -p "$dir"
  cp "$here/scripts/go-truth/main.go" "$dir/main.go"
  # extra key types: a struct with padding and an array with 1-byte alignment
  python3 "$here/scripts/go-truth-extra-keys.py" "$dir/main.go"
  (cd "$dir" && PATH=$goroot/bin:$PATH GOTOOLCHAIN=local GOPROXY=off go mod init gotruth >/dev/null 2>&1 &&
    PATH=$goroot/bin:$PATH GOTOOLCHAIN=local GOPROXY=off go build -o go-truth . )
  out=$dir/runs.jsonl
  : > "$out"
  IFS='|' read -ra tlist <<< "$types"
  # two runs at a time: the machine has two cores
  for t in "${tlist[@]}"; do
    for n in $ns; do
      for h in -1 $n; do
        for sc in fill-clear-refill delete-half; do
          for ((i = 0; i < runs; i++)); do printf '%s\0%s\0%s\0%s\0' "$n" "$h" "$t" "$sc"; done
        done
      done
    done
  done | xargs -0 -n 4 -P 2 "$dir/go-truth" >> "$out"
  python3 - "$out" "$v" "$here/test/fixtures/go-truth/measured-go$v.json" <<'PY'
import collections, json, statistics, sys
src, v, dst = sys.argv[1:4]
groups = collections.defaultdict(list)
for line in open(src):
    r = json.loads(line)
    for s in r['steps']:
        groups[(r['type'], r['n'], r['hint'], r['scenario'], s['step'])].append(s)
import os
sizes = {n for (_, n, _, _, _) in groups}
# keep the records of sizes this run did not measure
recs = [r for r in json.load(open(dst)) if r['n'] not in sizes] if os.path.exists(dst) else []
for (t, n, h, sc, st), ss in sorted(groups.items(), key=lambda kv: tuple(map(str, kv[0]))):
    live = [s['live_bytes'] for s in ss]
    recs.append(dict(go=v, type=t, n=n, hint=h, scenario=sc, step=st,
        live_bytes=int(statistics.median(live)), live_min=min(live), live_max=max(live),
        alloc_bytes=int(statistics.median(s['alloc_bytes'] for s in ss)),
        alloc_objects=int(statistics.median(s['alloc_objects'] for s in ss)), runs=len(ss)))
recs.sort(key=lambda r: tuple(map(str, (r['type'], r['n'], r['hint'], r['scenario'], r['step']))))
json.dump(recs, open(dst, 'w'), indent=0)
print(f'{dst}: {len(recs)} records')
PY
done
