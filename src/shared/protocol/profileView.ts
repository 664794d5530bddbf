// The typed messages between the profile editor (host, relaying to the decode worker) and the
// profile webview. Imported by host, worker and webview: no Node, no DOM, no vscode.

/** Rows are per function, or per function and source line, as pprof's granularities. */
export type Granularity = 'functions' | 'lines';

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

/** The header's facts and the settings in force; `generation` tags every later reply. */
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
  generation: number;
}

/** The top table, column-wise so large tables stay compact. Sorted as pprof sorts. */
export interface TopTable {
  generation: number;
  names: string[];
  files: string[];
  /** 0 when the profile has no line for the row (or at functions granularity). */
  lines: number[];
  /** Line to open the row's source at (first line seen, at functions granularity). */
  sourceLines: number[];
  inline: boolean[];
  flat: number[];
  cum: number[];
  /** Stable key per row for sandwich and source lookups. */
  keys: number[];
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
  generation: number;
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
}

/** Direct callers and callees of one function or line (pprof's peek), values once per sample. */
export interface SandwichResult {
  generation: number;
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

/** Messages the webview sends. Requests carry `requestId`; replies echo it. */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'setSettings'; settings: ViewSettings }
  | { type: 'getTop'; requestId: number }
  | { type: 'getChildren'; requestId: number; nodeId: number }
  | { type: 'getFlame'; requestId: number; rootId: number; minWidthFraction: number }
  | { type: 'getSandwich'; requestId: number; key: number }
  /** The next level of the callers or callees tree under `path` (from the function outwards). */
  | { type: 'getSandwichLevel'; requestId: number; path: number[]; direction: 'callers' | 'callees' }
  | { type: 'openSource'; source: SourceRef }
  | { type: 'reopenAsText' }
  /** After a failed or cancelled load: load the file again in this tab. */
  | { type: 'retry' };

/** Messages the host sends. */
export type ToWebview =
  | { type: 'loading'; file: string; bytes: number }
  | { type: 'summary'; summary: ProfileSummary }
  | { type: 'top'; requestId: number; table: TopTable }
  | { type: 'children'; requestId: number; generation: number; nodeId: number; rows: TreeNodeRow[] }
  | { type: 'flame'; requestId: number; layout: FlameLayout }
  | { type: 'sandwich'; requestId: number; result: SandwichResult }
  | { type: 'sandwichLevel'; requestId: number; generation: number; rows: SandwichRow[] }
  | { type: 'notice'; message: string }
  | { type: 'fatal'; file: string; message: string };

/** Requests the host relays to the worker, and the worker's answers. */
export type ToWorker =
  | { type: 'open'; file: string; data?: Uint8Array; path?: string; settings?: ViewSettings }
  | { type: 'query'; message: FromWebview }
  | { type: 'lineValues'; requestId: number };

/** Per (file, line) values of the selected sample type, for annotations and the clear( lens. */
export interface LineValues {
  sampleType: SampleTypeInfo;
  total: number;
  files: string[];
  /** lines[i] / values[i] are parallel arrays for files[i]. */
  lines: number[][];
  values: number[][];
}

/** What the worker sends back. */
export type FromWorker =
  | { type: 'reply'; message: ToWebview }
  | { type: 'lineValues'; requestId: number; values: LineValues }
  | { type: 'opened'; ok: true }
  | { type: 'failed'; message: string };

/** Compile-time check that a switch covered every message type. */
export function assertNever(x: never): never {
  throw new Error('unexpected message: ' + JSON.stringify(x));
}

/** Every FromWebview type, for the exhaustiveness test and for validating incoming messages. */
export const fromWebviewTypes: readonly FromWebview['type'][] = [
  'ready', 'setSettings', 'getTop', 'getChildren', 'getFlame', 'getSandwich', 'getSandwichLevel', 'openSource', 'reopenAsText', 'retry',
];

/** Every ToWebview type. */
export const toWebviewTypes: readonly ToWebview['type'][] = [
  'loading', 'summary', 'top', 'children', 'flame', 'sandwich', 'sandwichLevel', 'notice', 'fatal',
];
