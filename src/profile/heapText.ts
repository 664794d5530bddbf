// Go's text heap profile (what /debug/pprof/heap?debug=1 serves, runtime/pprof's writeHeap at
// debug 1), read into the model so that its tables equal the protobuf profile written at the
// same moment: the frames come from the runtime's own symbol lines (`#\t0xPC\tname+0xOFF\tfile:line`,
// one per frame, inlined ones included, which is what the protobuf writer expands each PC into),
// and values are scaled as pprof's legacy heap parser (and the protobuf writer) scale them.
// Also the older forms without symbol lines (addresses only, shown as pprof shows them).
import { InputError } from '../shared/errors';
import type { Profile, ValueType } from './model';

// pprof's heapHeaderRE and heapSampleRE (profile/legacy_profile.go)
const HEADER = /heap profile: *(\d+): *(\d+) *\[ *(\d+): *(\d+) *\] *@ *(heap[_a-z0-9]*)\/?(\d*)/;
const SAMPLE = /(-?\d+): *(-?\d+) *\[ *(\d+): *(\d+) *] @([ x0-9a-f]*)/;
const MEMORY_MAP = ['--- Memory map: ---', 'MAPPED_LIBRARIES:'];

/** Whether the text starts as a heap profile whose header pprof's legacy parser accepts. */
export function isHeapText(first: string): boolean {
  return HEADER.test(first);
}

/** One frame of a symbol line. */
interface Frame {
  pc: number;
  /** The compiled function's entry (PC minus the printed offset); 0 when unknown. */
  entry: number;
  name: string;
  file: string;
  line: number;
}

/**
 * Parses a text heap profile. Throws InputError naming the line for anything pprof's parser
 * would reject (and for a memory map section, whose addresses only pprof can place).
 */
export function parseHeapText(text: string): Profile {
  const lines = text.split('\n');
  const header = HEADER.exec(lines[0]);
  if (!header) throw new InputError('not a heap profile: its first line is not "heap profile: …"');
  const { scaled, period, hasAlloc } = headerFacts(header);
  const sampleTypes: ValueType[] = hasAlloc
    ? [
        { type: 'alloc_objects', unit: 'count' },
        { type: 'alloc_space', unit: 'bytes' },
        { type: 'inuse_objects', unit: 'count' },
        { type: 'inuse_space', unit: 'bytes' },
      ]
    : [
        { type: 'objects', unit: 'count' },
        { type: 'space', unit: 'bytes' },
      ];
  const b = new Builder();
  let memStats: Record<string, string> | undefined;
  let i = 1;
  while (i < lines.length) {
    const line = lines[i].trim();
    if (MEMORY_MAP.some((m) => line.includes(m))) {
      throw new InputError(
        'a heap profile with a memory map (gperftools heapz, legacy text): its addresses need the binary; convert it with `go tool pprof -proto FILE > FILE.pb.gz`',
      );
    }
    if (line === '# runtime.MemStats') {
      memStats = parseMemStats(lines, i + 1);
      break;
    }
    if (line === '' || line.startsWith('#')) {
      i++;
      continue;
    }
    const m = SAMPLE.exec(line);
    if (!m) throw new InputError(`line ${i + 1} is not a heap profile sample: ${JSON.stringify(clip(line))}`);
    const values: number[] = [];
    if (hasAlloc) values.push(...scaledPair(m[3], m[4], 'allocation', scaled, period, i));
    values.push(...scaledPair(m[1], m[2], 'inuse', scaled, period, i));
    // the record's symbol lines follow it (the runtime hides its own leading frames and goexit)
    const frames: Frame[] = [];
    let j = i + 1;
    for (; j < lines.length && lines[j].startsWith('#\t'); j++) frames.push(symbolLine(lines[j], j));
    if (frames.length > 0) b.sampleFromFrames(values, frames);
    else b.sampleFromAddresses(values, hexAddresses(m[5], i));
    i = j;
  }
  return b.profile(sampleTypes, period, memStats);
}

function headerFacts(h: RegExpExecArray): { scaled: boolean; period: number; hasAlloc: boolean } {
  let period = h[6] !== '' ? Number(h[6]) : 0;
  // pprof's parseHeapHeader: alloc columns that differ from inuse ones make a 4-column profile
  const hasAlloc = (h[3] !== h[1] && h[3] !== '0') || (h[4] !== h[2] && h[4] !== '0');
  switch (h[5]) {
    case 'heapz_v2':
    case 'heap_v2':
      return { scaled: true, period, hasAlloc };
    case 'heapprofile':
      return { scaled: false, period: 1, hasAlloc };
    case 'heap':
      // Go writes 2*MemProfileRate there, for old pprof's sake
      period = Math.trunc(period / 2);
      return { scaled: true, period, hasAlloc };
    default:
      throw new InputError(`a heap profile of kind '${h[5]}', which pprof does not read either`);
  }
}

/** A count and size, scaled as pprof's scaleHeapSample (and the runtime's protobuf writer) scale them. */
function scaledPair(countText: string, sizeText: string, what: string, scaled: boolean, rate: number, at: number): [number, number] {
  const count = Number(countText),
    size = Number(sizeText);
  if (count === 0 && size !== 0) throw new InputError(`line ${at + 1}: ${what} count was 0 but ${what} bytes was ${size}`);
  if (count === 0 || !scaled) return [count, size];
  if (size === 0) return [0, 0];
  if (rate <= 1) return [count, size];
  const scale = 1 / (1 - Math.exp(-(size / count) / rate));
  return [Math.trunc(count * scale), Math.trunc(size * scale)];
}

/** `#\t0xPC\tname+0xOFF\tfile:line` (fields apart by tabs, which the runtime's tabwriter pads), or `#\t0xPC`. */
function symbolLine(line: string, at: number): Frame {
  const fields = line.slice(2).split(/\t+/);
  const pc = parseInt(fields[0], 16);
  if (!/^0x[0-9a-f]+$/.test(fields[0])) throw new InputError(`line ${at + 1} is not a symbol line: ${JSON.stringify(clip(line))}`);
  if (fields.length < 3) return { pc, entry: 0, name: '', file: '', line: 0 };
  const fn = fields[1];
  const plus = fn.lastIndexOf('+0x');
  const where = fields.slice(2).join('\t');
  const colon = where.lastIndexOf(':');
  return {
    pc,
    entry: plus >= 0 ? pc - parseInt(fn.slice(plus + 3), 16) : 0,
    name: plus >= 0 ? fn.slice(0, plus) : fn,
    file: colon >= 0 ? where.slice(0, colon) : where,
    line: colon >= 0 ? Number(where.slice(colon + 1)) || 0 : 0,
  };
}

/** The protobuf writer's merge test (pcDeck.tryAdd): same compiled function, another name (not recursion). */
function sameCode(inner: Frame, outer: Frame): boolean {
  return inner.entry !== 0 && inner.entry === outer.entry && inner.name !== outer.name;
}

function hexAddresses(s: string, at: number): number[] {
  const out: number[] = [];
  for (const h of s.match(/0x[0-9a-f]+/g) ?? []) {
    if (h.length > 18) throw new InputError(`line ${at + 1}: address ${h} is wider than 64 bits`);
    // pprof: stack addresses are return addresses; one less lands on the call
    out.push(parseInt(h, 16) - 1);
  }
  return out;
}

/**
 * The `# Name = value` lines of the runtime.MemStats block, under the runtime's field names, each
 * as JSON number text (or an array of them), the digits as written: uint64 fields such as NextGC
 * pass 2^53, which a JavaScript number would round.
 */
function parseMemStats(lines: string[], from: number): Record<string, string> {
  const out: Record<string, string> = {};
  // "Stack = inuse / sys" and its kind print two fields of runtime.MemStats on one line
  const pairs: Record<string, [string, string]> = {
    Stack: ['StackInuse', 'StackSys'],
    MSpan: ['MSpanInuse', 'MSpanSys'],
    MCache: ['MCacheInuse', 'MCacheSys'],
  };
  const num = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;
  for (let i = from; i < lines.length; i++) {
    const m = /^# (\w+) = (.*)$/.exec(lines[i].trim());
    if (!m) continue;
    const [, key, raw] = m;
    const two = /^(\d+) \/ (\d+)$/.exec(raw);
    if (two && pairs[key]) {
      out[pairs[key][0]] = two[1];
      out[pairs[key][1]] = two[2];
    } else if (raw.startsWith('[') && raw.endsWith(']')) {
      const items = raw.slice(1, -1).trim().split(/\s+/).filter(Boolean);
      if (items.every((x) => num.test(x))) out[key] = `[${items.join(',')}]`;
    } else if (raw === 'true' || raw === 'false') {
      out[key] = raw === 'true' ? '1' : '0';
    } else if (num.test(raw)) {
      out[key] = raw;
    }
  }
  return out;
}

function clip(s: string): string {
  return s.length > 80 ? s.slice(0, 80) + '…' : s;
}

/** Interns strings, functions and locations while samples are read, then makes the columns. */
class Builder {
  private readonly strings: string[] = [''];
  private readonly stringIndex = new Map<string, number>([['', 0]]);
  private readonly fnIndex = new Map<string, number>();
  private readonly fnName: number[] = [];
  private readonly fnFile: number[] = [];
  private readonly locIndex = new Map<string, number>();
  private readonly locAddress: number[] = [];
  private readonly locLineStart: number[] = [0];
  private readonly lineFn: number[] = [];
  private readonly lineNo: number[] = [];
  private readonly sampleStart: number[] = [0];
  private readonly sampleLocs: number[] = [];
  private readonly values: number[] = [];

  private str(s: string): number {
    let i = this.stringIndex.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.stringIndex.set(s, i);
    }
    return i;
  }

  private fn(name: string, file: string): number {
    const key = name + '\u0000' + file;
    let f = this.fnIndex.get(key);
    if (f === undefined) {
      f = this.fnName.length;
      this.fnIndex.set(key, f);
      this.fnName.push(this.str(name));
      this.fnFile.push(this.str(file));
    }
    return f;
  }

  /**
   * Frames grouped into locations as the runtime's protobuf writer groups a stack's PCs (its
   * pcDeck): a frame joins the one before when both are code of the same compiled function
   * (same entry, which is PC minus the printed offset) under another name, i.e. it is that
   * function's caller inlined around it. Innermost first, as in the protobuf.
   */
  sampleFromFrames(values: number[], frames: Frame[]): void {
    for (let k = 0; k < frames.length;) {
      let e = k + 1;
      while (e < frames.length && sameCode(frames[e - 1], frames[e])) e++;
      const group = frames.slice(k, e);
      const key = group.map((f) => `${f.pc}\u0000${f.name}\u0000${f.file}\u0000${f.line}`).join('\u0001');
      let loc = this.locIndex.get(key);
      if (loc === undefined) {
        loc = this.locAddress.length;
        this.locIndex.set(key, loc);
        this.locAddress.push(frames[e - 1].pc);
        for (const f of group) {
          // a frame the runtime could not name has no function (pprof shows "<unknown>")
          this.lineFn.push(f.name === '' ? -1 : this.fn(f.name, f.file));
          this.lineNo.push(f.line);
        }
        this.locLineStart.push(this.lineFn.length);
      }
      this.sampleLocs.push(loc);
      k = e;
    }
    this.endSample(values);
  }

  /** Locations with only an address (older profiles without symbol lines). */
  sampleFromAddresses(values: number[], addresses: number[]): void {
    for (const a of addresses) {
      const key = '@' + a;
      let loc = this.locIndex.get(key);
      if (loc === undefined) {
        loc = this.locAddress.length;
        this.locIndex.set(key, loc);
        this.locAddress.push(a);
        this.locLineStart.push(this.lineFn.length);
      }
      this.sampleLocs.push(loc);
    }
    this.endSample(values);
  }

  private endSample(values: number[]): void {
    this.values.push(...values);
    this.sampleStart.push(this.sampleLocs.length);
  }

  profile(sampleTypes: ValueType[], period: number, memStats: Record<string, string> | undefined): Profile {
    const locations = this.locAddress.length;
    const functions = this.fnName.length;
    const samples = this.sampleStart.length - 1;
    return {
      strings: this.strings,
      sampleTypes,
      sampleCount: samples,
      sampleLocationStart: Uint32Array.from(this.sampleStart),
      sampleLocations: Uint32Array.from(this.sampleLocs),
      sampleValues: Float64Array.from(this.values),
      sampleLabelStart: new Uint32Array(samples + 1),
      labelKey: new Int32Array(0),
      labelStr: new Int32Array(0),
      labelNum: new Float64Array(0),
      labelNumUnit: new Int32Array(0),
      sampleIsBase: undefined,
      locationCount: locations,
      locationId: Float64Array.from({ length: locations }, (_, i) => i + 1),
      locationMapping: new Int32Array(locations).fill(-1),
      locationAddress: Float64Array.from(this.locAddress),
      locationIsFolded: new Uint8Array(locations),
      locationLineStart: Uint32Array.from(this.locLineStart),
      lineFunction: Int32Array.from(this.lineFn),
      lineNumber: Float64Array.from(this.lineNo),
      lineColumn: new Float64Array(this.lineNo.length),
      functionCount: functions,
      functionId: Float64Array.from({ length: functions }, (_, i) => i + 1),
      functionName: Int32Array.from(this.fnName),
      functionSystemName: Int32Array.from(this.fnName),
      functionFilename: Int32Array.from(this.fnFile),
      functionStartLine: new Float64Array(functions),
      mappings: [],
      // pprof would set its allocator drop_frames here; the runtime has already hidden those
      // frames from the symbol lines, as from the protobuf, so the two stay equal without it
      dropFrames: '',
      keepFrames: '',
      timeNanos: 0,
      durationNanos: 0,
      periodType: { type: 'space', unit: 'bytes' },
      period,
      comments: [],
      defaultSampleType: '',
      docUrl: '',
      ...(memStats ? { memStats } : {}),
    };
  }
}
