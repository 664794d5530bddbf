#!/usr/bin/env bash
# Measures the real Go runtimes with the go-truth harness (scripts/go-truth/main.go, extended
# here with a struct key and an odd-alignment key) and writes, per record, the median of several
# runs with the real range of each field (live_min/live_max, alloc_min/alloc_max) to
# test/fixtures/go-truth/measured-go1.X.json, in the record format of test/fixtures/go-truth/map-memory.json.
#
#   scripts/measure-go-truth.sh [VERSIONS...]     (default: 1.19 1.21 1.23 1.24 1.25 1.26)
#
# Env: TYPES ('|'-separated), NS (sizes). Runs per record: RUNS (default 9); RUNS_SEED for the
# sizes where hash seeds decide table splits and overflow buckets (6656, 6657, 100000; default
# 15); RUNS_1M for 1,000,000 (default 3). SCENARIOS and HINTS ("-1" and/or "n") narrow what is
# measured (default: both scenarios, both hints). The groups measured replace theirs in the
# file; its other records are kept.
# GOEXP=noswissmap (Go 1.24 and 1.25 only) builds the harness with GOEXPERIMENT=noswissmap, the
# classic map, and writes measured-go1.X-noswissmap.json with "go": "1.X-noswissmap"; the build
# is checked to really use the classic map (build setting, and a 56-byte hmap: 64 B per make).
#
# Toolchains: scripts/get-go.sh installs them (cached under ~/.cache/heaplens-go).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
versions=${*:-1.19 1.21 1.23 1.24 1.25 1.26}
types=${TYPES:-'map[int32]int8|map[[40]byte]int|map[[200]byte]int|map[int]*int|map[struct{a int8; b int64}]int8|map[[3]byte]int16'}
ns=${NS:-0 8 9 100 1000 6657 100000 1000000}
goexp=${GOEXP:-}
scenarios=${SCENARIOS:-fill-clear-refill delete-half}
hints=${HINTS:--1 n}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

runs_for() {
  case $1 in
    1000000) echo "${RUNS_1M:-3}" ;;
    6656 | 6657 | 100000) echo "${RUNS_SEED:-15}" ;;
    *) echo "${RUNS:-9}" ;;
  esac
}

case $goexp in
  '') ;;
  noswissmap) for v in $versions; do
    [[ $v == 1.24 || $v == 1.25 ]] || { echo "measure-go-truth: GOEXP=noswissmap exists on Go 1.24 and 1.25 only, not $v" >&2; exit 1; }
  done ;;
  *) echo "measure-go-truth: GOEXP=$goexp: only noswissmap is supported" >&2; exit 1 ;;
esac

# One make(map[int]int) with no hint allocates only the map header: 48 B (classic hmap, Swiss
# Map), or 64 B (the size class of the 56-byte hmap of 1.24/1.25 with noswissmap).
probe='package main

import (
	"fmt"
	"runtime"
)

var sink []map[int]int

func main() {
	const n = 10000
	sink = make([]map[int]int, n)
	var a, b runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&a)
	for i := 0; i < n; i++ {
		sink[i] = make(map[int]int)
	}
	runtime.ReadMemStats(&b)
	fmt.Println((b.TotalAlloc - a.TotalAlloc) / n)
}'

for v in $versions; do
  goroot=$(bash "$here/scripts/get-go.sh" "$v")
  label=$v${goexp:+-$goexp}
  dir=$work/go$label
  mkdir -p "$dir" "$dir/probe"
  cp "$here/scripts/go-truth/main.go" "$dir/main.go"
  # extra key types: a struct with padding and an array with 1-byte alignment
  python3 "$here/scripts/go-truth-extra-keys.py" "$dir/main.go"
  gobuild() { PATH=$goroot/bin:$PATH GOTOOLCHAIN=local GOPROXY=off GOEXPERIMENT=$goexp go "$@"; }
  (cd "$dir" && gobuild mod init gotruth >/dev/null 2>&1 && gobuild build -o go-truth .)
  echo "$label: $("$goroot/bin/go" version -m "$dir/go-truth" | head -1 | cut -d" " -f2-)"
  if [ -n "$goexp" ]; then
    "$goroot/bin/go" version -m "$dir/go-truth" | grep -q "GOEXPERIMENT=$goexp" ||
      { echo "measure-go-truth: $label: the harness binary has no GOEXPERIMENT=$goexp build setting" >&2; exit 1; }
    printf '%s\n' "$probe" > "$dir/probe/main.go"
    (cd "$dir/probe" && gobuild mod init probe >/dev/null 2>&1 && gobuild build -o probe .)
    got=$("$dir/probe/probe")
    [ "$got" = 64 ] ||
      { echo "measure-go-truth: $label: make(map[int]int) allocates $got B, not the 64 B of a 56-byte classic hmap" >&2; exit 1; }
    echo "$label: make(map[int]int) allocates $got B: the 56-byte classic hmap"
  fi
  out=$dir/runs.jsonl
  : > "$out"
  IFS='|' read -ra tlist <<< "$types"
  # two runs at a time: the machine has two cores
  for t in "${tlist[@]}"; do
    for n in $ns; do
      runs=$(runs_for "$n")
      for hw in $hints; do
        h=$hw; [ "$hw" = n ] && h=$n
        for sc in $scenarios; do
          for ((i = 0; i < runs; i++)); do printf '%s\0%s\0%s\0%s\0' "$n" "$h" "$t" "$sc"; done
        done
      done
    done
  done | xargs -0 -n 4 -P 2 "$dir/go-truth" >> "$out"
  python3 - "$out" "$label" "$here/test/fixtures/go-truth/measured-go$label.json" <<'PY'
import collections, json, os, statistics, sys
src, v, dst = sys.argv[1:4]
groups = collections.defaultdict(list)
for line in open(src):
    r = json.loads(line)
    for s in r['steps']:
        groups[(r['type'], r['n'], r['hint'], r['scenario'], s['step'])].append(s)
measured = {(t, n, h, sc) for (t, n, h, sc, _) in groups}
# keep the records of the groups this run did not measure
recs = [r for r in json.load(open(dst)) if (r['type'], r['n'], r['hint'], r['scenario']) not in measured] if os.path.exists(dst) else []
for (t, n, h, sc, st), ss in groups.items():
    live = [s['live_bytes'] for s in ss]
    alloc = [s['alloc_bytes'] for s in ss]
    recs.append(dict(go=v, type=t, n=n, hint=h, scenario=sc, step=st,
        live_bytes=int(statistics.median(live)), live_min=min(live), live_max=max(live),
        alloc_bytes=int(statistics.median(alloc)), alloc_min=min(alloc), alloc_max=max(alloc),
        alloc_objects=int(statistics.median(s['alloc_objects'] for s in ss)), runs=len(ss)))
recs.sort(key=lambda r: tuple(map(str, (r['type'], r['n'], r['hint'], r['scenario'], r['step']))))
json.dump(recs, open(dst, 'w'), indent=0)
print(f'{dst}: {len(recs)} records')
PY
done
