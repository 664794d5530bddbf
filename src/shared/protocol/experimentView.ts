// The experiments' data (what a run is asked, what it returns) and the rpc sides of the results
// panel (host) and its webview. Imported by the engine, the host and the webview: no Node, no DOM.

/** What one experiment run is asked to do (the CLI's `experiment run` parameters; the engine's input). */
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
  /** [lo, hi] of live_bytes across the hash seeds the engine ran (shared/spec/cli.md). */
  live_range?: [number, number];
  /** [lo, hi] of alloc_bytes across the hash seeds the engine ran. */
  alloc_range?: [number, number];
}

/** One point of the growth timeline: the map after one growth (or split). */
export interface GrowthPoint {
  /** Entries in the map when this growth happened. */
  entries: number;
  live_bytes: number;
  garbage_bytes: number;
  /** What happened, e.g. "hashGrow B=5→6". */
  label?: string;
  /** Set when only some of the seeds the engine ran take this growth: [how many, of how many]. */
  seeds?: [number, number];
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
  /** How many hash seeds the engine ran; the figures are the most typical of them. */
  seeds?: number;
  /** Classic maps: overflow buckets allocated one by one over the whole run (the typical seed's). */
  overflow_buckets?: number;
  /** Growths and overflow buckets some seeds take and the typical run does not, one line each. */
  seed_notes?: string[];
}

/** A scenario the form offers. */
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

/** What the form asks to run: one experiment, and in compare mode the same on a second (Swiss) Go. */
export interface RunRequest {
  params: ExperimentParams;
  compareGo?: string;
}

/** What the form offers and starts with. */
export interface PanelSetup {
  scenarios: ScenarioInfo[];
  goVersions: string[];
  /** Compare Go Versions: a classic and a Swiss-table Go side by side. */
  compare: boolean;
  /** The Go version heaplens.goVersion or the nearest go.mod asks for (else the newest). */
  defaultGo: string;
  /** The form's values: the last run's, else the command's, else the defaults. */
  form: RunRequest;
  realGo: RealGoState;
}

/** Run on My Go's outcome for run `index`. */
export type RealOutcome =
  | { kind: 'running'; index: number }
  | { kind: 'measured'; index: number; goRuntime: string; rows: ComparisonRow[] }
  | { kind: 'failed'; index: number; message: string };

/** A simulation in progress: what it is and how far (0..1). */
export interface Progress {
  what: string;
  fraction: number;
}

/** Why the last simulation ended without results. */
export interface Failure {
  message: string;
  cancelled: boolean;
}

/** Everything the view shows, for a view that (re)loads. */
export interface PanelSnapshot {
  setup: PanelSetup;
  runs: RunView[];
  real: RealOutcome[];
  progress?: Progress;
  failure?: Failure;
}

type None = Record<string, never>;

/** The host's side: what the results webview asks of it. Every request answers at once; outcomes arrive as events. */
export interface PanelHost {
  requests: {
    /** The webview (re)loaded: everything it shows. */
    ready(p: None): PanelSnapshot;
    /** Starts simulating (a run in progress is cancelled). */
    run(p: RunRequest): void;
    /** Stops the simulation in progress. */
    cancel(p: None): void;
    /** Opens run `index`'s heap profile in the profile viewer. */
    openProfile(p: { index: number }): void;
    /** Measures run `index` on the user's Go toolchain. */
    runOnMyGo(p: { index: number }): void;
  };
  events: None;
}

/** The webview's side: what the host tells it. */
export interface PanelView {
  requests: None;
  events: {
    progress: Progress;
    /** The simulation finished: the runs to show. */
    results: { runs: RunView[] };
    failed: Failure;
    real: RealOutcome;
    /** Run on My Go became possible or impossible (trust granted, heaplens.goPath changed). */
    realGo: RealGoState;
  };
}
