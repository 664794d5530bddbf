// The typed messages between a watch's timeline panel (host) and its webview. The host computes
// everything shown (src/capture/series.ts); the page draws it. No Node, no DOM, no vscode.

/** One capture of the series, or a gap where there is none. */
export interface TimelinePoint {
  /** When it was taken (ms since the epoch). */
  time: number;
  /** The total of the watched sample type; null for a gap. */
  total: number | null;
  /** Why there is no capture here (the program was down, timed out, …): a gap, not a failure. */
  gap?: string;
  /** The program restarted between the previous capture and this one. */
  restarted?: boolean;
  /** The capture's file name (shown), when there is one. */
  name?: string;
}

/** One function's values at each chart x (null: a gap). */
export interface TimelineLine {
  name: string;
  values: (number | null)[];
}

/** The chart's data: x in seconds since the epoch, gaps as nulls (an extra null x at a restart). */
export interface TimelineChart {
  xs: number[];
  total: (number | null)[];
  lines: TimelineLine[];
  /** The series point each x shows (-1 for the break drawn at a restart). */
  pointIndex: number[];
}

/** A function whose value grew between the first capture (since the last restart) and the last. */
export interface GrowthRow {
  name: string;
  first: number;
  last: number;
  growth: number;
  /** Growth per minute between those two captures. */
  perMinute: number;
}

/** Everything the panel shows. */
export interface TimelineSnapshot {
  /** The series' id (the page keeps it so a reloaded window restores the same series). */
  id: string;
  url: string;
  sampleType: string;
  unit: string;
  intervalSeconds: number;
  watching: boolean;
  /** One line: what the watch is doing now. */
  status: string;
  points: TimelinePoint[];
  chart: TimelineChart;
  growth: { since: number | null; rows: GrowthRow[] };
  /** True when a diff view exists (the heaplens.compareWith command); else both captures open side by side. */
  canDiff: boolean;
}

/** The host's side: the page asks for the snapshot and sends the user's actions. */
export interface TimelineHost {
  requests: {
    ready(p: Record<string, never>): TimelineSnapshot;
  };
  events: {
    stop: null;
    resume: null;
    /** Two picked captures, by point index: `base` is the earlier. */
    compare: { base: number; other: number };
    open: { index: number };
  };
}

/** The page's side: a new snapshot after every capture, gap or state change. */
export interface TimelinePage {
  requests: Record<never, never>;
  events: {
    snapshot: TimelineSnapshot;
  };
}
