// Reading a pprof profile's top-level messages as the bytes arrive (the inflated chunks, read
// where they lie, without joining them): each message is handed on once all of it has come; one
// cut by a chunk's end is joined from the two. The other fields' bytes are copied aside for
// indexRaw, which then reads only those (they are small: the tables and strings). A subclass
// that meets anything it does not take declines, and its caller reads the same bytes with the
// general decoder.
import type { TopLevel } from './decodeHeader';

const MAX_TYPES = 16;
const INCOMPLETE = -1;
const BAD = -2;

export abstract class StreamReader {
  /** Set once this path cannot answer: the general path reads the bytes instead. */
  declined = false;
  protected types = 0;
  /** Samples read so far; the subclass counts them (see sample). */
  protected samples = 0;
  protected sawDropOrKeep = false;
  /** The largest string index a label used: checked against the string table at the end. */
  protected maxLabelString = 0;
  /** Bytes pushed so far. */
  private pushed = 0;
  /** The start of a message the last chunk cut off. */
  private carry: Uint8Array | undefined;
  /** The Sample messages' payload bytes so far (the subclass adds those sampleRun reads). */
  protected sampleBytes = 0;
  /** Whether read hands runs of fields to sampleRun first. */
  protected readsSampleRuns = false;
  /** The other top-level fields' bytes back to back, and their (start, end) in it. */
  private other = new ByteList();
  private fields = new Uint32Array(1024);
  private fieldCount = 0;

  /** A Sample message in buf[start..end): true once read (and counted in samples), false to decline. */
  protected abstract sample(buf: Uint8Array, start: number, end: number): boolean;
  /** A Location message in buf[start..end): false to decline. */
  protected abstract location(buf: Uint8Array, start: number, end: number): boolean;

  /**
   * With readsSampleRuns: reads the Sample fields at buf[pos..avail) it can, counting them, and
   * returns where it stopped (at a field for field() to read), or -1 to decline.
   */
  protected sampleRun(_buf: Uint8Array, pos: number, _avail: number): number {
    return pos;
  }

  /** Reads the profile's next bytes (its chunks in order, of any sizes; kept unchanged meanwhile). */
  push(chunk: Uint8Array): void {
    if (this.declined) return;
    chunk = plainBytes(chunk);
    this.pushed += chunk.length;
    let from = 0;
    const carry = this.carry;
    if (carry) {
      // the cut message's key and length fit in 15 bytes
      const probe = concat(carry, chunk.subarray(0, 16));
      const end = fieldEnd(probe, 0, probe.length);
      if (end === BAD) return this.decline();
      const need = end === INCOMPLETE ? Infinity : end - carry.length;
      if (need > chunk.length) {
        this.carry = concat(carry, chunk);
        return;
      }
      const joined = need <= 16 ? probe.subarray(0, end) : concat(carry, chunk.subarray(0, need));
      this.carry = undefined;
      if (!this.field(joined, 0, end)) return this.decline();
      from = need;
    }
    const stop = this.read(chunk, from);
    if (stop < 0) return this.decline();
    if (stop < chunk.length) this.carry = chunk.slice(stop);
  }

  /** Reads the whole messages in buf[pos..]; returns where the first incomplete one starts, -1 to decline. */
  private read(buf: Uint8Array, pos: number): number {
    const avail = buf.length;
    while (pos < avail) {
      if (this.readsSampleRuns) {
        pos = this.sampleRun(buf, pos, avail);
        if (pos < 0) return -1;
        if (pos >= avail) break;
      }
      const end = fieldEnd(buf, pos, avail);
      if (end === BAD) return -1;
      if (end === INCOMPLETE || end > avail) break;
      if (!this.field(buf, pos, end)) return -1;
      pos = end;
    }
    return pos;
  }

  /** One top-level field, buf[start..end) (fieldEnd just parsed its key). */
  private field(buf: Uint8Array, start: number, end: number): boolean {
    const key = fieldKey;
    if (key === 18 /* sample */) {
      if (!this.sample(buf, fieldPayload, end)) return false;
      this.sampleBytes += end - fieldPayload;
      return true;
    }
    if (key === 34 /* location */) {
      if (!this.location(buf, fieldPayload, end)) return false;
    } else if (key === 10 /* sample_type */) {
      if (this.samples > 0 || this.types === MAX_TYPES) return false;
      this.types++;
    } else if ((key === 56 || key === 64) && fieldNonZero) {
      this.sawDropOrKeep = true;
    }
    const at = this.other.length;
    this.other.append(buf, start, end);
    if (this.fieldCount + 2 > this.fields.length) this.fields = grownU32(this.fields, this.fields.length * 2);
    this.fields[this.fieldCount++] = at;
    this.fields[this.fieldCount++] = at + end - start;
    return true;
  }

  /**
   * The top level as read, once every byte of the `length`-byte profile was read without
   * declining: the other fields' bytes, for indexRaw to read alone. Undefined otherwise.
   */
  topLevel(length: number): { bytes: Uint8Array; known: TopLevel } | undefined {
    if (!this.readAll(length)) return undefined;
    return {
      bytes: this.other.bytes(),
      known: { fields: this.fields, fieldCount: this.fieldCount >> 1, sampleCount: this.samples, sampleBytes: this.sampleBytes },
    };
  }

  /** The bytes pushed so far. */
  protected bytesRead(): number {
    return this.pushed;
  }

  /** Whether all `length` bytes were read without declining. */
  protected readAll(length: number): boolean {
    return !this.declined && this.carry === undefined && this.pushed === length;
  }

  protected decline(): void {
    this.declined = true;
  }

  /** A label's fields are varints; string indices are checked against the table in finish. */
  protected label(buf: Uint8Array, pos: number, pe: number): boolean {
    let max = this.maxLabelString;
    while (pos < pe) {
      const fk = buf[pos++];
      if (fk !== 8 && fk !== 16 && fk !== 24 && fk !== 32) return false;
      let b = buf[pos++];
      let v = b & 0x7f;
      if (b >= 0x80) {
        b = buf[pos++];
        if (b >= 0x80) {
          if (fk !== 24) return false;
          // a numeric value of any size: skipped
          while (b >= 0x80 && pos < pe) b = buf[pos++];
          if (b >= 0x80) return false;
          continue;
        }
        v |= b << 7;
      }
      if (fk !== 24 && v > max) max = v;
    }
    if (pos !== pe) return false;
    this.maxLabelString = max;
    return true;
  }
}

/**
 * The bytes as a plain Uint8Array (the same memory). zlib's chunks are Buffers: as plain arrays,
 * the hot loops see one kind of array (a second one, beside the joined ones, cost them a
 * deoptimization and a slower, polymorphic rebuild).
 */
export function plainBytes(chunk: Uint8Array): Uint8Array {
  return chunk.constructor === Uint8Array ? chunk : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/** Where the last varintAt ended (a module variable: no object per call in the hot loop). */
export let varintEnd = 0;

/** varintAt, with values below 2^28 (nearly all) read in int arithmetic. */
export function readVarint(buf: Uint8Array, pos: number, limit: number): number {
  let b = buf[pos];
  let v = b & 0x7f;
  if (b >= 0x80) {
    b = buf[pos + 1];
    v |= (b & 0x7f) << 7;
    if (b >= 0x80) {
      b = buf[pos + 2];
      v |= (b & 0x7f) << 14;
      if (b >= 0x80) {
        b = buf[pos + 3];
        v |= (b & 0x7f) << 21;
        if (b >= 0x80) return varintAt(buf, pos, limit);
        pos += 4;
      } else pos += 3;
    } else pos += 2;
  } else pos += 1;
  if (pos > limit) return -1;
  varintEnd = pos;
  return v;
}

/** The non-negative varint at buf[pos..limit) below 2^49, setting varintEnd; -1 otherwise. */
export function varintAt(buf: Uint8Array, pos: number, limit: number): number {
  let b = 0x80;
  let v = 0;
  for (let scale = 1; b >= 0x80; scale *= 128) {
    if (pos >= limit || scale > 0x1000000000000) return -1;
    b = buf[pos++];
    v += (b & 0x7f) * scale;
  }
  varintEnd = pos;
  return v;
}

export function grownU32(a: Uint32Array, n: number): Uint32Array<ArrayBuffer> {
  const b = new Uint32Array(n);
  b.set(a.subarray(0, Math.min(a.length, n)));
  return b;
}
export function grownU8(a: Uint8Array, n: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(n);
  b.set(a.subarray(0, Math.min(a.length, n)));
  return b;
}
export function grownI32(a: Int32Array, n: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(n);
  b.set(a.subarray(0, Math.min(a.length, n)));
  return b;
}
export function grownF64(a: Float64Array, n: number): Float64Array<ArrayBuffer> {
  const b = new Float64Array(n);
  b.set(a.subarray(0, Math.min(a.length, n)));
  return b;
}

// What fieldEnd read of the field it measured (module variables: no object per field).
let fieldKey = 0;
let fieldPayload = 0;
let fieldNonZero = false;

/**
 * The end of the top-level field at buf[pos..avail): past avail when its payload is cut off,
 * INCOMPLETE when its key or length is, BAD for bytes that are no protobuf field.
 */
function fieldEnd(buf: Uint8Array, pos: number, avail: number): number {
  let p = pos;
  let key = 0;
  for (let shift = 0; ; shift += 7) {
    if (p >= avail) return INCOMPLETE;
    const b = buf[p++];
    key |= (b & 0x7f) << shift;
    if (b < 0x80) break;
    if (shift >= 21) return BAD;
  }
  fieldKey = key;
  const wire = key & 7;
  if (wire === 0) {
    let b = 0x80;
    let nonZero = false;
    for (let shift = 0; b >= 0x80; shift += 7) {
      if (p >= avail) return INCOMPLETE;
      if (shift > 63) return BAD;
      b = buf[p++];
      if (b & 0x7f) nonZero = true;
    }
    fieldNonZero = nonZero;
    fieldPayload = p;
    return p;
  }
  if (wire === 1 || wire === 5) {
    fieldPayload = p;
    return p + (wire === 1 ? 8 : 4);
  }
  if (wire !== 2) return BAD;
  let len = 0;
  for (let shift = 0; ; shift += 7) {
    if (p >= avail) return INCOMPLETE;
    const b = buf[p++];
    if (shift === 28 && b > 0x0f) return BAD;
    len += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) break;
    if (shift >= 28) return BAD;
  }
  fieldPayload = p;
  return p + len;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** A growing byte buffer. */
export class ByteList {
  private buf = new Uint8Array(1 << 16);
  length = 0;

  append(src: Uint8Array, start: number, end: number): void {
    const n = end - start;
    if (this.length + n > this.buf.length) {
      const bigger = new Uint8Array(Math.max(this.length + n, this.buf.length * 2));
      bigger.set(this.buf.subarray(0, this.length));
      this.buf = bigger;
    }
    this.buf.set(src.subarray(start, end), this.length);
    this.length += n;
  }

  bytes(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}
