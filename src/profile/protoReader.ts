import { InputError } from '../shared/errors';

// A minimal protobuf wire-format reader over one buffer: just what profile.proto needs, with
// bounds checked everywhere so bad input ends in an InputError, never a RangeError or a hang.

const TWO_32 = 4294967296;

/** Bytes that do not follow the protobuf wire format (as opposed to bad references in a valid message). */
export class WireError extends InputError {}

/** Reads protobuf wire format from buf[pos..end). */
export class ProtoReader {
  pos: number;
  /** Where the current message ends; narrowed while reading a nested message. */
  end: number;

  constructor(
    readonly buf: Uint8Array,
    pos: number,
    end: number,
  ) {
    this.pos = pos;
    this.end = end;
  }

  /** An unsigned varint (uint32/uint64/enum/bool) as a number (exact below 2^53). */
  uint(): number {
    const buf = this.buf;
    let pos = this.pos;
    if (pos < this.end) {
      const b = buf[pos];
      if (b < 0x80) {
        this.pos = pos + 1;
        return b;
      }
    }
    let lo = 0;
    let shift = 0;
    // the low 28 bits in four bytes, then the rest as a float
    for (; shift < 28; shift += 7) {
      if (pos >= this.end) throw truncated(pos);
      const b = buf[pos++];
      lo |= (b & 0x7f) << shift;
      if (b < 0x80) {
        this.pos = pos;
        return lo >>> 0;
      }
    }
    let value = lo >>> 0;
    let scale = 268435456; // 2^28
    for (let i = 4; i < 10; i++) {
      if (pos >= this.end) throw truncated(pos);
      const b = buf[pos++];
      if (i === 9 && b > 1) throw overlong(this.pos);
      value += (b & 0x7f) * scale;
      scale *= 128;
      if (b < 0x80) {
        this.pos = pos;
        return value;
      }
    }
    throw overlong(this.pos);
  }

  /** A two's-complement int64 varint as a signed number (exact below 2^53 in magnitude). */
  int64(): number {
    const buf = this.buf;
    const start = this.pos;
    let pos = start;
    if (pos < this.end) {
      const b = buf[pos];
      if (b < 0x80) {
        this.pos = pos + 1;
        return b;
      }
    }
    let lo = 0;
    let hi: number;
    let b: number;
    let i = 0;
    for (; i < 4; i++) {
      if (pos >= this.end) throw truncated(pos);
      b = buf[pos++];
      lo |= (b & 0x7f) << (7 * i);
      if (b < 0x80) {
        this.pos = pos;
        return lo >>> 0;
      }
    }
    // fifth byte: 4 bits to lo, 3 bits to hi
    if (pos >= this.end) throw truncated(pos);
    b = buf[pos++];
    lo |= (b & 0x0f) << 28;
    hi = (b & 0x7f) >> 4;
    if (b >= 0x80) {
      for (i = 0; i < 5; i++) {
        if (pos >= this.end) throw truncated(pos);
        b = buf[pos++];
        if (i === 4 && b > 1) throw overlong(start);
        hi |= (b & 0x7f) << (7 * i + 3);
        if (b < 0x80) break;
      }
      if (b >= 0x80) throw overlong(start);
    }
    this.pos = pos;
    lo >>>= 0;
    if (hi & 0x80000000) {
      // negative: negate the 64-bit two's complement in two halves so small magnitudes stay exact
      const nlo = (~lo + 1) >>> 0;
      const nhi = (~hi + (nlo === 0 ? 1 : 0)) >>> 0;
      return -(nhi * TWO_32 + nlo);
    }
    return (hi >>> 0) * TWO_32 + lo;
  }

  /** A field key (field number * 8 + wire type); field number 0 is invalid. */
  key(): number {
    const at = this.pos;
    const key = this.uint();
    if (key < 8) throw new WireError(`invalid protobuf field number 0 at byte ${at}`);
    return key;
  }

  /** Skips the value of a field whose key was not recognised. */
  skipField(key: number): void {
    this.skip(key % 8);
  }

  /** The end offset of the length-delimited value starting here; pos moves to its start. */
  lengthEnd(): number {
    const at = this.pos;
    const len = this.uint();
    const end = this.pos + len;
    if (end > this.end) {
      throw new WireError(`a field at byte ${at} has length ${len}, past the end of its message (byte ${this.end})`);
    }
    return end;
  }

  /** Skips a value of the given wire type. */
  skip(wireType: number): void {
    switch (wireType) {
      case 0:
        this.uint();
        return;
      case 1:
        this.advance(8);
        return;
      case 2:
        this.pos = this.lengthEnd();
        return;
      case 5:
        this.advance(4);
        return;
      default:
        throw new WireError(`invalid protobuf wire type ${wireType} before byte ${this.pos}`);
    }
  }

  private advance(n: number): void {
    if (this.pos + n > this.end) throw new WireError(`a fixed-size field at byte ${this.pos} runs past the end of its message`);
    this.pos += n;
  }
}

function truncated(pos: number): InputError {
  return new WireError(`truncated varint at byte ${pos}`);
}

function overlong(pos: number): InputError {
  return new WireError(`overlong varint at byte ${pos} (more than 10 bytes or over 64 bits)`);
}
