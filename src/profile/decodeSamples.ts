// The samples of a pprof profile: scanned straight off the bytes into blocks of reused arrays in
// the model's column layout (what every query walks), stored as the model's columns for the
// viewer, and their labels decoded on first use.
import { InputError } from '../shared/errors';
import type { Profile, SampleBlock } from './model';
import { ProtoReader, WireError } from './protoReader';
import type { IdIndex } from './idIndex';
import type { Indexed, StrCheck } from './decodeHeader';
import { grownF64, grownI32 } from './streamReader';

/**
 * The full model: the header plus the sample columns (labels decoded on first use). `wrap`
 * turns wire errors into the input-level message.
 */
export function sampleColumns(ix: Indexed, wrap: <T>(f: () => T) => T, keepLabels = true): Profile {
  const { header, sampleCount } = ix;
  const typeCount = header.sampleTypes.length;
  // every value takes at least a byte, so more values than bytes means a corrupt count (and
  // must not become a multi-gigabyte allocation)
  if (sampleCount * typeCount > ix.buf.length) {
    throw new InputError(`${sampleCount} samples with ${typeCount} sample types cannot fit in ${ix.buf.length} bytes`);
  }
  const sampleLocationStart = new Uint32Array(sampleCount + 1);
  const sampleValues = new Float64Array(sampleCount * typeCount);
  // Sized from the sample bytes instead of a counting pass: every location id takes a byte at
  // least, and they are usually about half of the bytes; grown if need be, trimmed at the end.
  const bound = ix.sampleBytes;
  const column = (size: number) => (header.locationCount <= 65536 ? new Uint16Array(size) : new Uint32Array(size));
  let locs = column(Math.min(bound, 1024 + Math.ceil(bound * 0.6)));
  const isBase = mayHaveBase(header.strings) ? new Uint8Array(sampleCount) : undefined;
  let n = 0;
  let anyBase = false;
  wrap(() =>
    scanSamples(ix, (b) => {
      const ids = b.locationStart[b.count];
      if (n + ids > locs.length) {
        const bigger = column(Math.min(bound, Math.max(n + ids, Math.ceil(locs.length * 1.5))));
        bigger.set(locs.subarray(0, n));
        locs = bigger;
      }
      for (let i = 0; i < b.count; i++) sampleLocationStart[b.first + i] = n + b.locationStart[i];
      locs.set(b.locations.subarray(0, ids), n);
      n += ids;
      sampleValues.set(b.values.subarray(0, b.count * typeCount), b.first * typeCount);
      if (isBase && b.isBase) {
        isBase.set(b.isBase.subarray(0, b.count), b.first);
        anyBase ||= b.isBase.subarray(0, b.count).includes(1);
      }
    }),
  );
  sampleLocationStart[sampleCount] = n;
  const columns = {
    ...header,
    sampleCount,
    sampleLocationStart,
    sampleLocations: n === locs.length ? locs : locs.slice(0, n),
    sampleValues,
    sampleIsBase: anyBase ? isBase : undefined,
  };
  // defined, not spread: a spread would run the getters (decoding every label now)
  return Object.defineProperties(columns, Object.getOwnPropertyDescriptors(labelGetters(keepLabels ? ix.buf : undefined, sampleCount))) as Profile;
}

/**
 * The label columns as getters: decoded from `buf` on first use (labels cost 20 bytes a sample
 * and most views never read them), none without it. A function of its own, so its closures hold
 * `buf` only: closures share their scope's variables, and sampleColumns' scope holds the index.
 */
export function labelGetters(
  buf: Uint8Array | undefined,
  sampleCount: number,
): Pick<Profile, 'sampleLabelStart' | 'labelKey' | 'labelStr' | 'labelNum' | 'labelNumUnit'> {
  let labels: LabelColumns | undefined = buf ? undefined : noLabels(sampleCount);
  const lazyLabels = (): LabelColumns => (labels ??= decodeLabels(buf!, sampleCount));
  return {
    get sampleLabelStart() {
      return lazyLabels().sampleLabelStart;
    },
    get labelKey() {
      return lazyLabels().labelKey;
    },
    get labelStr() {
      return lazyLabels().labelStr;
    },
    get labelNum() {
      return lazyLabels().labelNum;
    },
    get labelNumUnit() {
      return lazyLabels().labelNumUnit;
    },
  };
}

/** Whether samples can carry pprof::base=true at all (both strings are in the table). */
export function mayHaveBase(strings: readonly string[]): boolean {
  return strings.indexOf('pprof::base') > 0 && strings.indexOf('true') > 0;
}

/** The block a scan fills and hands on, its arrays reused by the next one. */
interface ScanBlock {
  first: number;
  count: number;
  locationStart: Uint32Array;
  locations: Uint32Array;
  values: Float64Array;
  isBase: Uint8Array | undefined;
}

/**
 * Walks the samples (a second pass over the top-level fields, so no per-sample spans are kept),
 * decoding and validating them into blocks of reused arrays, each handed to `visit`.
 */
export function scanSamples(ix: Indexed, visit: (block: SampleBlock) => void): void {
  const typeCount = ix.header.sampleTypes.length;
  // a few thousand samples a block; fewer when a (corrupt) profile has very many types
  const size = Math.max(1, Math.min(4096, Math.floor((1 << 20) / Math.max(1, typeCount))));
  const parser = new SampleParser(ix, size);
  const r = parser.r;
  const block: ScanBlock = {
    first: 0,
    count: 0,
    locationStart: new Uint32Array(size + 1),
    locations: parser.locs,
    values: parser.values,
    isBase: mayHaveBase(ix.header.strings) ? new Uint8Array(size) : undefined,
  };
  for (let s = 0; s < ix.sampleCount; s++) {
    // skip to the next sample; indexRaw validated the top level, so this cannot fail
    let end = -1;
    while (end < 0) {
      const key = r.key();
      if (key === 18 /* 2:LEN */) end = r.lengthEnd();
      else r.skipField(key);
    }
    const i = s - block.first;
    block.locationStart[i] = parser.nLocs;
    const base = parser.parse(s, end, i * typeCount);
    if (block.isBase) block.isBase[i] = base ? 1 : 0;
    r.end = ix.buf.length;
    if (i + 1 === size || s + 1 === ix.sampleCount) {
      block.locationStart[i + 1] = parser.nLocs;
      block.count = i + 1;
      block.locations = parser.locs;
      visit(block);
      block.first = s + 1;
      parser.nLocs = 0;
    }
  }
}

/**
 * Parses one sample message at a time into scratch arrays. Split into small methods on
 * purpose: V8 optimizes small functions in a few milliseconds, while one big loop spent most
 * of a 200k-sample run in the interpreter waiting for its compile.
 */
class SampleParser {
  readonly r: ProtoReader;
  /** The block's location indices so far: nLocs of them. */
  locs = new Uint32Array(1 << 16);
  nLocs = 0;
  /** The block's values, row-major. */
  readonly values: Float64Array;
  private valueAt = 0;
  private nValues = 0;
  private isBase = false;
  private readonly buf: Uint8Array;
  private readonly typeCount: number;
  private readonly stringCount: number;
  private readonly baseKey: number;
  private readonly trueStr: number;
  private readonly dense: Int32Array;
  private readonly locIndex: IdIndex;
  private readonly str: StrCheck;

  /** blockSize: the samples a block holds. */
  constructor(ix: Indexed, blockSize: number) {
    this.buf = ix.buf;
    this.r = new ProtoReader(ix.buf, 0, ix.buf.length);
    this.typeCount = ix.header.sampleTypes.length;
    this.values = new Float64Array(blockSize * this.typeCount);
    const strings = ix.header.strings;
    this.stringCount = strings.length;
    this.baseKey = strings.indexOf('pprof::base');
    this.trueStr = strings.indexOf('true');
    this.locIndex = ix.locIndex;
    this.dense = ix.locIndex.dense ?? new Int32Array(0);
    this.str = ix.str;
  }

  /**
   * Parses sample s, the message ending at `end` (r is at its start): its locations go after
   * the block's, its values at values[at..]. Returns whether it is labelled pprof::base=true.
   */
  parse(s: number, end: number, at: number): boolean {
    const start = this.r.pos;
    const nLocs = this.nLocs;
    if (this.fast(start, end, at)) {
      this.r.pos = end;
      return this.isBase;
    }
    // anything the fast path does not take (a long varint, another field, bad bytes) is read
    // again from the sample's start by the checking reader, which also words the errors
    this.nLocs = nLocs;
    this.r.pos = start;
    return this.checked(s, end, at);
  }

  /**
   * The common shape of a sample, read with bytes inlined: packed location ids of up to 3
   * bytes found in the dense table, packed non-negative values below 2^49, labels of small
   * string indices. Returns false, having changed nothing it cannot redo, on anything else.
   */
  private fast(pos: number, end: number, at: number): boolean {
    const buf = this.buf;
    const values = this.values;
    const typeCount = this.typeCount;
    let nValues = 0;
    let isBase = false;
    while (pos < end) {
      const key = buf[pos];
      let len = buf[pos + 1];
      pos += 2;
      if (len >= 0x80) {
        const b = buf[pos++];
        if (b >= 0x80) return false;
        len = (len & 0x7f) | (b << 7);
      }
      const pe = pos + len;
      if (!(pe <= end)) return false; // also a key or length read past the end (undefined)
      if (key === 10 /* 1:LEN */) {
        if (this.nLocs + len > this.locs.length) this.growLocs(this.nLocs + len);
        if (!this.fastLocations(pos, pe)) return false;
      } else if (key === 18 /* 2:LEN */) {
        while (pos < pe) {
          let b = buf[pos++];
          let v = b & 0x7f;
          let scale = 128;
          while (b >= 0x80) {
            if (scale > 0x1000000000000 || pos >= pe) return false;
            b = buf[pos++];
            v += (b & 0x7f) * scale;
            scale *= 128;
          }
          if (nValues < typeCount) values[at + nValues] = v;
          nValues++;
        }
      } else if (key === 26 /* 3:LEN */) {
        const base = this.fastLabel(pos, pe);
        if (base < 0) return false;
        if (base === 1) isBase = true;
      } else {
        return false;
      }
      pos = pe;
    }
    if (pos !== end || nValues !== typeCount) return false;
    this.isBase = isBase;
    return true;
  }

  /** Packed location ids in buf[pos..pe), each of 1–3 bytes and in the dense table; false otherwise. */
  private fastLocations(pos: number, pe: number): boolean {
    const buf = this.buf;
    const dense = this.dense;
    const denseLen = dense.length;
    const locs = this.locs;
    let n = this.nLocs;
    while (pos < pe) {
      let b = buf[pos++];
      let id = b & 0x7f;
      if (b >= 0x80) {
        b = buf[pos++];
        id |= (b & 0x7f) << 7;
        if (b >= 0x80) {
          b = buf[pos++];
          if (b >= 0x80) return false;
          id |= b << 14;
        }
      }
      if (id >= denseLen) return false;
      const li = dense[id];
      if (li < 0) return false;
      locs[n++] = li;
    }
    if (pos !== pe) return false;
    this.nLocs = n;
    return true;
  }

  /** A label of one-byte keys and string indices below 2^14: 1 when pprof::base=true, 0 otherwise, -1 to decline. */
  private fastLabel(pos: number, pe: number): number {
    const buf = this.buf;
    let lk = 0;
    let ls = 0;
    while (pos < pe) {
      const fk = buf[pos];
      let v = buf[pos + 1];
      pos += 2;
      if (v >= 0x80) {
        const b = buf[pos++];
        if (b >= 0x80) return -1;
        v = (v & 0x7f) | (b << 7);
      }
      if (fk === 8 /* 1:VARINT */) lk = v;
      else if (fk === 16 /* 2:VARINT */) ls = v;
      else if (fk !== 24 /* 3:VARINT */ && fk !== 32 /* 4:VARINT */) return -1;
      if (fk !== 24 && v >= this.stringCount) return -1;
    }
    if (pos !== pe) return -1;
    return lk > 0 && lk === this.baseKey && ls === this.trueStr ? 1 : 0;
  }

  /** parse, through the checking reader. */
  private checked(s: number, end: number, at: number): boolean {
    const r = this.r;
    r.end = end;
    this.valueAt = at;
    this.nValues = 0;
    this.isBase = false;
    for (let t = 0; t < this.typeCount; t++) this.values[at + t] = 0;
    while (r.pos < end) {
      const key = r.key();
      if (key === 10 /* 1:LEN */) {
        const pe = r.lengthEnd();
        if (this.nLocs + pe - r.pos > this.locs.length) this.growLocs(this.nLocs + pe - r.pos);
        r.pos = this.packedLocations(s, r.pos, pe);
      } else if (key === 18 /* 2:LEN */) {
        const pe = r.lengthEnd();
        r.end = pe;
        while (r.pos < pe) this.addValue(r.int64());
        r.end = end;
      } else if (key === 26 /* 3:LEN */) {
        this.label(s, r.lengthEnd(), end);
      } else if (key === 8 /* 1:VARINT */) {
        if (this.nLocs === this.locs.length) this.growLocs(this.nLocs + 1);
        this.locs[this.nLocs++] = this.location(s, r.uint());
      } else if (key === 16 /* 2:VARINT */) {
        this.addValue(r.int64());
      } else {
        r.skipField(key);
      }
    }
    if (this.nValues !== this.typeCount) {
      throw new InputError(`sample ${s} has ${this.nValues} values but the profile has ${this.typeCount} sample types`);
    }
    return this.isBase;
  }

  /** Decodes the packed location ids in buf[pos..pe) into locs (room ensured); returns pe. */
  private packedLocations(s: number, pos: number, pe: number): number {
    const buf = this.buf;
    const dense = this.dense;
    const denseLen = dense.length;
    const locs = this.locs;
    let n = this.nLocs;
    while (pos < pe) {
      let b = buf[pos++];
      let id = b & 0x7f;
      if (b >= 0x80) {
        b = buf[pos++];
        id |= (b & 0x7f) << 7;
        if (b >= 0x80) {
          b = buf[pos++];
          id |= (b & 0x7f) << 14;
          if (b >= 0x80) {
            // rare: ids of 2^21 and more
            const r = this.r;
            r.pos = pos - 3;
            const saved = r.end;
            r.end = pe;
            id = r.uint();
            r.end = saved;
            pos = r.pos;
          }
        }
      }
      if (pos > pe) throw new WireError(`truncated varint in sample ${s}'s location ids (byte ${pe})`);
      const li = id < denseLen ? dense[id] : this.location(s, id);
      if (li < 0) throw danglingLocation(s, id);
      locs[n++] = li;
    }
    this.nLocs = n;
    return pe;
  }

  /** The location index of a pprof location id (the slow path for ids past the dense table). */
  private location(s: number, id: number): number {
    const li = this.locIndex.get(id);
    if (li < 0) throw danglingLocation(s, id);
    return li;
  }

  private addValue(v: number): void {
    if (this.nValues < this.typeCount) this.values[this.valueAt + this.nValues] = v;
    this.nValues++;
  }

  /** Validates a label (labels are stored on first use, see decodeLabels) and spots pprof::base. */
  private label(s: number, le: number, end: number): void {
    const r = this.r;
    r.end = le;
    let lk = 0;
    let ls = 0;
    while (r.pos < le) {
      const fk = r.key();
      if (fk === 8 /* 1:VARINT */ || fk === 16 /* 2:VARINT */ || fk === 32 /* 4:VARINT */) {
        const si = r.int64();
        if (!(si >= 0 && si < this.stringCount)) this.str(si, `a label of sample ${s}`);
        if (fk === 8) lk = si;
        else if (fk === 16) ls = si;
      } else if (fk === 24 /* 3:VARINT */) r.int64();
      else r.skipField(fk);
    }
    r.end = end;
    if (lk > 0 && lk === this.baseKey && ls === this.trueStr) this.isBase = true;
  }

  private growLocs(min: number): void {
    const b = new Uint32Array(Math.max(min, this.locs.length * 2));
    b.set(this.locs.subarray(0, this.nLocs));
    this.locs = b;
  }
}

/** Calls `visit` with a reader bounded to each Sample message (profile field 2), in order. */
function forEachSample(buf: Uint8Array, visit: (r: ProtoReader, end: number) => void): void {
  const r = new ProtoReader(buf, 0, buf.length);
  while (r.pos < buf.length) {
    const key = r.key();
    if (key !== 18 /* 2:LEN */) {
      r.skipField(key);
      continue;
    }
    const end = r.lengthEnd();
    r.end = end;
    visit(r, end);
    r.pos = end;
    r.end = buf.length;
  }
}

/** The label columns, decoded once the sample scan has validated them. */
interface LabelColumns {
  sampleLabelStart: Uint32Array;
  labelKey: Int32Array;
  labelStr: Int32Array;
  labelNum: Float64Array;
  labelNumUnit: Int32Array;
}

/** No labels on any sample. */
function noLabels(sampleCount: number): LabelColumns {
  return {
    sampleLabelStart: new Uint32Array(sampleCount + 1),
    labelKey: new Int32Array(0),
    labelStr: new Int32Array(0),
    labelNum: new Float64Array(0),
    labelNumUnit: new Int32Array(0),
  };
}

function decodeLabels(buf: Uint8Array, sampleCount: number): LabelColumns {
  // one pass, the columns grown as labels come (sized for one a sample, what Go's heap profiles have)
  let cap = Math.max(16, sampleCount);
  let labelKey = new Int32Array(cap);
  let labelStr = new Int32Array(cap);
  let labelNum = new Float64Array(cap);
  let labelNumUnit = new Int32Array(cap);
  const sampleLabelStart = new Uint32Array(sampleCount + 1);
  let n = 0;
  let s = 0;
  forEachSample(buf, (r, end) => {
    sampleLabelStart[s++] = n;
    while (r.pos < end) {
      const fk = r.key();
      if (fk !== 26 /* 3:LEN */) {
        r.skipField(fk);
        continue;
      }
      const le = r.lengthEnd();
      if (n === cap) {
        cap *= 2;
        labelKey = grownI32(labelKey, cap);
        labelStr = grownI32(labelStr, cap);
        labelNum = grownF64(labelNum, cap);
        labelNumUnit = grownI32(labelNumUnit, cap);
      }
      r.end = le;
      while (r.pos < le) {
        const lk = r.key();
        if (lk === 8 /* 1:VARINT */) labelKey[n] = r.int64();
        else if (lk === 16 /* 2:VARINT */) labelStr[n] = r.int64();
        else if (lk === 24 /* 3:VARINT */) labelNum[n] = r.int64();
        else if (lk === 32 /* 4:VARINT */) labelNumUnit[n] = r.int64();
        else r.skipField(lk);
      }
      r.end = end;
      n++;
    }
  });
  sampleLabelStart[sampleCount] = n;
  const trim = <A extends Int32Array | Float64Array>(a: A): A => (n === a.length ? a : (a.slice(0, n) as A));
  return { sampleLabelStart, labelKey: trim(labelKey), labelStr: trim(labelStr), labelNum: trim(labelNum), labelNumUnit: trim(labelNumUnit) };
}

function danglingLocation(sample: number, id: number): InputError {
  return new InputError(`sample ${sample} refers to location id ${id}, which the profile does not define`);
}
