// AssemblyScript (scripts/build-wasm.js compiles it): StreamedTop's hot loop (src/profile/streamTop.ts),
// Go's Sample messages added up where the inflated bytes were copied into this module's memory.
// It takes only what it reads exactly as StreamedTop.sample does; anything else (more than 64
// bytes of unpacked ids, a long varint, an odd label) it leaves to that method by stopping before
// it, having changed nothing. Where that method would decline, so does this. The tables are
// StreamedTop's, laid out in this memory by src/profile/wasmTables.ts; their addresses come in
// the globals below. Up to four sample types are added up at once, one lane each.

import { label, payloadEnd, shortId, shortLength, varint, varintEnd } from './proto';

/** Per location id: its one frame key, COMPLEX, UNKNOWN (i32); idLimit entries. */
export let idKey: usize = 0;
export let idLimit: u32 = 0;
/** Per location id: its location (i32, -1 for none). */
export let locById: usize = 0;
/** Per location, its frame keys: keys[keyStart[loc]..keyStart[loc + 1]] (u32). */
export let keyStart: usize = 0;
export let keys: usize = 0;
/** Per frame key: the last sample that added its cum (i32), and flat and cum (f64, one per lane: [key * 4 + lane]). */
export let seen: usize = 0;
export let cum: usize = 0;
export let flat: usize = 0;

/** 64 bytes for a sample's unpacked location ids, laid out as packed ones (as StreamedTop's idScratch). */
export let scratch: usize = 0;
const SCRATCH_BYTES: usize = 64;

/** The sample types added up (by lane, -1 for none: the lanes in use come first), and how many values a sample has. */
export let index0: i32 = 0;
export let index1: i32 = -1;
export let index2: i32 = -1;
export let index3: i32 = -1;
export let lanes: i32 = 1;
export let types: i32 = 0;
/** StreamedTop's counters, read and written back around each run. */
export let samples: i32 = 0;
/** pprof's total of each lane's type. */
export let total0: f64 = 0;
export let total1: f64 = 0;
export let total2: f64 = 0;
export let total3: f64 = 0;
export let maxLabel: i32 = 0;
export let sampleBytes: f64 = 0;
/** Set when run stopped after a sample through a COMPLEX location (its inline edges are replayed): its payload. */
export let complexStart: usize = 0;
export let complexEnd: usize = 0;

const UNKNOWN: i32 = -1;
const OK: i32 = 0;
const LEAVE: i32 = 1;
const DECLINE: i32 = 2;

/**
 * Adds up the Sample fields at [pos, avail), one after another, and returns where it stopped:
 * at avail, at a field it leaves to StreamedTop (another field, a sample it does not take, one
 * cut off at avail), or after a sample whose payload it sets in complexStart/complexEnd; -1 to decline.
 */
export function run(pos: usize, avail: usize): isize {
  complexEnd = 0;
  while (pos < avail) {
    if (load<u8>(pos) != 18) break;
    const n = shortLength(pos + 1, avail);
    if (n < 0) break;
    const len = <usize>n;
    const p = varintEnd;
    const end = p + len;
    if (end > avail) break;
    const got = sample(p, end);
    if (got == LEAVE) break;
    if (got == DECLINE) return -1;
    sampleBytes += <f64>len;
    pos = end;
    if (complexEnd != 0) break;
  }
  return <isize>pos;
}

// what sample read of the message before adding it up (globals: no allocation per sample)
let ls: usize = 0;
let le: usize = 0;
let w0: f64 = 0;
let w1: f64 = 0;
let w2: f64 = 0;
let w3: f64 = 0;

// the four weights as two pairs, added to a key's four entries in two steps
let w01: v128 = f64x2.splat(0);
let w23: v128 = f64x2.splat(0);

function sample(start: usize, end: usize): i32 {
  if (!parse(start, end)) return LEAVE;
  samples++;
  if (w0 == 0 && w1 == 0 && w2 == 0 && w3 == 0) return checkIds(ls, le);
  w01 = f64x2.replace_lane(f64x2.splat(w0), 1, w1);
  w23 = f64x2.replace_lane(f64x2.splat(w2), 1, w3);
  total0 += w0;
  total1 += w1;
  total2 += w2;
  total3 += w3;
  return addStack(start, end);
}

/** The value of type t goes to its lane's weight, if it has one. */
function weigh(t: i32, v: f64): void {
  if (t == index0) w0 = v;
  else if (t == index1) w1 = v;
  else if (t == index2) w2 = v;
  else if (t == index3) w3 = v;
}

/** Reads the message without changing anything: false to leave it to StreamedTop. */
function parse(start: usize, end: usize): bool {
  let p = start;
  let nValues: i32 = 0;
  w0 = 0;
  w1 = 0;
  w2 = 0;
  w3 = 0;
  ls = 0;
  le = 0;
  while (p < end) {
    const key = load<u8>(p++);
    if (key == 8 /* one location_id */ || key == 16 /* one value */) {
      // Go writes two or fewer ids (or values) unpacked
      const at = p;
      const v = varint(p, end);
      if (v < 0) return false;
      p = varintEnd;
      if (key == 16) {
        weigh(nValues, <f64>v);
        nValues++;
        continue;
      }
      if (le == 0) ls = le = scratch;
      else if (ls != scratch) return false;
      const n = p - at;
      if (le + n > scratch + SCRATCH_BYTES) return false;
      memory.copy(le, at, n);
      le += n;
      continue;
    }
    const e = payloadEnd(p, end);
    if (e < 0) return false;
    p = varintEnd;
    const pe = <usize>e;
    if (key == 10 /* location_id, packed */) {
      if (le != 0) return false;
      ls = p;
      le = pe;
    } else if (key == 18 /* value, packed */) {
      while (p < pe) {
        const v = varint(p, pe);
        if (v < 0) return false;
        p = varintEnd;
        weigh(nValues, <f64>v);
        nValues++;
      }
    } else if (key == 26 /* label */) {
      const max = label(p, pe, maxLabel);
      if (max < 0) return false;
      maxLabel = max;
    } else {
      return false;
    }
    p = pe;
  }
  return p == end && nValues == types && le != 0;
}

/** A sample that adds nothing: its location ids must still be defined. */
function checkIds(p: usize, pe: usize): i32 {
  while (p < pe) {
    let b = <u32>load<u8>(p++);
    let id = b & 0x7f;
    for (let shift: u32 = 7; b >= 0x80; shift += 7) {
      if (shift > 21 || p >= pe) return DECLINE;
      b = <u32>load<u8>(p++);
      id |= (b & 0x7f) << shift;
    }
    if (id >= idLimit || load<i32>(locById + ((<usize>id) << 2)) < 0) return DECLINE;
  }
  return OK;
}

/** Flat to the leaf's first frame, cum once per frame; a complex location's frames from keys. */
function addStack(start: usize, end: usize): i32 {
  const stamp = samples;
  let p = ls;
  const pe = le;
  let leaf = true;
  let complex = false;
  while (p < pe) {
    const sid = shortId(p);
    if (sid < 0) return DECLINE;
    p = varintEnd;
    const id = <u32>sid;
    if (id >= idLimit) return DECLINE;
    const k = load<i32>(idKey + ((<usize>id) << 2));
    if (k < 0) {
      if (k == UNKNOWN) return DECLINE;
      complex = true;
      const loc = <usize>load<i32>(locById + ((<usize>id) << 2));
      let j = <usize>load<u32>(keyStart + (loc << 2));
      const ke = <usize>load<u32>(keyStart + ((loc + 1) << 2));
      if (leaf) add(flat, <usize>load<u32>(keys + (j << 2)));
      for (; j < ke; j++) {
        const kj = <usize>load<u32>(keys + (j << 2));
        if (load<i32>(seen + (kj << 2)) == stamp) continue;
        store<i32>(seen + (kj << 2), stamp);
        add(cum, kj);
      }
    } else {
      const kk = <usize>k;
      if (leaf) add(flat, kk);
      if (load<i32>(seen + (kk << 2)) != stamp) {
        store<i32>(seen + (kk << 2), stamp);
        add(cum, kk);
      }
    }
    leaf = false;
  }
  if (p != pe) return DECLINE;
  if (complex) {
    complexStart = start;
    complexEnd = end;
  }
  return OK;
}

/** Each lane's weight to the key's entries of a table. */
function add(table: usize, k: usize): void {
  const at = table + (k << 5);
  if (lanes == 1) {
    store<f64>(at, load<f64>(at) + w0);
    return;
  }
  v128.store(at, f64x2.add(v128.load(at), w01));
  v128.store(at + 16, f64x2.add(v128.load(at + 16), w23));
}
