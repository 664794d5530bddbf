// A watch's series: captures of one endpoint over time, what its timeline draws (the total and
// the top functions' lines with gaps, a break at a restart) and the "growing since the first
// capture" table. Pure: the host gives it summaries, the page gets plain arrays.
import type { GrowthRow, TimelineChart, TimelinePoint } from '../shared/protocol/captureTimeline';

/** What the decode worker reads from one capture. */
export interface CaptureSummary {
  sampleType: string;
  unit: string;
  /** Total of the watched sample type. */
  total: number;
  /** Flat value per function (pprof -top at function granularity), the largest ones. */
  functions: Record<string, number>;
  /** Cumulative allocations since the program started: going down means it restarted. */
  allocTotal?: number;
}

/** One point of a series: a capture with its summary, or a gap. */
export interface SeriesPoint {
  time: number;
  /** The capture's path, when there is one. */
  file?: string;
  summary?: CaptureSummary;
  gap?: string;
  restarted?: boolean;
}

/** A series as it is saved (series.json beside its captures). */
export interface Series {
  version: 1;
  id: string;
  url: string;
  intervalSeconds: number;
  folder: string;
  started: number;
  points: SeriesPoint[];
}

/** Functions kept per capture: enough for any top-k line and for the growth table. */
export const FUNCTIONS_KEPT = 200;

/** The `keep` largest entries of a function → value record. */
export function largest(values: Record<string, number>, keep = FUNCTIONS_KEPT): Record<string, number> {
  const entries = Object.entries(values).filter(([, v]) => v !== 0);
  entries.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1));
  return Object.fromEntries(entries.slice(0, keep));
}

/** Adds a capture, marking a restart when the program's cumulative allocations went down. */
export function addCapture(series: Series, time: number, file: string, summary: CaptureSummary): SeriesPoint {
  const prev = lastCapture(series);
  const restarted =
    prev?.summary?.allocTotal !== undefined && summary.allocTotal !== undefined && summary.allocTotal < prev.summary.allocTotal ? true : undefined;
  const point: SeriesPoint = { time, file, summary: { ...summary, functions: largest(summary.functions) }, ...(restarted ? { restarted } : {}) };
  series.points.push(point);
  return point;
}

/** Adds a gap: the endpoint did not answer with a profile this time. */
export function addGap(series: Series, time: number, reason: string): SeriesPoint {
  const point: SeriesPoint = { time, gap: reason };
  series.points.push(point);
  return point;
}

function lastCapture(series: Series): SeriesPoint | undefined {
  for (let i = series.points.length - 1; i >= 0; i--) if (series.points[i].summary) return series.points[i];
  return undefined;
}

/** The points as the page lists them. */
export function timelinePoints(series: Series): TimelinePoint[] {
  return series.points.map((p) => ({
    time: p.time,
    total: p.summary ? p.summary.total : null,
    ...(p.gap ? { gap: p.gap } : {}),
    ...(p.restarted ? { restarted: true } : {}),
    ...(p.file ? { name: p.file.replace(/^.*[\\/]/, '') } : {}),
  }));
}

/** The `k` functions with the largest value at any capture, largest first. */
export function topFunctions(series: Series, k: number): string[] {
  const peak = new Map<string, number>();
  for (const p of series.points) {
    for (const [name, v] of Object.entries(p.summary?.functions ?? {})) peak.set(name, Math.max(peak.get(name) ?? 0, v));
  }
  return [...peak.entries()]
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, k)
    .map(([n]) => n);
}

/** The chart's arrays: the total and the top `k` functions, null at gaps, a null x at each restart. */
export function timelineChart(series: Series, k = 5): TimelineChart {
  const names = topFunctions(series, k);
  const chart: TimelineChart = { xs: [], total: [], lines: names.map((name) => ({ name, values: [] })), pointIndex: [] };
  const push = (x: number, index: number, p: SeriesPoint | undefined) => {
    chart.xs.push(x);
    chart.pointIndex.push(index);
    chart.total.push(p?.summary ? p.summary.total : null);
    chart.lines.forEach((l) => l.values.push(p?.summary ? (p.summary.functions[l.name] ?? 0) : null));
  };
  series.points.forEach((p, i) => {
    const x = p.time / 1000;
    // The line must not join a dead program's last capture to the new one's first.
    if (p.restarted && chart.xs.length > 0) push((chart.xs[chart.xs.length - 1] + x) / 2, -1, undefined);
    push(x, i, p);
  });
  return chart;
}

/**
 * Functions that grew from the first capture (since the last restart) to the last: growth and
 * rate per minute, fastest-growing first, at most `limit` rows.
 */
export function growthSinceFirst(series: Series, limit = 20): { since: number | null; rows: GrowthRow[] } {
  const captures = series.points.filter((p) => p.summary);
  let from = 0;
  captures.forEach((p, i) => {
    if (p.restarted) from = i;
  });
  const first = captures[from];
  const last = captures[captures.length - 1];
  if (!first || !last || first === last) return { since: first ? first.time : null, rows: [] };
  const minutes = (last.time - first.time) / 60_000;
  const names = new Set([...Object.keys(first.summary!.functions), ...Object.keys(last.summary!.functions)]);
  const rows: GrowthRow[] = [];
  for (const name of names) {
    const a = first.summary!.functions[name] ?? 0;
    const b = last.summary!.functions[name] ?? 0;
    if (b > a) rows.push({ name, first: a, last: b, growth: b - a, perMinute: minutes > 0 ? (b - a) / minutes : 0 });
  }
  rows.sort((x, y) => y.growth - x.growth || (x.name < y.name ? -1 : 1));
  return { since: first.time, rows: rows.slice(0, limit) };
}

/** A series read back from disk, or undefined if it is not one of ours. */
export function parseSeries(text: string): Series | undefined {
  try {
    const s = JSON.parse(text) as Series;
    if (s.version !== 1 || typeof s.id !== 'string' || typeof s.url !== 'string' || !Array.isArray(s.points)) return undefined;
    return s;
  } catch {
    return undefined;
  }
}
