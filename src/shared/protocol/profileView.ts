// The typed messages between the profile editor (host, relaying to the decode worker) and the
// profile webview. Imported by host, worker and webview: no Node, no DOM, no vscode.

import type { Granularity, TopTable } from '../../profile/model';
import type { MapLinesAnswer, MapSite } from '../../maps/model';

/** Rows per function or per line (pprof's granularities), and the top table: defined by the profile core. */
export type { Granularity, TopTable };

/** pprof's focus/ignore/hide regular expressions; empty strings are "off". */
export interface Filters {
  focus: string;
  ignore: string;
  hide: string;
}

/** What the webview is looking at; the worker computes everything from this. */
export interface ViewSettings {
  sampleIndex: number;
  granularity: Granularity;
  filters: Filters;
}

/** A sample type as the profile names it. */
export interface SampleTypeInfo {
  type: string;
  unit: string;
}

/** The header's facts and the settings in force. */
export interface ProfileSummary {
  file: string;
  kind: string;
  sampleTypes: SampleTypeInfo[];
  settings: ViewSettings;
  /** Total of the selected sample type over the samples the filters keep. */
  total: number;
  /** Total before filters (pprof's percentages are of this one). */
  unfilteredTotal: number;
  sampleCount: number;
  keptSamples: number;
  hasLines: boolean;
  /** Set when a filter regex is invalid: the filters were not applied. */
  filterError?: string;
  /**
   * Set while the profile is compared with a base (pprof's -diff_base): every value is the
   * profile's minus the base's, and `unfilteredTotal` is the base's total (pprof's percent base).
   */
  base?: BaseSummary;
  /** A Go text heap profile's `# runtime.MemStats` block: field → JSON number text, as written. */
  memStats?: Record<string, string>;
}

/** The two sides of a comparison, for the header: both files and both totals of the sample type. */
export interface BaseSummary {
  file: string;
  /** The base's total of the selected sample type (sum of |value|, as pprof's). */
  baseTotal: number;
  /** The compared profile's own total of the selected sample type. */
  ownTotal: number;
}

/** A profile to compare with: read by the worker from `path`, or given as `data`. */
export interface BaseSource {
  file: string;
  path?: string;
  data?: Uint8Array;
}

/** One call-tree node as the flame table shows it. */
export interface TreeNodeRow {
  id: number;
  key: number;
  name: string;
  file: string;
  /** Source line to open (the row's line, or the first seen for a function). */
  line: number;
  self: number;
  total: number;
  hasChildren: boolean;
}

/** Icicle rectangles in value units: x/width in [0, root total], depth 0 = the zoom root. */
export interface FlameLayout {
  rootId: number;
  /** Node ids from the tree root to the zoom root (breadcrumbs). */
  path: TreeNodeRow[];
  x: Float64Array;
  width: Float64Array;
  depth: Uint16Array;
  /** Index into `names` for each rectangle. */
  nameIndex: Uint32Array;
  self: Float64Array;
  nodeId: Uint32Array;
  names: string[];
  /** Source file and line to open per entry of `names`. */
  files: string[];
  lines: number[];
  total: number;
  /** Rectangles left out for being narrower than the requested minimum. */
  culled: number;
  /**
   * In a comparison, each rectangle's net value (growth > 0, shrink < 0); its width is the sum
   * of |value| through it, as pprof's diff flame graph draws it. Absent otherwise.
   */
  delta?: Float64Array;
}

/** Direct callers and callees of one function or line (pprof's peek), values once per sample. */
export interface SandwichResult {
  key: number;
  name: string;
  flat: number;
  cum: number;
  callers: SandwichRow[];
  callees: SandwichRow[];
}

/** A caller or callee with the value of the samples through that edge. */
export interface SandwichRow {
  key: number;
  name: string;
  value: number;
}

/** Where a frame's code is, as the profile says it. */
export interface SourceRef {
  file: string;
  line: number;
  name: string;
}

/** Per (file, line) values of the selected sample type, for annotations and the clear( lens. */
export interface LineValues {
  sampleType: SampleTypeInfo;
  /** The base's file name while the profile is compared with one: values are then deltas. */
  base?: string;
  total: number;
  files: string[];
  /** lines[i] / values[i] are parallel arrays for files[i]. */
  lines: number[][];
  values: number[][];
}

/**
 * The text of one frame set's frames (a granularity of the shown profile), by frame key, packed
 * (src/shared/frameRows.ts reads it). The webview keeps it: after a sample-type switch or a
 * filter a table carries numbers only (the text was most of a 40,000-row table's 5 MB, and VS
 * Code sends text as JSON, typed arrays as bytes).
 */
export interface FrameText {
  id: number;
  /** Frame k's name is stems[stemOf[k]] + tails[k]: a package path repeats over its functions. */
  stems: string[];
  stemOf: IndexColumn;
  tails: string[];
  /** Frame k's file is files[fileOf[k]]. */
  files: string[];
  fileOf: IndexColumn;
  /** 0 when the frame has no line (always at functions granularity). */
  lines: NumberColumn;
  /** Line to open the frame's source at (the first seen, at functions granularity). */
  sourceLines: NumberColumn;
}

/** Rows that name their frames by key in frame set `frames`, whose text comes along unless the asker said it holds it. */
export interface FrameRefs {
  frames: number;
  text?: FrameText;
}

/** What the asker holds: the ids of the frame sets whose text it keeps. */
export interface KnownFrames {
  frames?: number[];
}

/** Numbers, exactly, in 32 bits each but for those that do not fit (src/shared/numberColumn.ts). */
export interface NumberColumn {
  small: Int32Array | Uint16Array;
  /** Rows whose value is `big[j]` instead (absent when every value fits). */
  bigAt?: Uint32Array;
  big?: Float64Array;
}

/** Non-negative integers, in 16 bits when they all fit. */
export type IndexColumn = Uint16Array | Uint32Array;

/** A TopTable as it travels to the webview: the rows' numbers, their text by frame key. */
export interface TopRows extends FrameRefs {
  keys: IndexColumn;
  flat: NumberColumn;
  cum: NumberColumn;
  /** ROW_INLINE and ROW_PARTIAL_INLINE (src/shared/frameRows.ts) per row. */
  marks: Uint8Array;
  total: number;
  allRows: number;
  /** Set when these are the table's first rows only: the rest come from topRest({ table, from: keys.length }). */
  rest?: { table: number; rows: number };
}

/** Only a table's first rows in a reply (the rest asked for apart): a screen shows some 40 of a table's 40,000. */
export interface FirstRows {
  firstRows?: number;
}

/** Call-tree nodes (TreeNodeRow) as they travel to the webview. */
export interface TreeRows extends FrameRefs {
  ids: IndexColumn;
  /** The frame key + 1 (0: the root). */
  keys: IndexColumn;
  self: NumberColumn;
  total: NumberColumn;
  /** NODE_HAS_CHILDREN and NODE_INLINE (every call into the frame is inlined; src/shared/frameRows.ts) per node. */
  flags: Uint8Array;
}

/** The header's facts and the top table, in one round trip: the first paint, and each change of settings. */
export interface ViewReply {
  summary: ProfileSummary;
  table: TopRows;
}

/** Where the load of the profile stands (src/shared/viewerLoad.ts); the webview shows it. */
export type LoadStatus = { phase: 'loading'; file: string } | { phase: 'ready'; file: string } | { phase: 'failed'; file: string; message: string };

/** Which way a sandwich tree grows from its function. */
export type SandwichDirection = 'callers' | 'callees';

/**
 * The queries about the open profile: the webview asks, the host relays them to the decode
 * worker, which answers. A reply belongs to its request; one made stale by new settings is
 * cancelled by its asker, so no reply carries a counter to compare.
 */
export type ViewQueries = {
  /** The first paint, after applying `settings` when given (a restored tab's). */
  view(p: { settings?: ViewSettings } & KnownFrames & FirstRows): ViewReply;
  /** Applies new settings; rejects with an InputError for an unknown sample type. */
  setSettings(p: { settings: ViewSettings } & KnownFrames & FirstRows): ViewReply;
  /** The rows of table `table` (TopRows.rest) from row `from` on; null once another table is shown. */
  topRest(p: { table: number; from: number } & KnownFrames): TopRows | null;
  /** A call-tree node's children, heaviest first (none for an unknown node). */
  children(p: { nodeId: number } & KnownFrames): TreeRows;
  flame(p: { rootId: number; minWidthFraction: number }): FlameLayout;
  /** Direct callers and callees of a row key; null for an unknown key. */
  sandwich(p: { key: number }): SandwichResult | null;
  /** The next level of the callers or callees tree under `path` (from the function outwards). */
  sandwichLevel(p: { path: number[]; direction: SandwichDirection }): SandwichRow[];
};

/** The Go map sites of the shown sample type (`heaplens maps`), for the Maps view and the badges. */
export interface MapSitesView {
  /** The sample type the figures are of (inuse_space, alloc_space, ...). */
  sampleType: string;
  sites: MapSite[];
  /** Why there are no sites to show (a comparison, a sample type that is not a heap one). */
  note?: string;
}

/** The lines of each profile file that may hold a map statement (what the host asks the parser about). */
export interface MapCandidates {
  /** The sample type the lines are of (mapSites is asked for the same one). */
  sampleIndex: number;
  sampleType: string;
  files: { file: string; lines: number[] }[];
  /** Set when the profile shown has no map sites to look for; `files` is then empty. */
  note?: string;
}

/** What the webview asks beyond the relayed queries: the host joins worker and source (issue 19). */
export type MapQueries = {
  /** The map sites of the shown sample type, the source found as jump-to-source finds it. */
  mapSites(p: Record<string, never>): MapSitesView;
};

/** Everything the profile webview asks its host. */
export type PageQueries = ViewQueries & MapQueries;

/** The decode worker's side (dist/decodeWorker.js): open one profile, then answer queries about it. */
export interface DecodeWorker {
  requests: ViewQueries & {
    /** Decodes the profile: read by the worker from `path`, or given as `data` (transferred). */
    open(p: { file: string; path?: string; data?: Uint8Array; settings?: ViewSettings }): void;
    /** Per-line values of the selected sample type, for annotations and the clear( lens. */
    lineValues(p: Record<string, never>): LineValues;
    /**
     * Compares the profile with a base (null: stops comparing) and keeps the settings; rejects
     * with an InputError for a base that is no profile or has not the shown sample type.
     */
    compare(p: { base: BaseSource | null }): ProfileSummary;
    /** Step 1 of the map sites: the leaf lines of the shown sample type, per profile file. */
    mapCandidates(p: Record<string, never>): MapCandidates;
    /** Step 2: the map sites of that sample type, from the parser's answers about its lines (`go`: the build, when set). */
    mapSites(p: { sampleIndex: number; answers: MapLinesAnswer[]; go?: string }): MapSitesView;
  };
  events: Record<never, never>;
}

/** The extension host's side of the decode channel: it only asks. */
export interface DecodeHost {
  requests: Record<never, never>;
  events: Record<never, never>;
}

/** The extension host's side of the profile webview's channel: the relayed queries and the editor's actions. */
export interface ViewerHost {
  requests: PageQueries;
  events: {
    /** The page's script runs: send it the load status. */
    ready: null;
    openSource: SourceRef;
    reopenAsText: null;
    /** After a failed or cancelled load: load the file again in this tab. */
    retry: null;
  };
}

/** The profile webview's side: the load status it shows, and what is selected in it. */
export interface ViewerPage {
  requests: {
    /** The source of the selected row or frame of the view in front, for "Open Source". */
    selectedSource(p: Record<string, never>): SourceRef | null;
  };
  events: {
    status: LoadStatus;
    /** The profile is now compared with another base (or with none): draw every view again. */
    compared: null;
  };
}
