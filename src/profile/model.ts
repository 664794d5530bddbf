// The decoded profile: columnar (typed arrays, interned strings) so a million-sample profile
// costs a few flat arrays rather than millions of objects. Immutable after decoding.

/** A sample type or the period type, with its strings resolved. */
export interface ValueType {
  type: string;
  unit: string;
}

/** One memory mapping (few per profile, so plain objects). */
export interface Mapping {
  id: number;
  memoryStart: number;
  memoryLimit: number;
  fileOffset: number;
  file: string;
  buildId: string;
  hasFunctions: boolean;
  hasFilenames: boolean;
  hasLineNumbers: boolean;
  hasInlineFrames: boolean;
}

/**
 * A pprof profile (all of profile.proto). Cross references are resolved to dense indices
 * (location index, function index, mapping index), never to pprof ids; string fields that
 * stay per-row are indices into `strings`.
 *
 * uint64/int64 fields are float64 numbers: exact below 2^53; int64 keeps its sign
 * (diff profiles have negative values).
 */
export interface Profile {
  /** The string table; index 0 is always "". */
  readonly strings: readonly string[];
  /** What each sample value means, in order. */
  readonly sampleTypes: readonly ValueType[];

  /** Number of samples. */
  readonly sampleCount: number;
  /** Sample i's locations are sampleLocations[sampleLocationStart[i] .. sampleLocationStart[i+1]). */
  readonly sampleLocationStart: Uint32Array;
  /**
   * Location indices (into the location columns), leaf first, as in the profile. A Uint16Array
   * when the profile has at most 65,536 locations (the usual case: it halves the largest array).
   */
  readonly sampleLocations: Uint32Array | Uint16Array;
  /**
   * Sample values, row-major: sample i, type t at [i * sampleTypes.length + t]. A Uint32Array
   * when the streamed decoder read only values that fit (most profiles: it halves the column).
   */
  readonly sampleValues: SampleValues;
  /** Sample i's labels are label*[sampleLabelStart[i] .. sampleLabelStart[i+1]). */
  readonly sampleLabelStart: Uint32Array;
  /** Label key (string index). */
  readonly labelKey: Int32Array;
  /** Label string value (string index; 0 for numeric labels). */
  readonly labelStr: Int32Array;
  /** Label numeric value. */
  readonly labelNum: Float64Array;
  /** Label numeric unit (string index; 0 when unset). */
  readonly labelNumUnit: Int32Array;
  /**
   * 1 per sample labelled pprof::base=true (a diff profile's base, which pprof's total counts),
   * kept apart from the labels so totals never decode them; undefined when no sample is.
   */
  readonly sampleIsBase: Uint8Array | undefined;

  /** Number of locations. */
  readonly locationCount: number;
  /** pprof id of each location. */
  readonly locationId: Float64Array;
  /** Mapping index of each location, -1 when none. */
  readonly locationMapping: Int32Array;
  /** Instruction address of each location. */
  readonly locationAddress: Float64Array;
  /** 1 when the location is folded (is_folded). */
  readonly locationIsFolded: Uint8Array;
  /**
   * Location i's lines are line*[locationLineStart[i] .. locationLineStart[i+1]): the first is
   * the innermost (inlined) one, the last the function the code was compiled into.
   */
  readonly locationLineStart: Uint32Array;
  /** Function index of each line, -1 when the line has no function. */
  readonly lineFunction: Int32Array;
  /** Source line number of each line (0 when unknown). */
  readonly lineNumber: Float64Array;
  /** Source column of each line (0 when unknown). */
  readonly lineColumn: Float64Array;

  /** Number of functions. */
  readonly functionCount: number;
  /** pprof id of each function. */
  readonly functionId: Float64Array;
  /** Function name (string index). */
  readonly functionName: Int32Array;
  /** Function system (mangled) name (string index). */
  readonly functionSystemName: Int32Array;
  /** Source file name (string index). */
  readonly functionFilename: Int32Array;
  /** Line the function starts at (0 when unknown). */
  readonly functionStartLine: Float64Array;

  readonly mappings: readonly Mapping[];
  /** Regular expressions (as text) of frames to drop / keep, "" when unset. */
  readonly dropFrames: string;
  readonly keepFrames: string;
  /** Collection time, nanoseconds since the epoch; 0 when unset. */
  readonly timeNanos: number;
  /** Duration of the profile, nanoseconds; 0 when unset. */
  readonly durationNanos: number;
  /** The kind of events between sampled occurrences, if set. */
  readonly periodType: ValueType | undefined;
  readonly period: number;
  readonly comments: readonly string[];
  /** Name of the preferred sample type, "" when unset. */
  readonly defaultSampleType: string;
  readonly docUrl: string;
  /**
   * Strings that are not valid UTF-8: index → a key of their bytes. `strings` shows them with
   * U+FFFD, and frames are keyed by these, so names differing only in invalid bytes stay apart
   * (as in pprof, whose strings are bytes). Absent when every string is valid.
   */
  readonly stringKeys?: ReadonlyMap<number, string>;
  /**
   * A Go text heap profile's `# runtime.MemStats` block: field name → its value as JSON number
   * text (an array for PauseNs/PauseEnd), digits as written (uint64s pass 2^53). Absent otherwise.
   */
  readonly memStats?: Readonly<Record<string, string>>;
}

/** Everything in a profile but its samples. */
export type ProfileHeader = Omit<
  Profile,
  | 'sampleCount'
  | 'sampleLocationStart'
  | 'sampleLocations'
  | 'sampleValues'
  | 'sampleLabelStart'
  | 'labelKey'
  | 'labelStr'
  | 'labelNum'
  | 'labelNumUnit'
  | 'sampleIsBase'
>;

/**
 * A run of consecutive samples in the model's column layout: a decoded profile's whole columns,
 * or a window of a scan (whose arrays the next block reuses).
 */
/** A sample value column: 32-bit when every value fits, else doubles. */
export type SampleValues = Float64Array | Uint32Array;

export interface SampleBlock {
  /** Index in the profile of the block's first sample. */
  readonly first: number;
  /** Number of samples in the block. */
  readonly count: number;
  /** Sample first+i's locations are locations[locationStart[i] .. locationStart[i+1]), leaf first. */
  readonly locationStart: Uint32Array;
  readonly locations: Uint32Array | Uint16Array;
  /** Values, row-major: sample first+i, type t at [i * sampleTypes.length + t]. */
  readonly values: SampleValues;
  /** 1 for samples labelled pprof::base=true (a diff's base); undefined when none can be. */
  readonly isBase: Uint8Array | undefined;
}

/**
 * The samples as every query walks them: a decoded profile's columns (the viewer, which asks
 * again and again), or a scan straight off the bytes (`heaplens top`, which asks once). Blocks,
 * not single samples, so queries are plain loops over typed arrays either way.
 */
export interface SampleSource {
  readonly header: ProfileHeader;
  readonly sampleCount: number;
  /** Visits the samples block by block, in order; a scan throws InputError on a bad sample. */
  forEachBlock(visit: (block: SampleBlock) => void): void;
}

/** How samples' stacks are keyed: pprof's `-functions` or `-lines`. */
export type Granularity = 'functions' | 'lines';

/**
 * Interned frames at one granularity. A location yields one frame per line (inlined lines are
 * frames of their own); frames with the same key share an id (functions: the function name, as
 * pprof `-functions` does; lines: name, file and line). A table with hidden lines (pprof's
 * -hide) leaves their slots out, so a location may have no frames at all.
 *
 * Walk sample s leaf→root as frame ids:
 *   for k in sampleLocationStart[s]..sampleLocationStart[s+1]: loc = sampleLocations[k];
 *     for j in locationFrameStart[loc]..locationFrameStart[loc+1]: frame = locationFrames[j]
 */
export interface FrameTable {
  readonly granularity: Granularity;
  /** Number of distinct frames. */
  readonly count: number;
  /** Location i's frames are locationFrames[locationFrameStart[i] .. locationFrameStart[i+1]). */
  readonly locationFrameStart: Uint32Array;
  /** Frame ids, leaf first. */
  readonly locationFrames: Uint32Array;
  /** 1 when that frame is inlined into the next frame of the same location. */
  readonly locationFrameInline: Uint8Array;
  /** Display name of each frame (pprof's, without " (inline)"). */
  readonly name: readonly string[];
  /** Source file of each frame's function ("" when unknown). */
  readonly file: readonly string[];
  /** Line of each frame (lines granularity; 0 otherwise or when unknown). */
  readonly line: Int32Array;
  /** A line to open the frame's source at: its line, or the first line seen for a function. */
  readonly sourceLine: Int32Array;
  /** 1 when every occurrence of the frame is inlined into its caller. */
  readonly alwaysInline: Uint8Array;
}

/**
 * The top table as `go tool pprof -top` computes it, column-wise (compact for large tables, and
 * the very shape the viewer receives), rows sorted as pprof sorts them.
 */
export interface TopTable {
  /** Frame id of each row in the FrameTable it was made from: stable for sandwich and source lookups. */
  keys: number[];
  /** Function names, without pprof's " (inline)" suffix. */
  names: string[];
  /** The function's source file ("" when unknown). */
  files: string[];
  /** 0 when the profile has no line for the row (or at functions granularity). */
  lines: number[];
  /** Line to open the row's source at (first line seen, at functions granularity). */
  sourceLines: number[];
  /** Every call into the row is an inlined one (pprof prints "(inline)"). */
  inline: boolean[];
  /** Some calls into the row are inlined and some not (pprof prints "(partial-inline)"). */
  partialInline: boolean[];
  /** Value of samples whose leaf frame is the row. */
  flat: number[];
  /** Value of samples with the row anywhere in the stack, once per sample. */
  cum: number[];
  /** pprof's total: the sum of |value| over all samples (over base samples in a diff), before filters. */
  total: number;
  /** Rows before a nodeCount cut (pprof's "Showing top N nodes out of M"). */
  allRows: number;
}
