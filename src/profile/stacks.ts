// The viewer's view of a decoded profile: locations with their (possibly inlined) lines, and
// samples as location stacks. Built once from the profile core's model; everything the viewer
// shows (tree, filters, sandwich, flame layout) is derived from it.

/** Interned, column-wise stacks of a profile. Location and frame indices are 0-based. */
export interface StackSource {
  sampleTypes: { type: string; unit: string }[];
  /** Index pprof (and `heaplens top`) select when no sample type is asked for. */
  defaultSampleIndex: number;
  /** "heap", "cpu", … for the header. */
  kind: string;
  strings: string[];
  /** Per frame (one line of one location): string index of the function name, file; line number. */
  frameName: Int32Array;
  frameFile: Int32Array;
  frameLine: Int32Array;
  /** 1 when the frame is inlined into the next frame of the same location. */
  frameInline: Uint8Array;
  /** Frames of location L are [locFrameStart[L], locFrameStart[L+1]), innermost first as in pprof. */
  locFrameStart: Int32Array;
  /** String index of the location's mapping file, -1 without one (pprof's regexes also match it). */
  locMappingFile: Int32Array;
  /** Locations of sample S are sampleLocs[sampleLocStart[S] .. sampleLocStart[S+1]), leaf first. */
  sampleLocStart: Int32Array;
  sampleLocs: Int32Array;
  /** values[t][s]: value of sample type t for sample s. */
  values: Float64Array[];
  /** pprof's total per sample type (sum of |value|, base samples in a diff); computed when absent. */
  percentBase?: number[];
}

/** Number of samples in a source. */
export function sampleCount(src: StackSource): number {
  return src.sampleLocStart.length - 1;
}

/** Number of locations in a source. */
export function locationCount(src: StackSource): number {
  return src.locFrameStart.length - 1;
}

/** Growable Int32Array builder; avoids per-sample arrays. */
export class IntBuilder {
  private buf: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.buf = new Int32Array(Math.max(16, capacity));
  }
  /** Appends one value. */
  push(v: number): void {
    if (this.length === this.buf.length) {
      const next = new Int32Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = v;
  }
  /** The filled part, copied to a right-sized array. */
  finish(): Int32Array {
    return this.buf.slice(0, this.length);
  }
}

/** Builds a StackSource from plain objects; used by adapters and tests. */
export function buildStackSource(input: {
  sampleTypes: { type: string; unit: string }[];
  defaultSampleIndex: number;
  kind: string;
  locations: { lines: { name: string; file: string; line: number }[]; mappingFile?: string }[];
  samples: { locs: number[]; values: number[] }[];
}): StackSource {
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const intern = (s: string): number => {
    let id = ids.get(s);
    if (id === undefined) {
      id = strings.length;
      strings.push(s);
      ids.set(s, id);
    }
    return id;
  };
  const name = new IntBuilder(), file = new IntBuilder(), line = new IntBuilder(), inl = new IntBuilder();
  const locFrameStart = new Int32Array(input.locations.length + 1);
  const locMappingFile = new Int32Array(input.locations.length);
  input.locations.forEach((loc, i) => {
    locFrameStart[i] = name.length;
    locMappingFile[i] = loc.mappingFile ? intern(loc.mappingFile) : -1;
    loc.lines.forEach((ln, j) => {
      name.push(intern(ln.name));
      file.push(intern(ln.file));
      line.push(ln.line);
      inl.push(j < loc.lines.length - 1 ? 1 : 0);
    });
  });
  locFrameStart[input.locations.length] = name.length;
  const sampleLocStart = new Int32Array(input.samples.length + 1);
  const locs = new IntBuilder();
  const values = input.sampleTypes.map(() => new Float64Array(input.samples.length));
  input.samples.forEach((s, i) => {
    sampleLocStart[i] = locs.length;
    for (const l of s.locs) locs.push(l);
    s.values.forEach((v, t) => (values[t][i] = v));
  });
  sampleLocStart[input.samples.length] = locs.length;
  return {
    sampleTypes: input.sampleTypes,
    defaultSampleIndex: input.defaultSampleIndex,
    kind: input.kind,
    strings,
    frameName: name.finish(),
    frameFile: file.finish(),
    frameLine: line.finish(),
    frameInline: Uint8Array.from(inl.finish()),
    locFrameStart,
    locMappingFile,
    sampleLocStart,
    sampleLocs: locs.finish(),
    values,
  };
}
