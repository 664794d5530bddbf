// How the compiler lays out a map's storage: classic buckets (cmd/compile/internal/reflectdata/reflect.go
// MapBucketType) and Swiss groups (reflectdata/map_swiss.go), with keys/elems over 128 bytes stored indirectly.
import { arrayType, structType, type GoType } from './goTypes';

const MAX_INLINE = 128;
const PTR: GoType = { kind: 'pointer', text: 'unsafe.Pointer', size: 8, align: 8, hasPointers: true, reflexive: true };
const UINTPTR: GoType = { kind: 'basic', text: 'uintptr', size: 8, align: 8, hasPointers: false, reflexive: true };

/** Storage layout of one map type. */
export interface MapLayout {
  key: GoType;
  elem: GoType;
  indirectKey: boolean;
  indirectElem: boolean;
  /** Classic bucket size in bytes. */
  bucketSize: number;
  /** Swiss group size in bytes. */
  groupSize: number;
  /** Whether a bucket/group holds pointers (scan object, no overflow slice). */
  scan: boolean;
}

/** The bucket and group layout for map[key]elem on 64-bit. */
export function mapLayout(key: GoType, elem: GoType): MapLayout {
  const indirectKey = key.size > MAX_INLINE;
  const indirectElem = elem.size > MAX_INLINE;
  const k = indirectKey ? PTR : key;
  const e = indirectElem ? PTR : elem;
  const scan = k.hasPointers || e.hasPointers;
  const bucket = structType([
    { name: 'tophash', type: arrayType(8, { kind: 'basic', text: 'uint8', size: 1, align: 1, hasPointers: false, reflexive: true }) },
    { name: 'keys', type: arrayType(8, k) },
    { name: 'elems', type: arrayType(8, e) },
    { name: 'overflow', type: scan ? PTR : UINTPTR },
  ]);
  const slot = structType([
    { name: 'key', type: k },
    { name: 'elem', type: e },
  ]);
  const group = structType([
    { name: 'ctrl', type: UINTPTR },
    { name: 'slots', type: arrayType(8, slot) },
  ]);
  return { key, elem, indirectKey, indirectElem, bucketSize: bucket.size, groupSize: group.size, scan };
}
