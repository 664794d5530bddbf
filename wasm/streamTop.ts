// AssemblyScript (scripts/build-wasm.js compiles it): StreamedTop's hot loop (src/profile/streamTop.ts),
// Go's Sample messages added up where the inflated bytes were copied into this module's memory.
// It takes only what it reads exactly as StreamedTop.sample does; anything else (an unpacked id,
// a long varint, an odd label) it leaves to that method by stopping before it, having changed
// nothing. Where that method would decline, so does this. The tables are StreamedTop's, laid out
// in this memory by src/profile/wasmHeap.ts; their addresses come in the globals below.

/** Per location id: its one frame key, COMPLEX, UNKNOWN (i32); idLimit entries. */
export let idKey: usize = 0;
export let idLimit: u32 = 0;
/** Per location id: its location (i32, -1 for none). */
export let locById: usize = 0;
/** Per location, its frame keys: keys[keyStart[loc]..keyStart[loc + 1]] (u32). */
export let keyStart: usize = 0;
export let keys: usize = 0;
/** Per frame key: the last sample that added its cum (i32), and flat and cum (f64). */
export let seen: usize = 0;
export let cum: usize = 0;
export let flat: usize = 0;

/** 64 bytes for a sample's unpacked location ids, laid out as packed ones (as StreamedTop's idScratch). */
export let scratch: usize = 0;
const SCRATCH_BYTES: usize = 64;

/** The sample type added up, and how many values a sample has. */
export let index: i32 = 0;
export let types: i32 = 0;
/** StreamedTop's counters, read and written back around each run. */
export let samples: i32 = 0;
export let total: f64 = 0;
export let maxLabel: i32 = 0;
export let sampleBytes: f64 = 0;
/** Set when run stopped after a sample through a location of several frames: its payload. */
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
    let p = pos + 1;
    if (p >= avail) break;
    let len = <usize>load<u8>(p++);
    if (len >= 0x80) {
      if (p >= avail) break;
      const b = <usize>load<u8>(p++);
      if (b >= 0x80) break;
      len = (len & 0x7f) | (b << 7);
    }
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
let w: f64 = 0;

function sample(start: usize, end: usize): i32 {
  if (!parse(start, end)) return LEAVE;
  samples++;
  if (w == 0) return checkIds(ls, le);
  total += w;
  return addStack(start, end);
}

/** Reads the message without changing anything: false to leave it to StreamedTop. */
function parse(start: usize, end: usize): bool {
  let p = start;
  let nValues: i32 = 0;
  w = 0;
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
        if (nValues == index) w = <f64>v;
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
    if (p >= end) return false;
    let len = <usize>load<u8>(p++);
    if (len >= 0x80) {
      if (p >= end) return false;
      const b = <usize>load<u8>(p++);
      if (b >= 0x80) return false;
      len = (len & 0x7f) | (b << 7);
    }
    const pe = p + len;
    if (pe > end) return false;
    if (key == 10 /* location_id, packed */) {
      if (le != 0) return false;
      ls = p;
      le = pe;
    } else if (key == 18 /* value, packed */) {
      while (p < pe) {
        const v = varint(p, pe);
        if (v < 0) return false;
        p = varintEnd;
        if (nValues == index) w = <f64>v;
        nValues++;
      }
    } else if (key == 26 /* label */) {
      if (!label(p, pe)) return false;
    } else {
      return false;
    }
    p = pe;
  }
  return p == end && nValues == types && le != 0;
}

let varintEnd: usize = 0;

/** The varint at [p, limit) below 2^49 (as StreamedTop reads them), setting varintEnd; -1 otherwise. */
function varint(p: usize, limit: usize): i64 {
  if (p >= limit) return -1;
  let b = <i64>load<u8>(p++);
  let v = b & 0x7f;
  for (let shift: i64 = 7; b >= 0x80; shift += 7) {
    if (p >= limit || shift > 42) return -1;
    b = <i64>load<u8>(p++);
    v |= (b & 0x7f) << shift;
  }
  varintEnd = p;
  return v;
}

/** A label's fields are varints; the largest string index is kept for the check against the table. */
function label(p: usize, pe: usize): bool {
  let max = maxLabel;
  while (p < pe) {
    const fk = load<u8>(p++);
    if (fk != 8 && fk != 16 && fk != 24 && fk != 32) return false;
    if (p >= pe) return false;
    let b = <i32>load<u8>(p++);
    let v = b & 0x7f;
    if (b >= 0x80) {
      if (p >= pe) return false;
      b = <i32>load<u8>(p++);
      if (b >= 0x80) {
        // a numeric value of any size: skipped
        if (fk != 24) return false;
        while (b >= 0x80 && p < pe) b = <i32>load<u8>(p++);
        if (b >= 0x80) return false;
        continue;
      }
      v |= b << 7;
    }
    if (fk != 24 && v > max) max = v;
  }
  maxLabel = max;
  return true;
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
  const weight = w;
  let p = ls;
  const pe = le;
  let leaf = true;
  let complex = false;
  while (p < pe) {
    let b = <u32>load<u8>(p++);
    let id = b & 0x7f;
    if (b >= 0x80) {
      b = <u32>load<u8>(p++);
      id |= (b & 0x7f) << 7;
      if (b >= 0x80) {
        b = <u32>load<u8>(p++);
        if (b >= 0x80) return DECLINE;
        id |= b << 14;
      }
    }
    if (id >= idLimit) return DECLINE;
    const k = load<i32>(idKey + ((<usize>id) << 2));
    if (k < 0) {
      if (k == UNKNOWN) return DECLINE;
      complex = true;
      const loc = <usize>load<i32>(locById + ((<usize>id) << 2));
      let j = <usize>load<u32>(keyStart + (loc << 2));
      const ke = <usize>load<u32>(keyStart + ((loc + 1) << 2));
      if (leaf) add(flat, <usize>load<u32>(keys + (j << 2)), weight);
      for (; j < ke; j++) {
        const kj = <usize>load<u32>(keys + (j << 2));
        if (load<i32>(seen + (kj << 2)) == stamp) continue;
        store<i32>(seen + (kj << 2), stamp);
        add(cum, kj, weight);
      }
    } else {
      const kk = <usize>k;
      if (leaf) add(flat, kk, weight);
      if (load<i32>(seen + (kk << 2)) != stamp) {
        store<i32>(seen + (kk << 2), stamp);
        add(cum, kk, weight);
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

function add(table: usize, k: usize, v: f64): void {
  store<f64>(table + (k << 3), load<f64>(table + (k << 3)) + v);
}
