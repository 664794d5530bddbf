// AssemblyScript (scripts/build-wasm.js compiles it): StreamedColumns's hot loop
// (src/profile/streamColumns.ts), Go's Sample messages read into column pieces where the
// inflated bytes were copied into this module's memory; StreamedColumns appends each piece to its
// columns. It takes only what it reads exactly as StreamedColumns.sample does, and leaves anything
// else (an id no location has yet, a value past 32 bits while the column is 32-bit, bad bytes) to
// that method by stopping before it, having kept nothing of it.

import { label, payloadEnd, shortId, shortLength, varint, varintEnd } from './proto';

/** Per location id: its index (i32, -1 for none); idLimit entries. */
export let locById: usize = 0;
export let idLimit: u32 = 0;
/** How many values a sample has. */
export let types: i32 = 0;
/** Whether the columns are wide: location indices in 32 bits (else 16), values as f64 (else u32). */
export let locsWide: i32 = 0;
export let valuesWide: i32 = 0;
/** The largest string index a label named (read and written back around each run). */
export let maxLabel: i32 = 0;

/** The pieces, their room (entries), and how much of them run filled. */
export let outLocs: usize = 0;
export let outLocsRoom: u32 = 0;
export let outValues: usize = 0;
export let outValuesRoom: u32 = 0;
/** Per sample read, where its locations start in outLocs. */
export let outStarts: usize = 0;
export let outSamplesRoom: u32 = 0;
export let nLocs: u32 = 0;
export let nSamples: u32 = 0;
export let sampleBytes: f64 = 0;
/** Set when run stopped for room in the pieces. */
export let full: i32 = 0;

/**
 * Reads the Sample fields at [pos, avail) into the pieces (emptied first) and returns where it
 * stopped: at avail, at a field it leaves to StreamedColumns (another field, a sample it does not
 * take, one cut off at avail), or where the pieces are full.
 */
export function run(pos: usize, avail: usize): usize {
  nLocs = 0;
  nSamples = 0;
  full = 0;
  while (pos < avail) {
    if (load<u8>(pos) != 18) break;
    const n = shortLength(pos + 1, avail);
    if (n < 0) break;
    const start = varintEnd;
    const end = start + <usize>n;
    if (end > avail) break;
    // room for the most ids and values this sample can have
    if (nSamples >= outSamplesRoom || nLocs + <u32>n > outLocsRoom || (nSamples + 1) * <u32>types > outValuesRoom) {
      full = 1;
      break;
    }
    if (!sample(start, end)) break;
    sampleBytes += <f64>n;
    pos = end;
  }
  return pos;
}

/** One sample into the pieces; false (the pieces as they were) to leave it. */
function sample(start: usize, end: usize): bool {
  let p = start;
  let nValues: i32 = 0;
  let locs = nLocs;
  const at = nSamples * <u32>types;
  let max = maxLabel;
  while (p < end) {
    const key = load<u8>(p++);
    if (key == 8 /* one location_id */ || key == 16 /* one value */) {
      const v = varint(p, end);
      if (v < 0) return false;
      p = varintEnd;
      if (key == 16) {
        if (nValues >= types || !value(at + <u32>nValues, v)) return false;
        nValues++;
        continue;
      }
      if (v >= <i64>idLimit) return false;
      const li = load<i32>(locById + ((<usize>v) << 2));
      if (li < 0) return false;
      putLoc(locs++, li);
      continue;
    }
    const e = payloadEnd(p, end);
    if (e < 0) return false;
    p = varintEnd;
    const pe = <usize>e;
    if (key == 10 /* location_id, packed */) {
      // ids of 1–3 bytes, each of a location seen already
      while (p < pe) {
        const id = shortId(p);
        if (id < 0) return false;
        p = varintEnd;
        if (<u32>id >= idLimit) return false;
        const li = load<i32>(locById + ((<usize>id) << 2));
        if (li < 0) return false;
        putLoc(locs++, li);
      }
      if (p != pe) return false;
    } else if (key == 18 /* value, packed */) {
      while (p < pe) {
        const v = varint(p, pe);
        if (v < 0 || nValues >= types || !value(at + <u32>nValues, v)) return false;
        p = varintEnd;
        nValues++;
      }
    } else if (key == 26 /* label */) {
      max = label(p, pe, max);
      if (max < 0) return false;
    } else {
      return false;
    }
    p = pe;
  }
  if (p != end || nValues != types) return false;
  store<u32>(outStarts + ((<usize>nSamples) << 2), nLocs);
  nSamples++;
  nLocs = locs;
  maxLabel = max;
  return true;
}

function putLoc(i: u32, li: i32): void {
  if (locsWide) store<u32>(outLocs + ((<usize>i) << 2), <u32>li);
  else store<u16>(outLocs + ((<usize>i) << 1), <u16>li);
}

/** Value i of the piece; false for one past 32 bits while the column is 32-bit. */
function value(i: u32, v: i64): bool {
  if (valuesWide) {
    store<f64>(outValues + ((<usize>i) << 3), <f64>v);
    return true;
  }
  if (v > 0xffffffff) return false;
  store<u32>(outValues + ((<usize>i) << 2), <u32>v);
  return true;
}
