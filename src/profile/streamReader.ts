// Reading a pprof profile's top-level messages as the bytes arrive (while it inflates): each
// message is handed on once it lies wholly in the bytes so far; the other fields' ranges are
// listed for indexRaw, which then reads only those. A subclass that meets anything it does not
// take declines, and its caller reads the same bytes with the general decoder.
import type { TopLevel } from './decodeHeader';

const MAX_TYPES = 16;

export abstract class StreamReader {
  /** Set once this path cannot answer: the general path reads the bytes instead. */
  declined = false;
  protected pos = 0;
  protected types = 0;
  /** Samples read so far; the subclass counts them (see sample). */
  protected samples = 0;
  protected sawDropOrKeep = false;
  /** The largest string index a label used: checked against the string table at the end. */
  protected maxLabelString = 0;
  private sampleBytes = 0;
  /** The other top-level fields' byte ranges, in order. */
  private fields = new Uint32Array(1024);
  private fieldCount = 0;

  /** A Sample message in buf[start..end): true once read (and counted in samples), false to decline. */
  protected abstract sample(buf: Uint8Array, start: number, end: number): boolean;
  /** A Location message in buf[start..end): false to decline. */
  protected abstract location(buf: Uint8Array, start: number, end: number): boolean;

  /** Reads every top-level message that lies wholly in buf[0..avail). */
  advance(buf: Uint8Array, avail: number): void {
    if (this.declined) return;
    let pos = this.pos;
    while (pos < avail) {
      // key and (for LEN) length, each a varint of up to 5 bytes here
      let p = pos;
      let key = 0;
      for (let shift = 0; ; shift += 7) {
        if (p >= avail) return this.stop(pos);
        const b = buf[p++];
        key |= (b & 0x7f) << shift;
        if (b < 0x80) break;
        if (shift >= 21) return this.decline();
      }
      const wire = key & 7;
      if (wire === 0) {
        // top-level varints: drop_frames (7), keep_frames (8) and header scalars; only 7 and 8 matter here
        let b = 0x80;
        let value = 0;
        for (let shift = 0; b >= 0x80; shift += 7) {
          if (p >= avail) return this.stop(pos);
          if (shift > 63) return this.decline();
          b = buf[p++];
          if (shift < 28) value |= (b & 0x7f) << shift;
        }
        if ((key === 56 || key === 64) && value !== 0) this.sawDropOrKeep = true;
        this.pushField(pos, p);
        pos = p;
        continue;
      }
      if (wire === 1 || wire === 5) {
        const e = p + (wire === 1 ? 8 : 4);
        if (e > avail) return this.stop(pos);
        this.pushField(pos, e);
        pos = e;
        continue;
      }
      if (wire !== 2) return this.decline();
      let len = 0;
      for (let shift = 0; ; shift += 7) {
        if (p >= avail) return this.stop(pos);
        const b = buf[p++];
        if (shift === 28 && b > 0x0f) return this.decline();
        len += (b & 0x7f) * 2 ** shift;
        if (b < 0x80) break;
        if (shift >= 28) return this.decline();
      }
      const end = p + len;
      if (end > avail) return this.stop(pos);
      if (key === 18 /* sample */) {
        if (!this.sample(buf, p, end)) return this.decline();
        this.sampleBytes += len;
      } else {
        if (key === 34 /* location */) {
          if (!this.location(buf, p, end)) return this.decline();
        } else if (key === 10 /* sample_type */) {
          if (this.samples > 0 || this.types === MAX_TYPES) return this.decline();
          this.types++;
        }
        this.pushField(pos, end);
      }
      pos = end;
    }
    this.pos = pos;
  }

  /**
   * The top level as read, once every byte of the `length`-byte profile was read without
   * declining: indexRaw then reads only the other fields. Undefined otherwise.
   */
  topLevel(length: number): TopLevel | undefined {
    if (!this.readAll(length)) return undefined;
    return { fields: this.fields, fieldCount: this.fieldCount >> 1, sampleCount: this.samples, sampleBytes: this.sampleBytes };
  }

  /** Whether all `length` bytes were read without declining. */
  protected readAll(length: number): boolean {
    return !this.declined && this.pos === length;
  }

  protected stop(pos: number): void {
    this.pos = pos;
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

  private pushField(start: number, end: number): void {
    if (this.fieldCount + 2 > this.fields.length) this.fields = grownU32(this.fields, this.fields.length * 2);
    this.fields[this.fieldCount++] = start;
    this.fields[this.fieldCount++] = end;
  }
}

/** Where the last varintAt ended (a module variable: no object per call in the hot loop). */
export let varintEnd = 0;

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
