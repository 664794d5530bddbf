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
  /** Sample values, row-major: sample i, type t at [i * sampleTypes.length + t]. */
  readonly sampleValues: Float64Array;
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
}

/** How samples' stacks are keyed: pprof's `-functions` or `-lines`. */
export type Granularity = 'functions' | 'lines';

/**
 * Interned frames at one granularity. A location yields one frame per line (inlined lines are
 * frames of their own); frames with the same key share an id (functions: the function name, as
 * pprof `-functions` does; lines: name, file and line).
 *
 * Walk sample s leaf→root as frame ids:
 *   for k in sampleLocationStart[s]..sampleLocationStart[s+1]: loc = sampleLocations[k];
 *     for j in locationFrameStart[loc]..locationFrameStart[loc+1]: frame = locationFrames[j]
 * (or use `sampleStack`).
 */
export interface FrameTable {
  readonly granularity: Granularity;
  /** Number of distinct frames. */
  readonly count: number;
  /** Location i's frames are locationFrames[locationFrameStart[i] .. locationFrameStart[i+1]). */
  readonly locationFrameStart: Uint32Array;
  /** Frame ids, leaf first (always at least one per location). */
  readonly locationFrames: Uint32Array;
  /** 1 when that frame is inlined into the next frame of the same location. */
  readonly locationFrameInline: Uint8Array;
  /** Display name of each frame (pprof's, without " (inline)"). */
  readonly name: readonly string[];
  /** Source file of each frame's function ("" when unknown). */
  readonly file: readonly string[];
  /** Line of each frame (lines granularity; 0 otherwise or when unknown). */
  readonly line: Int32Array;
}

/** One row of the top table, as `go tool pprof -top` shows it. */
export interface TopRow {
  /** Frame id in the FrameTable the rows were made from. */
  frame: number;
  /** Function name, without pprof's " (inline)" suffix. */
  name: string;
  /** The function's source file ("" when unknown). */
  file: string;
  /** Source line (lines granularity only; 0 otherwise). */
  line: number;
  /** Every call into this row is an inlined one (pprof prints "(inline)"). */
  inline: boolean;
  /** Some calls into this row are inlined and some not (pprof prints "(partial-inline)"). */
  partialInline: boolean;
  /** Value of samples whose leaf frame is this row. */
  flat: number;
  /** Value of samples with this row anywhere in the stack, once per sample. */
  cum: number;
}

/** The top table with its totals. */
export interface TopTable {
  rows: TopRow[];
  /** pprof's total: the sum of |value| over samples (over base samples in a diff profile). */
  total: number;
  /** Rows before a nodeCount cut (pprof's "Showing top N nodes out of M"). */
  allRows: number;
}
