// Which heap objects a map of one type allocates, by the size the allocator hands out (the size
// a heap profile's `bytes` label gives each sample): classic hmap, bucket arrays
// (runtime/map.go makeBucketArray), overflow buckets, mapextra and its overflow slices; Swiss
// Map, tables, directories and group arrays (internal/runtime/maps); indirect keys and elems.
import { growCap, roundupsize, slotSize } from '../engine/alloc';
import { parseMapType } from '../engine/goTypes';
import { mapLayout, type MapLayout } from '../engine/layout';
import { versionRules, type VersionRules } from '../engine/versions';

/** A map part, as `heaplens maps` names it. */
export type PartKind = 'header' | 'buckets' | 'overflow' | 'extra' | 'overflow-slices' | 'groups' | 'tables' | 'directory' | 'keys' | 'elems';

/** What an object of one size is, and how many entries it has room for. */
export interface Structure {
  kind: PartKind;
  slots: number;
  /** The other structure of the same size, when two share it (a Swiss directory of 256 and 16 groups of map[int]int). */
  alt?: Structure;
}

const SLOTS = 8;
const MAPEXTRA = 24; // mapextra: overflow, oldoverflow, nextOverflow
const SWISS_MAP = 48; // internal/runtime/maps.Map
const SWISS_TABLE = 32; // internal/runtime/maps.table
const MAX_TABLE_GROUPS = 1024 / SLOTS; // maxTableCapacity
const MAX_B = 40;

/** The map structures of `engineType` (over predeclared types) in a Go build, keyed by slot size. */
export function structuresBySize(engineType: string, build: string): Map<number, Structure> {
  const t = parseMapType(engineType);
  const rules = versionRules(build);
  const L = mapLayout(t.key, t.elem);
  const out = new Map<number, Structure>();
  const put = (size: number, s: Structure) => {
    if (size <= 0) return;
    const before = out.get(size);
    out.set(size, before && before.kind !== s.kind ? { ...s, alt: { kind: before.kind, slots: before.slots } } : s);
  };
  // Least specific first: a later, entry-holding structure wins a size two of them share.
  if (rules.impl === 'classic') {
    if (!L.scan) for (const size of overflowSliceSizes(rules)) put(size, { kind: 'overflow-slices', slots: 0 });
    put(slotSize(MAPEXTRA, true, rules), { kind: 'extra', slots: 0 });
  } else {
    for (let n = 1; n <= 1 << 20; n *= 2) put(slotSize(n * 8, true, rules), { kind: 'directory', slots: 0 });
    put(slotSize(SWISS_TABLE, true, rules), { kind: 'tables', slots: 0 });
  }
  indirect(L, rules, put);
  if (rules.impl === 'classic') {
    put(slotSize(rules.hmapSize, true, rules), { kind: 'header', slots: 0 });
    put(slotSize(L.bucketSize, L.scan, rules), { kind: 'overflow', slots: SLOTS });
    for (let B = 1; B <= MAX_B; B++) {
      const n = arrayBuckets(B, L, rules);
      put(slotSize(n * L.bucketSize, L.scan, rules), { kind: 'buckets', slots: n * SLOTS });
    }
  } else {
    put(slotSize(SWISS_MAP, true, rules), { kind: 'header', slots: 0 });
    for (let g = 1; g <= MAX_TABLE_GROUPS; g *= 2) put(slotSize(g * L.groupSize, L.scan, rules), { kind: 'groups', slots: g * SLOTS });
  }
  return out;
}

/** makeBucketArray's bucket count for 2^B: 2^(B-4) more from B = 4, widened to fill the size class. */
export function arrayBuckets(B: number, L: MapLayout, rules: VersionRules): number {
  let n = 2 ** B;
  if (B >= 4) {
    n += 2 ** (B - 4);
    const sz = n * L.bucketSize;
    const up = roundupsize(sz, L.scan, rules);
    if (up !== sz) n = Math.floor(up / L.bucketSize);
  }
  return n;
}

function indirect(L: MapLayout, rules: VersionRules, put: (size: number, s: Structure) => void): void {
  if (L.indirectKey) put(slotSize(L.key.size, L.key.hasPointers, rules), { kind: 'keys', slots: 0 });
  if (L.indirectElem) put(slotSize(L.elem.size, L.elem.hasPointers, rules), { kind: 'elems', slots: 0 });
}

/** Backing arrays of mapextra's []*bmap as append grows it one bucket at a time. */
function overflowSliceSizes(rules: VersionRules): number[] {
  const sizes: number[] = [];
  for (let cap = 0; cap < 1 << 24;) {
    cap = growCap(cap, cap + 1, 8, true, rules);
    sizes.push(slotSize(cap * 8, true, rules));
  }
  return sizes;
}
