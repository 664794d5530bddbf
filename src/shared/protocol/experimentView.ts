// The typed messages between the experiment results panel (host) and its webview,
// and the shapes of the experiment results they carry. Imported by both sides: no Node, no DOM.

/** What one experiment run is asked to do (the CLI's `experiment run` parameters). */
export interface ExperimentParams {
  scenario: string;
  /** `map[K]V` text. */
  type: string;
  n: number;
  /** Size hint given to make; -1: none. */
  hint: number;
  /** "1.19" … "1.26". */
  go: string;
}

/** One measured step, as in shared/spec/cli.md; garbage_bytes when the engine reports it. */
export interface ExperimentStep {
  step: string;
  live_bytes: number;
  alloc_bytes: number;
  alloc_objects: number;
  garbage_bytes?: number;
}

/** One point of the growth timeline: the map after one growth (or split). */
export interface GrowthPoint {
  /** Entries in the map when this growth happened. */
  entries: number;
  live_bytes: number;
  garbage_bytes: number;
  /** What happened, e.g. "hashGrow B=5→6". */
  label?: string;
}

/** An experiment result as the engine returns it (the CLI JSON shape plus extras). */
export interface ExperimentResult {
  scenario: string;
  go: string;
  impl: string;
  type: string;
  n: number;
  hint: number;
  steps: ExperimentStep[];
  /** Every growth during the run, when the engine records them. */
  timeline?: GrowthPoint[];
  /** Short explanation for this Go version, one paragraph per entry. */
  explanation?: string[];
}

/** A scenario the quick pick and the view offer. */
export interface ScenarioInfo {
  id: string;
  title: string;
  description: string;
}

/** Real-runtime vs simulated figures for one step, with differences in percent of the real. */
export interface ComparisonRow {
  step: string;
  real_live: number;
  sim_live: number;
  live_diff_pct: number | null;
  real_alloc: number;
  sim_alloc: number;
  alloc_diff_pct: number | null;
  /** Within max(2%, 8 KiB) for live and max(3%, 8 KiB) for allocated bytes. */
  agrees: boolean;
}

/** One run shown in the view (two side by side for Compare Go Versions). */
export interface RunView {
  params: ExperimentParams;
  result: ExperimentResult;
}

/** Whether "Run on My Go" can be used, and why not. */
export interface RealGoState {
  enabled: boolean;
  /** Shown beside the disabled button, or the toolchain in use when enabled. */
  note: string;
  /** Scenarios the measurement program can run; for others the button is off. */
  scenarios: string[];
}

export type ToWebview =
  | { type: 'init'; scenarios: ScenarioInfo[]; goVersions: string[]; realGo: RealGoState; compare: boolean }
  | { type: 'results'; runs: RunView[] }
  | { type: 'busy'; busy: boolean; what?: string }
  | { type: 'error'; message: string }
  | { type: 'realResult'; index: number; goRuntime: string; rows: ComparisonRow[] }
  | { type: 'realError'; index: number; message: string };

/** rerun: compareGo is the second runtime's version in a Go-version comparison. */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'rerun'; params: ExperimentParams; compareGo?: string }
  | { type: 'openProfile'; index: number }
  | { type: 'runOnMyGo'; index: number };
