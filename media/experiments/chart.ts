// Live and garbage bytes as uPlot line charts, coloured from the VS Code theme, with a tooltip.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { el } from './dom';
import { exactBytes, formatBytes, formatCount } from './format';

export interface ChartSpec {
  title: string;
  /** Label of the x axis. */
  xLabel: string;
  /** x positions (step index, or entries for the growth timeline). */
  xs: number[];
  /** Names for x positions shown in the axis and tooltip (steps); absent: numbers. */
  xNames?: string[];
  live: number[];
  /** Absent when the engine does not report garbage. */
  garbage?: number[];
  testid: string;
  /** What happened at each point (growth labels), shown in the tooltip. */
  labels?: (string | undefined)[];
  /** Top of the y scale, shared by side-by-side charts so their heights compare. */
  yMax?: number;
  /** Where live bytes land across the hash seeds the engine ran, drawn as a band around the line. */
  liveRange?: { lo: number[]; hi: number[]; seeds: number };
  /** Points only some seeds reach (null elsewhere), marked apart from the line, with why. */
  marks?: { values: (number | null)[]; label: string };
}

// Tick steps of 1, 2, 4 … 512 of each binary unit, so byte axes read 8 MiB, 16 MiB, 24 MiB.
const BINARY_INCRS = Array.from({ length: 6 * 10 }, (_, i) => 1024 ** Math.floor(i / 10) * 2 ** (i % 10));

function themeColor(name: string, fallback: string): string {
  return getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
}

/** A theme colour (#rrggbb, #rgb or rgb()) at the given opacity, for fills under lines. */
function withAlpha(color: string, alpha: number): string {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})([0-9a-f]{2})?$/i.exec(color);
  if (hex) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
    return `rgba(${r}, ${g}, ${b}, ${alpha})`;
  }
  const rgb = /^rgba?\(([^,]+),([^,]+),([^,)]+)/.exec(color);
  return rgb ? `rgba(${rgb[1]},${rgb[2]},${rgb[3]}, ${alpha})` : color;
}

function xText(spec: ChartSpec, x: number): string {
  return spec.xNames ? (spec.xNames[Math.round(x)] ?? '') : formatCount(x);
}

/** A tooltip that follows the cursor and names the point under it. */
function tooltipPlugin(spec: ChartSpec): uPlot.Plugin {
  const tip = el('div', { class: 'chart-tip', role: 'tooltip' });
  return {
    hooks: {
      init: (u) => {
        u.over.append(tip);
        tip.hidden = true;
      },
      setCursor: (u) => {
        const i = u.cursor.idx;
        if (i === null || i === undefined || u.cursor.left === undefined || u.cursor.left < 0) {
          tip.hidden = true;
          return;
        }
        tip.replaceChildren(el('strong', {}, `${spec.xLabel}: ${xText(spec, spec.xs[i])}`));
        const label = spec.labels?.[i];
        if (label) tip.append(el('div', {}, label));
        tip.append(el('div', {}, `live: ${formatBytes(spec.live[i])} (${exactBytes(spec.live[i])})`));
        const r = spec.liveRange;
        if (r && r.hi[i] > r.lo[i]) tip.append(el('div', {}, `across ${r.seeds} hash seeds: ${formatBytes(r.lo[i])} – ${formatBytes(r.hi[i])}`));
        if (spec.garbage) tip.append(el('div', {}, `garbage: ${formatBytes(spec.garbage[i])} (${exactBytes(spec.garbage[i])})`));
        tip.hidden = false;
        const left = Math.min(u.cursor.left + 12, u.over.clientWidth - tip.offsetWidth - 4);
        tip.style.left = `${Math.max(0, left)}px`;
        tip.style.top = `${Math.max(0, (u.cursor.top ?? 0) - tip.offsetHeight - 8)}px`;
      },
    },
  };
}

/** Draws the chart into `host` and keeps its width in step with the host's; call the result to remove it. */
export function drawChart(host: HTMLElement, spec: ChartSpec): () => void {
  const fg = themeColor('--vscode-foreground', '#ccc');
  const grid = themeColor('--vscode-editorWidget-border', themeColor('--vscode-panel-border', 'rgba(128,128,128,0.3)'));
  const liveColor = themeColor('--vscode-charts-blue', '#3794ff');
  const garbageColor = themeColor('--vscode-charts-orange', '#d18616');
  const markColor = themeColor('--vscode-charts-yellow', '#cca700');
  const axis = (label: string, values: uPlot.Axis.Values): uPlot.Axis => ({
    label,
    values,
    stroke: fg,
    grid: { stroke: grid, width: 1 },
    ticks: { stroke: grid, width: 1 },
  });
  const series: uPlot.Series[] = [
    { label: spec.xLabel, value: (_u, v) => (v === null ? '' : xText(spec, v)) },
    { label: 'live', stroke: liveColor, width: 2, points: { show: true, size: 6 }, value: (_u, v) => (v === null ? '' : formatBytes(v)) },
  ];
  const data: (number | null)[][] = [spec.xs, spec.live];
  const bands: uPlot.Band[] = [];
  if (spec.liveRange) {
    // two invisible series bound the band; uPlot fills between them
    const bound = (label: string): uPlot.Series => ({
      label,
      stroke: 'transparent',
      points: { show: false },
      value: (_u, v) => (v === null ? '' : formatBytes(v)),
    });
    series.push(bound(`live, highest of ${spec.liveRange.seeds} seeds`), bound(`live, lowest of ${spec.liveRange.seeds} seeds`));
    data.push(spec.liveRange.hi, spec.liveRange.lo);
    bands.push({ series: [series.length - 2, series.length - 1], fill: withAlpha(liveColor, 0.18) });
  }
  if (spec.garbage) {
    series.push({
      label: 'garbage',
      stroke: garbageColor,
      width: 2,
      dash: [6, 4],
      points: { show: true, size: 6 },
      value: (_u, v) => (v === null ? '' : formatBytes(v)),
    });
    data.push(spec.garbage);
  }
  if (spec.marks) {
    series.push({
      label: spec.marks.label,
      stroke: markColor,
      width: 0,
      paths: () => null,
      points: { show: true, size: 10, stroke: markColor, fill: markColor },
      value: (_u, v) => (v === null ? '' : formatBytes(v)),
    });
    data.push(spec.marks.values);
  }
  const width = Math.max(280, host.clientWidth || 600);
  const u = new uPlot(
    {
      title: spec.title,
      width,
      height: 260,
      scales: {
        x: { time: false },
        y: {
          range: (_u, min, max) => {
            const top = Math.max(max, spec.yMax ?? 0);
            return [Math.min(0, min * 1.08), top > 0 ? top * 1.08 : 1024];
          },
        },
      },
      axes: [
        // Steps are categories: one tick per step, labelled by name.
        { ...axis(spec.xLabel, (_u, splits) => splits.map((s) => xText(spec, s))), ...(spec.xNames ? { splits: () => spec.xs } : {}) },
        { ...axis('bytes', (_u, splits) => splits.map((s) => formatBytes(s))), size: 80, incrs: BINARY_INCRS },
      ],
      series,
      bands,
      legend: { show: true },
      cursor: { drag: { x: false, y: false } },
      plugins: [tooltipPlugin(spec)],
    },
    data as uPlot.AlignedData,
    host,
  );
  u.root.setAttribute('data-testid', spec.testid);
  u.root.querySelector('canvas')?.setAttribute('data-testid', `${spec.testid}-canvas`);
  const ro = new ResizeObserver(() => {
    const w = Math.max(280, host.clientWidth);
    if (w !== u.width) u.setSize({ width: w, height: 260 });
  });
  ro.observe(host);
  return () => {
    ro.disconnect();
    u.destroy();
  };
}
