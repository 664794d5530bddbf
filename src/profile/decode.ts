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
 */
export function decodeProfile(data: Uint8Array, options: DecodeOptions = {}): Profile {
  const gz = isGzip(data);
  const raw = gz ? gunzipBounded(data, options.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES) : data;
  if (raw.length === 0) {
    throw new InputError(gz ? 'the gzip data inflates to nothing: not a pprof profile' : 'empty file: not a pprof profile');
  }
  try {
    return decodeRaw(raw);
  } catch (err) {
    if (err instanceof WireError) {
      throw new InputError(gz ? `malformed pprof protobuf inside the gzip data: ${err.message}` : `not gzip, and not a valid pprof protobuf: ${err.message}`);
    }
    throw err;
  }
}

// Field keys (field number << 3 | wire type) of profile.proto, so one switch handles both.
const LEN = 2;
const VARINT = 0;
const k = (field: number, wire: number): number => field * 8 + wire;

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

function decodeRaw(buf: Uint8Array): Profile {
  const r = new ProtoReader(buf, 0, buf.length);
  const sampleTypeSpans = new Spans();
  const sampleSpans = new Spans();
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
      case k(1, LEN): { const e = r.lengthEnd(); sampleTypeSpans.push(r.pos, e); r.pos = e; break; }
      case k(2, LEN): { const e = r.lengthEnd(); sampleSpans.push(r.pos, e); r.pos = e; break; }
      case k(3, LEN): { const e = r.lengthEnd(); mappingSpans.push(r.pos, e); r.pos = e; break; }
      case k(4, LEN): { const e = r.lengthEnd(); locationSpans.push(r.pos, e); r.pos = e; break; }
      case k(5, LEN): { const e = r.lengthEnd(); functionSpans.push(r.pos, e); r.pos = e; break; }
      case k(6, LEN): { const e = r.lengthEnd(); stringSpans.push(r.pos, e); r.pos = e; break; }
      case k(7, VARINT): dropFrames = r.int64(); break;
      case k(8, VARINT): keepFrames = r.int64(); break;
      case k(9, VARINT): timeNanos = r.int64(); break;
      case k(10, VARINT): durationNanos = r.int64(); break;
      case k(11, LEN): { const e = r.lengthEnd(); periodTypeSpan = [r.pos, e]; r.pos = e; break; }
      case k(12, VARINT): period = r.int64(); break;
      case k(13, VARINT): commentIdx.push(r.int64()); break;
      case k(13, LEN): { const e = r.lengthEnd(); const saved = r.end; r.end = e; while (r.pos < e) commentIdx.push(r.int64()); r.end = saved; break; }
      case k(14, VARINT): defaultSampleType = r.int64(); break;
      case k(15, VARINT): docUrl = r.int64(); break;
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
  const samples = decodeSamples(r, sampleSpans, sampleTypes.length, loc.index, str);

  return {
    strings,
    sampleTypes,
    ...samples,
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
    if (key === k(1, VARINT)) type = r.int64();
    else if (key === k(2, VARINT)) unit = r.int64();
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
        case k(1, VARINT): m.id = r.uint(); break;
        case k(2, VARINT): m.memoryStart = r.uint(); break;
        case k(3, VARINT): m.memoryLimit = r.uint(); break;
        case k(4, VARINT): m.fileOffset = r.uint(); break;
        case k(5, VARINT): m.file = strings[str(r.int64(), `mapping ${i}'s filename`)]; break;
        case k(6, VARINT): m.buildId = strings[str(r.int64(), `mapping ${i}'s build_id`)]; break;
        case k(7, VARINT): m.hasFunctions = r.uint() !== 0; break;
        case k(8, VARINT): m.hasFilenames = r.uint() !== 0; break;
        case k(9, VARINT): m.hasLineNumbers = r.uint() !== 0; break;
        case k(10, VARINT): m.hasInlineFrames = r.uint() !== 0; break;
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
        case k(1, VARINT): id[i] = r.uint(); break;
        case k(2, VARINT): name[i] = str(r.int64(), `function ${i}'s name`); break;
        case k(3, VARINT): systemName[i] = str(r.int64(), `function ${i}'s system_name`); break;
        case k(4, VARINT): filename[i] = str(r.int64(), `function ${i}'s filename`); break;
        case k(5, VARINT): startLine[i] = r.int64(); break;
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
        case k(1, VARINT): id[i] = r.uint(); break;
        case k(2, VARINT): {
          const m = r.uint();
          if (m !== 0) {
            mapping[i] = mappingIndex.get(m);
            if (mapping[i] < 0) throw new InputError(`location id ${id[i] || '?'} refers to mapping id ${m}, which the profile does not define`);
          }
          break;
        }
        case k(3, VARINT): address[i] = r.uint(); break;
        case k(4, LEN): {
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
            if (lk === k(1, VARINT)) {
              const fid = r.uint();
              if (fid !== 0) {
                f = functionIndex.get(fid);
                if (f < 0) throw new InputError(`location id ${id[i] || '?'} refers to function id ${fid}, which the profile does not define`);
              }
            } else if (lk === k(2, VARINT)) line = r.int64();
            else if (lk === k(3, VARINT)) col = r.int64();
            else r.skipField(lk);
          }
          r.end = end;
          lineFunction[n] = f;
          lineNumber[n] = line;
          lineColumn[n] = col;
          n++;
          break;
        }
        case k(5, VARINT): isFolded[i] = r.uint() !== 0 ? 1 : 0; break;
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

function decodeSamples(r: ProtoReader, spans: Spans, typeCount: number, locIndex: IdIndex, str: StrCheck) {
  const sampleCount = spans.count;
  const sampleLocationStart = new Uint32Array(sampleCount + 1);
  const sampleLabelStart = new Uint32Array(sampleCount + 1);
  const sampleValues = new Float64Array(sampleCount * typeCount);
  // Location ids take 1–3 bytes each, so a quarter of the sample bytes is a fair first guess.
  const sampleBytes = sampleCount ? spans.a[spans.n - 1] - spans.a[0] : 0;
  let locs = new Uint32Array(Math.max(64, sampleBytes >> 2));
  let nLocs = 0;
  let labelCap = Math.max(16, sampleCount);
  let labelKey = new Int32Array(labelCap);
  let labelStr = new Int32Array(labelCap);
  let labelNum = new Float64Array(labelCap);
  let labelNumUnit = new Int32Array(labelCap);
  let nLabels = 0;
  const dense = locIndex.dense;
  const denseLen = dense ? dense.length : 0;

  for (let s = 0; s < sampleCount; s++) {
    const end = spans.a[2 * s + 1];
    r.pos = spans.a[2 * s];
    r.end = end;
    sampleLocationStart[s] = nLocs;
    sampleLabelStart[s] = nLabels;
    let nValues = 0;
    const vbase = s * typeCount;
    while (r.pos < end) {
      const key = r.key();
      if (key === k(1, LEN)) {
        const pe = r.lengthEnd();
        r.end = pe;
        while (r.pos < pe) {
          const id = r.uint();
          const li = id < denseLen ? dense![id] : dense ? -1 : locIndex.get(id);
          if (li < 0) throw danglingLocation(s, id);
          if (nLocs === locs.length) locs = growU32(locs, locs.length * 2);
          locs[nLocs++] = li;
        }
        r.end = end;
      } else if (key === k(1, VARINT)) {
        const id = r.uint();
        const li = locIndex.get(id);
        if (li < 0) throw danglingLocation(s, id);
        if (nLocs === locs.length) locs = growU32(locs, locs.length * 2);
        locs[nLocs++] = li;
      } else if (key === k(2, LEN)) {
        const pe = r.lengthEnd();
        r.end = pe;
        while (r.pos < pe) {
          const v = r.int64();
          if (nValues < typeCount) sampleValues[vbase + nValues] = v;
          nValues++;
        }
        r.end = end;
      } else if (key === k(2, VARINT)) {
        const v = r.int64();
        if (nValues < typeCount) sampleValues[vbase + nValues] = v;
        nValues++;
      } else if (key === k(3, LEN)) {
        const le = r.lengthEnd();
        if (nLabels === labelCap) {
          labelCap *= 2;
          labelKey = growI32(labelKey, labelCap);
          labelStr = growI32(labelStr, labelCap);
          labelNum = growF64(labelNum, labelCap);
          labelNumUnit = growI32(labelNumUnit, labelCap);
        }
        let lk = 0, ls = 0, ln = 0, lu = 0;
        r.end = le;
        while (r.pos < le) {
          const fk = r.key();
          if (fk === k(1, VARINT)) lk = r.int64();
          else if (fk === k(2, VARINT)) ls = r.int64();
          else if (fk === k(3, VARINT)) ln = r.int64();
          else if (fk === k(4, VARINT)) lu = r.int64();
          else r.skipField(fk);
        }
        r.end = end;
        labelKey[nLabels] = str(lk, `a label of sample ${s}`);
        labelStr[nLabels] = str(ls, `a label of sample ${s}`);
        labelNum[nLabels] = ln;
        labelNumUnit[nLabels] = str(lu, `a label of sample ${s}`);
        nLabels++;
      } else {
        r.skipField(key);
      }
    }
    if (nValues !== typeCount) {
      throw new InputError(`sample ${s} has ${nValues} values but the profile has ${typeCount} sample types`);
    }
  }
  sampleLocationStart[sampleCount] = nLocs;
  sampleLabelStart[sampleCount] = nLabels;
  return {
    sampleCount,
    sampleLocationStart,
    // keep the slack only when small: a copy of 100+ MB costs more than the spare capacity
    sampleLocations: locs.length - nLocs > (nLocs >> 2) ? locs.slice(0, nLocs) : locs.subarray(0, nLocs),
    sampleValues,
    sampleLabelStart,
    labelKey: labelKey.slice(0, nLabels),
    labelStr: labelStr.slice(0, nLabels),
    labelNum: labelNum.slice(0, nLabels),
    labelNumUnit: labelNumUnit.slice(0, nLabels),
  };
}

function danglingLocation(sample: number, id: number): InputError {
  return new InputError(`sample ${sample} refers to location id ${id}, which the profile does not define`);
}

function growU32(a: Uint32Array, cap: number) {
  const b = new Uint32Array(cap);
  b.set(a);
  return b;
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
