// The protobuf pieces both modules read exactly as their TypeScript readers do (src/profile/).

/** Where the last varint ended (a global: no allocation per varint). */
export let varintEnd: usize = 0;

/** The varint at [p, limit) below 2^49 (as varintAt reads them), setting varintEnd; -1 otherwise. */
export function varint(p: usize, limit: usize): i64 {
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

/**
 * A Label message at [p, pe) as StreamReader.label reads it (its fields varints; a numeric value
 * of any size skipped): the largest string index it names, at least `max`; -1 for anything else.
 */
export function label(p: usize, pe: usize, max: i32): i32 {
  while (p < pe) {
    const fk = load<u8>(p++);
    if (fk != 8 && fk != 16 && fk != 24 && fk != 32) return -1;
    if (p >= pe) return -1;
    let b = <i32>load<u8>(p++);
    let v = b & 0x7f;
    if (b >= 0x80) {
      if (p >= pe) return -1;
      b = <i32>load<u8>(p++);
      if (b >= 0x80) {
        if (fk != 24) return -1;
        while (b >= 0x80 && p < pe) b = <i32>load<u8>(p++);
        if (b >= 0x80) return -1;
        continue;
      }
      v |= b << 7;
    }
    if (fk != 24 && v > max) max = v;
  }
  return max;
}

/**
 * The length of a length-delimited field at p (1 or 2 bytes, as the readers take them), setting
 * varintEnd; -1 otherwise.
 */
export function shortLength(p: usize, limit: usize): i32 {
  if (p >= limit) return -1;
  let len = <i32>load<u8>(p++);
  if (len >= 0x80) {
    if (p >= limit) return -1;
    const b = <i32>load<u8>(p++);
    if (b >= 0x80) return -1;
    len = (len & 0x7f) | (b << 7);
  }
  varintEnd = p;
  return len;
}

/**
 * The location id of 1–3 bytes at p (the most the readers take in a packed list), setting
 * varintEnd (which may pass the list's end: the caller checks); -1 for a longer one.
 */
export function shortId(p: usize): i32 {
  let b = <i32>load<u8>(p++);
  let id = b & 0x7f;
  if (b >= 0x80) {
    b = <i32>load<u8>(p++);
    id |= (b & 0x7f) << 7;
    if (b >= 0x80) {
      b = <i32>load<u8>(p++);
      if (b >= 0x80) return -1;
      id |= b << 14;
    }
  }
  varintEnd = p;
  return id;
}

/**
 * The end of a length-delimited field's payload whose length (1 or 2 bytes) is at p, the payload
 * inside `end`; varintEnd is where the payload starts. -1 otherwise.
 */
export function payloadEnd(p: usize, end: usize): isize {
  const n = shortLength(p, end);
  if (n < 0) return -1;
  const pe = varintEnd + <usize>n;
  return pe > end ? -1 : <isize>pe;
}
