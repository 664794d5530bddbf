// The header tables of a pprof profile (strings, sample types, mappings, functions, locations):
// one pass finds the byte spans of every top-level message, then each table decodes into columns
// with its cross references resolved to dense indices and validated.
import { InputError } from '../shared/errors';
import type { Mapping, ProfileHeader, ValueType } from './model';
import { ProtoReader } from './protoReader';
import { IdIndex } from './idIndex';

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
export interface Indexed {
  header: ProfileHeader;
  buf: Uint8Array;
  sampleCount: number;
  /** Bytes of all sample messages: an upper bound on their location ids. */
  sampleBytes: number;
  locIndex: IdIndex;
  str: StrCheck;
}

/**
 * What a reader that has walked the top level already knows: the byte ranges of the fields that
 * are not samples (start, end pairs, in order), and the samples' count and bytes.
 */
export interface TopLevel {
  fields: Uint32Array;
  fieldCount: number;
  sampleCount: number;
  sampleBytes: number;
}

/**
 * Decodes the header of the raw protobuf `buf`, validating the top-level framing; with `known`,
 * only the fields it lists are read (their framing was validated by whoever listed them).
 */
export function indexRaw(buf: Uint8Array, known?: TopLevel): Indexed {
  const r = new ProtoReader(buf, 0, buf.length);
  const sampleTypeSpans = new Spans();
  let sampleCount = known?.sampleCount ?? 0;
  let sampleBytes = known?.sampleBytes ?? 0;
  const mappingSpans = new Spans();
  const locationSpans = new Spans();
  const functionSpans = new Spans();
  const stringSpans = new Spans();
  let periodTypeSpan: [number, number] | undefined;
  let dropFrames = 0,
    keepFrames = 0,
    timeNanos = 0,
    durationNanos = 0,
    period = 0;
  let defaultSampleType = 0,
    docUrl = 0;
  const commentIdx: number[] = [];
  // A length-delimited table entry: its span is kept, and decoded once the strings are known.
  const take = (spans: Spans): void => {
    const e = r.lengthEnd();
    spans.push(r.pos, e);
    r.pos = e;
  };

  let next = 0;
  while (known ? next < known.fieldCount : r.pos < buf.length) {
    if (known) r.pos = known.fields[2 * next++];
    const key = r.key();
    switch (key) {
      case 10 /* 1:LEN */:
        take(sampleTypeSpans);
        break;
      case 18 /* 2:LEN */: {
        const e = r.lengthEnd();
        sampleCount++;
        sampleBytes += e - r.pos;
        r.pos = e;
        break;
      }
      case 26 /* 3:LEN */:
        take(mappingSpans);
        break;
      case 34 /* 4:LEN */:
        take(locationSpans);
        break;
      case 42 /* 5:LEN */:
        take(functionSpans);
        break;
      case 50 /* 6:LEN */:
        take(stringSpans);
        break;
      case 56 /* 7:VARINT */:
        dropFrames = r.int64();
        break;
      case 64 /* 8:VARINT */:
        keepFrames = r.int64();
        break;
      case 72 /* 9:VARINT */:
        timeNanos = r.int64();
        break;
      case 80 /* 10:VARINT */:
        durationNanos = r.int64();
        break;
      case 90 /* 11:LEN */: {
        const e = r.lengthEnd();
        periodTypeSpan = [r.pos, e];
        r.pos = e;
        break;
      }
      case 96 /* 12:VARINT */:
        period = r.int64();
        break;
      case 104 /* 13:VARINT */:
        commentIdx.push(r.int64());
        break;
      case 106 /* 13:LEN */: {
        const e = r.lengthEnd();
        const saved = r.end;
        r.end = e;
        while (r.pos < e) commentIdx.push(r.int64());
        r.end = saved;
        break;
      }
      case 112 /* 14:VARINT */:
        defaultSampleType = r.int64();
        break;
      case 120 /* 15:VARINT */:
        docUrl = r.int64();
        break;
      default:
        r.skipField(key);
    }
  }

  const stringKeys = new Map<number, string>();
  const strings = decodeStrings(buf, stringSpans, stringKeys);
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
    ...(stringKeys.size > 0 ? { stringKeys } : {}),
  };
  return { header, buf, sampleCount, sampleBytes, locIndex: loc.index, str };
}

const utf8 = new TextDecoder('utf-8');

function decodeStrings(buf: Uint8Array, spans: Spans, keys: Map<number, string>): string[] {
  const out = new Array<string>(spans.count);
  // TextDecoder makes flat strings in one step; building them a character at a time made ropes
  // that cost as much again to flatten when they were first hashed
  for (let i = 0; i < spans.count; i++) {
    const bytes = buf.subarray(spans.a[2 * i], spans.a[2 * i + 1]);
    const s = utf8.decode(bytes);
    out[i] = s;
    // U+FFFD is either in the bytes or stands for invalid ones: only the latter need a key
    if (s.includes('\uFFFD') && !validUtf8(s, bytes)) keys.set(i, bytesKey(bytes));
  }
  return out;
}

const utf8Encoder = new TextEncoder();

/** Whether decoding lost nothing: the string encodes back to the very bytes. */
function validUtf8(s: string, bytes: Uint8Array): boolean {
  const back = utf8Encoder.encode(s);
  if (back.length !== bytes.length) return false;
  for (let i = 0; i < back.length; i++) if (back[i] !== bytes[i]) return false;
  return true;
}

/** One UTF-16 unit per byte: a key that is equal exactly when the bytes are. */
function bytesKey(bytes: Uint8Array): string {
  let k = '';
  for (let i = 0; i < bytes.length; i += 4096) k += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return k;
}

/** Checks a string index (naming `what` in the error) and returns it. */
export type StrCheck = (i: number, what: string) => number;

function decodeValueType(r: ProtoReader, start: number, end: number, strings: readonly string[], str: StrCheck, what: string): ValueType {
  let type = 0,
    unit = 0;
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
      id: 0,
      memoryStart: 0,
      memoryLimit: 0,
      fileOffset: 0,
      file: '',
      buildId: '',
      hasFunctions: false,
      hasFilenames: false,
      hasLineNumbers: false,
      hasInlineFrames: false,
    };
    while (r.pos < end) {
      const key = r.key();
      switch (key) {
        case 8 /* 1:VARINT */:
          m.id = r.uint();
          break;
        case 16 /* 2:VARINT */:
          m.memoryStart = r.uint();
          break;
        case 24 /* 3:VARINT */:
          m.memoryLimit = r.uint();
          break;
        case 32 /* 4:VARINT */:
          m.fileOffset = r.uint();
          break;
        case 40 /* 5:VARINT */:
          m.file = strings[str(r.int64(), `mapping ${i}'s filename`)];
          break;
        case 48 /* 6:VARINT */:
          m.buildId = strings[str(r.int64(), `mapping ${i}'s build_id`)];
          break;
        case 56 /* 7:VARINT */:
          m.hasFunctions = r.uint() !== 0;
          break;
        case 64 /* 8:VARINT */:
          m.hasFilenames = r.uint() !== 0;
          break;
        case 72 /* 9:VARINT */:
          m.hasLineNumbers = r.uint() !== 0;
          break;
        case 80 /* 10:VARINT */:
          m.hasInlineFrames = r.uint() !== 0;
          break;
        default:
          r.skipField(key);
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
        case 8 /* 1:VARINT */:
          id[i] = r.uint();
          break;
        case 16 /* 2:VARINT */:
          name[i] = str(r.int64(), `function ${i}'s name`);
          break;
        case 24 /* 3:VARINT */:
          systemName[i] = str(r.int64(), `function ${i}'s system_name`);
          break;
        case 32 /* 4:VARINT */:
          filename[i] = str(r.int64(), `function ${i}'s filename`);
          break;
        case 40 /* 5:VARINT */:
          startLine[i] = r.int64();
          break;
        default:
          r.skipField(key);
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
        case 8 /* 1:VARINT */:
          id[i] = r.uint();
          break;
        case 16 /* 2:VARINT */: {
          const m = r.uint();
          if (m !== 0) {
            mapping[i] = mappingIndex.get(m);
            if (mapping[i] < 0) throw new InputError(`location id ${id[i] || '?'} refers to mapping id ${m}, which the profile does not define`);
          }
          break;
        }
        case 24 /* 3:VARINT */:
          address[i] = r.uint();
          break;
        case 34 /* 4:LEN */: {
          const le = r.lengthEnd();
          if (n === cap) {
            cap *= 2;
            lineFunction = growI32(lineFunction, cap);
            lineNumber = growF64(lineNumber, cap);
            lineColumn = growF64(lineColumn, cap);
          }
          let f = -1,
            line = 0,
            col = 0;
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
        case 40 /* 5:VARINT */:
          isFolded[i] = r.uint() !== 0 ? 1 : 0;
          break;
        default:
          r.skipField(key);
      }
    }
    index.add(id[i], i);
  }
  lineStart[count] = n;
  index.seal();
  return {
    count,
    id,
    mapping,
    address,
    isFolded,
    lineStart,
    index,
    lineFunction: lineFunction.slice(0, n),
    lineNumber: lineNumber.slice(0, n),
    lineColumn: lineColumn.slice(0, n),
  };
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
