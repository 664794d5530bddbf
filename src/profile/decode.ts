import { InputError } from '../shared/errors';
import { DEFAULT_MAX_INFLATED_BYTES, gunzipBounded, isGzip } from './inflate';
import type { Mapping, Profile, ValueType } from './model';
import { ProtoReader, WireError } from './protoReader';
import { IdIndex } from './idIndex';

/** Options for decodeProfile. */
export interface DecodeOptions {
  /** Refuse gzip input that inflates past this many bytes (default 256 MiB). */
  maxInflatedBytes?: number;
}

/**
 * Decodes a pprof profile, gzip-compressed or raw protobuf, into the columnar model.
 * Throws InputError with a specific message on any bad input (callers add the file name).
 * The model keeps the (inflated) bytes to decode labels on first use: don't modify raw input after.
 */
export function decodeProfile(data: Uint8Array, options: DecodeOptions = {}): Profile {
  const scan = openProfile(data, options);
  return withSampleColumns(scan);
}

/** Everything in a profile but its samples. */
export type ProfileHeader = Omit<Profile, 'sampleCount' | 'sampleLocationStart' | 'sampleLocations' | 'sampleValues' | 'sampleLabelStart' | 'labelKey' | 'labelStr' | 'labelNum' | 'labelNumUnit'>;

/**
 * Called per sample by SampleScan.forEach: its location indices are locs[0..n) (leaf first),
 * its values values[0..sampleTypes.length), both reused for the next sample; isBase says it
 * carries pprof::base=true (a diff profile's base).
 */
export type SampleVisitor = (sample: number, locs: Uint32Array, n: number, values: Float64Array, isBase: boolean) => void;

/** A decoded header with its samples still as bytes: walk them without building the sample columns. */
export interface SampleScan {
  readonly header: ProfileHeader;
  readonly sampleCount: number;
  /** Visits every sample in order; throws InputError on a bad sample. */
  forEach(visit: SampleVisitor): void;
}

/**
 * Decodes a profile's header (tables, strings) and validates its framing, leaving the samples
 * to be walked: what `heaplens top` uses, so a million-sample profile never needs its sample
 * columns in memory. Throws InputError like decodeProfile.
 */
export function openProfile(data: Uint8Array, options: DecodeOptions = {}): SampleScan {
  const gz = isGzip(data);
  const raw = gz ? gunzipBounded(data, options.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES) : data;
  if (raw.length === 0) {
    throw new InputError(gz ? 'the gzip data inflates to nothing: not a pprof profile' : 'empty file: not a pprof profile');
  }
  const wrap = <T>(f: () => T): T => {
    try {
      return f();
    } catch (err) {
      if (err instanceof WireError) {
        throw new InputError(gz ? `malformed pprof protobuf inside the gzip data: ${err.message}` : `not gzip, and not a valid pprof protobuf: ${err.message}`);
      }
      throw err;
    }
  };
  const ix = wrap(() => indexRaw(raw));
  ix.wrap = wrap;
  return {
    header: ix.header,
    sampleCount: ix.sampleCount,
    forEach: (visit) => wrap(() => scanSamples(ix, visit)),
    [INDEX]: ix,
  } as SampleScan;
}

const INDEX = Symbol('index');

// Fields are matched by their whole key (field number * 8 + wire type; VARINT = 0, LEN = 2),
// written as literals so the hot loops compare against constants.

/** Byte spans of the repeated top-level messages, found in one pass before decoding them. */
class Spans {
  a = new Uint32Array(64);
  n = 0;
  push(start: number, end: number): void {
    if (this.n + 2 > this.a.length) {
      const b = new Uint32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = start;
    this.a[this.n++] = end;
  }
  get count(): number {
    return this.n >> 1;
  }
}

/** A profile's header plus what walking its samples needs. */
interface Indexed {
  header: ProfileHeader;
  buf: Uint8Array;
  sampleCount: number;
  locIndex: IdIndex;
  str: StrCheck;
  /** Turns wire errors into the input-level message (set by openProfile). */
  wrap?: <T>(f: () => T) => T;
}

function indexRaw(buf: Uint8Array): Indexed {
  const r = new ProtoReader(buf, 0, buf.length);
  const sampleTypeSpans = new Spans();
  let sampleCount = 0;
  const mappingSpans = new Spans();
  const locationSpans = new Spans();
  const functionSpans = new Spans();
  const stringSpans = new Spans();
  let periodTypeSpan: [number, number] | undefined;
  let dropFrames = 0, keepFrames = 0, timeNanos = 0, durationNanos = 0, period = 0;
  let defaultSampleType = 0, docUrl = 0;
  const commentIdx: number[] = [];

  while (r.pos < buf.length) {
    const key = r.key();
    switch (key) {
      case 10 /* 1:LEN */: { const e = r.lengthEnd(); sampleTypeSpans.push(r.pos, e); r.pos = e; break; }
      case 18 /* 2:LEN */: {
        const e = r.lengthEnd();
        sampleCount++;
        r.pos = e;
        break;
      }
      case 26 /* 3:LEN */: { const e = r.lengthEnd(); mappingSpans.push(r.pos, e); r.pos = e; break; }
      case 34 /* 4:LEN */: { const e = r.lengthEnd(); locationSpans.push(r.pos, e); r.pos = e; break; }
      case 42 /* 5:LEN */: { const e = r.lengthEnd(); functionSpans.push(r.pos, e); r.pos = e; break; }
      case 50 /* 6:LEN */: { const e = r.lengthEnd(); stringSpans.push(r.pos, e); r.pos = e; break; }
      case 56 /* 7:VARINT */: dropFrames = r.int64(); break;
      case 64 /* 8:VARINT */: keepFrames = r.int64(); break;
      case 72 /* 9:VARINT */: timeNanos = r.int64(); break;
      case 80 /* 10:VARINT */: durationNanos = r.int64(); break;
      case 90 /* 11:LEN */: { const e = r.lengthEnd(); periodTypeSpan = [r.pos, e]; r.pos = e; break; }
      case 96 /* 12:VARINT */: period = r.int64(); break;
      case 104 /* 13:VARINT */: commentIdx.push(r.int64()); break;
      case 106 /* 13:LEN */: { const e = r.lengthEnd(); const saved = r.end; r.end = e; while (r.pos < e) commentIdx.push(r.int64()); r.end = saved; break; }
      case 112 /* 14:VARINT */: defaultSampleType = r.int64(); break;
      case 120 /* 15:VARINT */: docUrl = r.int64(); break;
      default: r.skipField(key);
    }
  }

  const strings = decodeStrings(buf, stringSpans);
  if (strings.length === 0) throw new InputError('not a pprof profile: it has no string table');
  if (strings[0] !== '') throw new InputError('malformed profile: string_table[0] must be ""');
  const str = (i: number, what: string): number => {
    if (!(i >= 0 && i < strings.length && Number.isInteger(i))) {
      throw new InputError(`${what} refers to string index ${i}, out of range (the string table has ${strings.length} entries)`);
    }
    return i;
  };

  const sampleTypes: ValueType[] = [];
  for (let i = 0; i < sampleTypeSpans.count; i++) {
    sampleTypes.push(decodeValueType(r, sampleTypeSpans.a[2 * i], sampleTypeSpans.a[2 * i + 1], strings, str, `sample type ${i}`));
  }
  const periodType = periodTypeSpan ? decodeValueType(r, periodTypeSpan[0], periodTypeSpan[1], strings, str, 'period type') : undefined;

  const mappings = decodeMappings(r, mappingSpans, strings, str);
  const mappingIndex = new IdIndex('mapping');
  for (let i = 0; i < mappings.length; i++) mappingIndex.add(mappings[i].id, i);
  mappingIndex.seal();

  const fn = decodeFunctions(r, functionSpans, str);
  const loc = decodeLocations(r, locationSpans, mappingIndex, fn.index);
  const header: ProfileHeader = {
    strings,
    sampleTypes,
    locationCount: loc.count,
    locationId: loc.id,
    locationMapping: loc.mapping,
    locationAddress: loc.address,
    locationIsFolded: loc.isFolded,
    locationLineStart: loc.lineStart,
    lineFunction: loc.lineFunction,
    lineNumber: loc.lineNumber,
    lineColumn: loc.lineColumn,
    functionCount: fn.count,
    functionId: fn.id,
    functionName: fn.name,
    functionSystemName: fn.systemName,
    functionFilename: fn.filename,
    functionStartLine: fn.startLine,
    mappings,
    dropFrames: strings[str(dropFrames, 'drop_frames')],
    keepFrames: strings[str(keepFrames, 'keep_frames')],
    timeNanos,
    durationNanos,
    periodType,
    period,
    comments: commentIdx.map((c) => strings[str(c, 'a comment')]),
    defaultSampleType: strings[str(defaultSampleType, 'default_sample_type')],
    docUrl: strings[str(docUrl, 'doc_url')],
  };
  return { header, buf, sampleCount, locIndex: loc.index, str };
}

/** The full model: the header plus the sample columns (labels decoded on first use). */
function withSampleColumns(scan: SampleScan): Profile {
  const ix = (scan as unknown as { [INDEX]: Indexed })[INDEX];
  const { header, sampleCount } = ix;
  const typeCount = header.sampleTypes.length;
  // every value takes at least a byte, so more values than bytes means a corrupt count (and
  // must not become a multi-gigabyte allocation)
  if (sampleCount * typeCount > ix.buf.length) {
    throw new InputError(`${sampleCount} samples with ${typeCount} sample types cannot fit in ${ix.buf.length} bytes`);
  }
  const sampleLocationStart = new Uint32Array(sampleCount + 1);
  const sampleValues = new Float64Array(sampleCount * typeCount);
  const counts = ix.wrap!(() => countSampleFields(ix.buf));
  const locs = header.locationCount <= 65536 ? new Uint16Array(counts.locationIds) : new Uint32Array(counts.locationIds);
  let n = 0;
  scan.forEach((s, sampleLocs, count, values) => {
    sampleLocationStart[s] = n;
    if (n + count > locs.length) throw new InputError('the samples hold more location ids than counted');
    for (let i = 0; i < count; i++) locs[n + i] = sampleLocs[i];
    n += count;
    for (let t = 0; t < typeCount; t++) sampleValues[s * typeCount + t] = values[t];
  });
  sampleLocationStart[sampleCount] = n;
  // Labels cost 20 bytes a sample and most views never read them: decode them on first use
  // (from the inflated buffer, which the profile then keeps alive).
  let labels: LabelColumns | undefined;
  const lazyLabels = (): LabelColumns => (labels ??= decodeLabels(ix.buf, sampleCount, counts.labels));
  return {
    ...header,
    sampleCount,
    sampleLocationStart,
    sampleLocations: n === locs.length ? locs : locs.slice(0, n),
    sampleValues,
    get sampleLabelStart() { return lazyLabels().sampleLabelStart; },
    get labelKey() { return lazyLabels().labelKey; },
    get labelStr() { return lazyLabels().labelStr; },
    get labelNum() { return lazyLabels().labelNum; },
    get labelNumUnit() { return lazyLabels().labelNumUnit; },
  };
}

const utf8 = new TextDecoder('utf-8');

function decodeStrings(buf: Uint8Array, spans: Spans): string[] {
  const out = new Array<string>(spans.count);
  for (let i = 0; i < spans.count; i++) {
    const s = spans.a[2 * i];
    const e = spans.a[2 * i + 1];
    // short ASCII strings (most symbol names) are cheaper built directly than via TextDecoder
    let ascii = e - s <= 64;
    for (let j = s; ascii && j < e; j++) if (buf[j] >= 0x80) ascii = false;
    if (ascii) {
      let t = '';
      for (let j = s; j < e; j++) t += String.fromCharCode(buf[j]);
      out[i] = t;
    } else {
      out[i] = utf8.decode(buf.subarray(s, e));
    }
  }
  return out;
}

type StrCheck = (i: number, what: string) => number;

function decodeValueType(r: ProtoReader, start: number, end: number, strings: readonly string[], str: StrCheck, what: string): ValueType {
  let type = 0, unit = 0;
  r.pos = start;
  r.end = end;
  while (r.pos < end) {
    const key = r.key();
    if (key === 8 /* 1:VARINT */) type = r.int64();
    else if (key === 16 /* 2:VARINT */) unit = r.int64();
    else r.skipField(key);
  }
  return { type: strings[str(type, what)], unit: strings[str(unit, what)] };
}

function decodeMappings(r: ProtoReader, spans: Spans, strings: readonly string[], str: StrCheck): Mapping[] {
  const out: Mapping[] = [];
  for (let i = 0; i < spans.count; i++) {
    const end = spans.a[2 * i + 1];
    r.pos = spans.a[2 * i];
    r.end = end;
    const m: Mapping = {
      id: 0, memoryStart: 0, memoryLimit: 0, fileOffset: 0, file: '', buildId: '',
      hasFunctions: false, hasFilenames: false, hasLineNumbers: false, hasInlineFrames: false,
    };
    while (r.pos < end) {
      const key = r.key();
      switch (key) {
        case 8 /* 1:VARINT */: m.id = r.uint(); break;
        case 16 /* 2:VARINT */: m.memoryStart = r.uint(); break;
        case 24 /* 3:VARINT */: m.memoryLimit = r.uint(); break;
        case 32 /* 4:VARINT */: m.fileOffset = r.uint(); break;
        case 40 /* 5:VARINT */: m.file = strings[str(r.int64(), `mapping ${i}'s filename`)]; break;
        case 48 /* 6:VARINT */: m.buildId = strings[str(r.int64(), `mapping ${i}'s build_id`)]; break;
        case 56 /* 7:VARINT */: m.hasFunctions = r.uint() !== 0; break;
        case 64 /* 8:VARINT */: m.hasFilenames = r.uint() !== 0; break;
        case 72 /* 9:VARINT */: m.hasLineNumbers = r.uint() !== 0; break;
        case 80 /* 10:VARINT */: m.hasInlineFrames = r.uint() !== 0; break;
        default: r.skipField(key);
      }
    }
    out.push(m);
  }
  return out;
}

function decodeFunctions(r: ProtoReader, spans: Spans, str: StrCheck) {
  const count = spans.count;
  const id = new Float64Array(count);
  const name = new Int32Array(count);
  const systemName = new Int32Array(count);
  const filename = new Int32Array(count);
  const startLine = new Float64Array(count);
  const index = new IdIndex('function');
  for (let i = 0; i < count; i++) {
    const end = spans.a[2 * i + 1];
    r.pos = spans.a[2 * i];
    r.end = end;
    while (r.pos < end) {
      const key = r.key();
      switch (key) {
        case 8 /* 1:VARINT */: id[i] = r.uint(); break;
        case 16 /* 2:VARINT */: name[i] = str(r.int64(), `function ${i}'s name`); break;
        case 24 /* 3:VARINT */: systemName[i] = str(r.int64(), `function ${i}'s system_name`); break;
        case 32 /* 4:VARINT */: filename[i] = str(r.int64(), `function ${i}'s filename`); break;
        case 40 /* 5:VARINT */: startLine[i] = r.int64(); break;
        default: r.skipField(key);
      }
    }
    index.add(id[i], i);
  }
  index.seal();
  return { count, id, name, systemName, filename, startLine, index };
}

function decodeLocations(r: ProtoReader, spans: Spans, mappingIndex: IdIndex, functionIndex: IdIndex) {
  const count = spans.count;
  const id = new Float64Array(count);
  const mapping = new Int32Array(count).fill(-1);
  const address = new Float64Array(count);
  const isFolded = new Uint8Array(count);
  const lineStart = new Uint32Array(count + 1);
  let cap = Math.max(16, count * 2);
  let lineFunction = new Int32Array(cap);
  let lineNumber = new Float64Array(cap);
  let lineColumn = new Float64Array(cap);
  let n = 0;
  const index = new IdIndex('location');
  for (let i = 0; i < count; i++) {
    const end = spans.a[2 * i + 1];
    r.pos = spans.a[2 * i];
    r.end = end;
    lineStart[i] = n;
    while (r.pos < end) {
      const key = r.key();
      switch (key) {
        case 8 /* 1:VARINT */: id[i] = r.uint(); break;
        case 16 /* 2:VARINT */: {
          const m = r.uint();
          if (m !== 0) {
            mapping[i] = mappingIndex.get(m);
            if (mapping[i] < 0) throw new InputError(`location id ${id[i] || '?'} refers to mapping id ${m}, which the profile does not define`);
          }
          break;
        }
        case 24 /* 3:VARINT */: address[i] = r.uint(); break;
        case 34 /* 4:LEN */: {
          const le = r.lengthEnd();
          if (n === cap) {
            cap *= 2;
            lineFunction = growI32(lineFunction, cap);
            lineNumber = growF64(lineNumber, cap);
            lineColumn = growF64(lineColumn, cap);
          }
          let f = -1, line = 0, col = 0;
          r.end = le;
          while (r.pos < le) {
            const lk = r.key();
            if (lk === 8 /* 1:VARINT */) {
              const fid = r.uint();
              if (fid !== 0) {
                f = functionIndex.get(fid);
                if (f < 0) throw new InputError(`location id ${id[i] || '?'} refers to function id ${fid}, which the profile does not define`);
              }
            } else if (lk === 16 /* 2:VARINT */) line = r.int64();
            else if (lk === 24 /* 3:VARINT */) col = r.int64();
            else r.skipField(lk);
          }
          r.end = end;
          lineFunction[n] = f;
          lineNumber[n] = line;
          lineColumn[n] = col;
          n++;
          break;
        }
        case 40 /* 5:VARINT */: isFolded[i] = r.uint() !== 0 ? 1 : 0; break;
        default: r.skipField(key);
      }
    }
    index.add(id[i], i);
  }
  lineStart[count] = n;
  index.seal();
  return {
    count, id, mapping, address, isFolded, lineStart, index,
    lineFunction: lineFunction.slice(0, n), lineNumber: lineNumber.slice(0, n), lineColumn: lineColumn.slice(0, n),
  };
}

/**
 * Walks the samples (a second pass over the top-level fields, so no per-sample spans are kept),
 * decoding each into reused scratch arrays and validating it.
 */
function scanSamples(ix: Indexed, visit: SampleVisitor): void {
  const parser = new SampleParser(ix);
  const r = parser.r;
  for (let s = 0; s < ix.sampleCount; s++) {
    // skip to the next sample; indexRaw validated the top level, so this cannot fail
    let end = -1;
    while (end < 0) {
      const key = r.key();
      if (key === 18 /* 2:LEN */) end = r.lengthEnd();
      else r.skipField(key);
    }
    parser.parse(s, end);
    visit(s, parser.locs, parser.nLocs, parser.values, parser.isBase);
    r.end = ix.buf.length;
  }
}

/**
 * Parses one sample message at a time into scratch arrays. Split into small methods on
 * purpose: V8 optimizes small functions in a few milliseconds, while one big loop spent most
 * of a 200k-sample run in the interpreter waiting for its compile.
 */
class SampleParser {
  readonly r: ProtoReader;
  locs = new Uint32Array(256);
  nLocs = 0;
  readonly values: Float64Array;
  nValues = 0;
  isBase = false;
  private readonly buf: Uint8Array;
  private readonly typeCount: number;
  private readonly stringCount: number;
  private readonly baseKey: number;
  private readonly trueStr: number;
  private readonly dense: Int32Array;
  private readonly locIndex: IdIndex;
  private readonly str: StrCheck;

  constructor(ix: Indexed) {
    this.buf = ix.buf;
    this.r = new ProtoReader(ix.buf, 0, ix.buf.length);
    this.typeCount = ix.header.sampleTypes.length;
    this.values = new Float64Array(this.typeCount);
    const strings = ix.header.strings;
    this.stringCount = strings.length;
    this.baseKey = strings.indexOf('pprof::base');
    this.trueStr = strings.indexOf('true');
    this.locIndex = ix.locIndex;
    this.dense = ix.locIndex.dense ?? new Int32Array(0);
    this.str = ix.str;
  }

  /** Parses sample s, the message ending at `end` (r is at its start). */
  parse(s: number, end: number): void {
    const r = this.r;
    r.end = end;
    this.nLocs = 0;
    this.nValues = 0;
    this.isBase = false;
    this.values.fill(0);
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
    if (this.nValues < this.typeCount) this.values[this.nValues] = v;
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

/**
 * How many location ids (a varint ends at each byte below 0x80) and labels the samples hold,
 * so the sample columns are allocated once at their size. Runs after indexRaw validated the
 * framing.
 */
function countSampleFields(buf: Uint8Array): { locationIds: number; labels: number } {
  let locationIds = 0;
  let labels = 0;
  forEachSample(buf, (r, end) => {
    while (r.pos < end) {
      const fk = r.key();
      if (fk === 10 /* 1:LEN */) {
        const pe = r.lengthEnd();
        for (let i = r.pos; i < pe; i++) if (buf[i] < 0x80) locationIds++;
        r.pos = pe;
      } else {
        if (fk === 8 /* 1:VARINT */) locationIds++;
        else if (fk === 26 /* 3:LEN */) labels++;
        r.skipField(fk);
      }
    }
  });
  return { locationIds, labels };
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

/** The label columns of a profile whose labels decodeSamples has already validated. */
export interface LabelColumns {
  sampleLabelStart: Uint32Array;
  labelKey: Int32Array;
  labelStr: Int32Array;
  labelNum: Float64Array;
  labelNumUnit: Int32Array;
}

function decodeLabels(buf: Uint8Array, sampleCount: number, labelCount: number): LabelColumns {
  const out: LabelColumns = {
    sampleLabelStart: new Uint32Array(sampleCount + 1),
    labelKey: new Int32Array(labelCount),
    labelStr: new Int32Array(labelCount),
    labelNum: new Float64Array(labelCount),
    labelNumUnit: new Int32Array(labelCount),
  };
  let n = 0;
  let s = 0;
  forEachSample(buf, (r, end) => {
    out.sampleLabelStart[s++] = n;
    while (r.pos < end) {
      const fk = r.key();
      if (fk !== 26 /* 3:LEN */) {
        r.skipField(fk);
        continue;
      }
      const le = r.lengthEnd();
      r.end = le;
      while (r.pos < le) {
        const lk = r.key();
        if (lk === 8 /* 1:VARINT */) out.labelKey[n] = r.int64();
        else if (lk === 16 /* 2:VARINT */) out.labelStr[n] = r.int64();
        else if (lk === 24 /* 3:VARINT */) out.labelNum[n] = r.int64();
        else if (lk === 32 /* 4:VARINT */) out.labelNumUnit[n] = r.int64();
        else r.skipField(lk);
      }
      r.end = end;
      n++;
    }
  });
  out.sampleLabelStart[sampleCount] = n;
  return out;
}

function danglingLocation(sample: number, id: number): InputError {
  return new InputError(`sample ${sample} refers to location id ${id}, which the profile does not define`);
}

function growI32(a: Int32Array, cap: number) {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}
function growF64(a: Float64Array, cap: number) {
  const b = new Float64Array(cap);
  b.set(a);
  return b;
}
