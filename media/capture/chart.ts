// The watch's timeline as a uPlot chart: the total and the top functions over time, coloured
// from the VS Code theme, gaps left open; a click picks the capture under the cursor.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { TimelineChart } from '../../src/shared/protocol/captureTimeline';
import { formatValue } from '../../src/shared/format';

const PALETTE = [
  '--vscode-charts-blue',
  '--vscode-charts-orange',
  '--vscode-charts-green',
  '--vscode-charts-purple',
  '--vscode-charts-red',
  '--vscode-charts-yellow',
];
const FALLBACK = ['#3794ff', '#d18616', '#89d185', '#b180d7', '#f14c4c', '#cca700'];
const BINARY_INCRS = Array.from({ length: 6 * 10 }, (_, i) => 1024 ** Math.floor(i / 10) * 2 ** (i % 10));
const HEIGHT = 280;
const TIME_INCRS = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21600, 43200, 86400];

function themeColor(name: string, fallback: string): string {
  return getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
}

/** A drawn chart: update it with new data, or remove it. */
export interface Timeline {
  update(chart: TimelineChart, picked: number[]): void;
  destroy(): void;
}

/** Draws into `host`; `onPick` gets the series point index of a clicked capture. */
export function drawTimeline(host: HTMLElement, chart: TimelineChart, unit: string, onPick: (pointIndex: number) => void): Timeline {
  const fg = themeColor('--vscode-foreground', '#ccc');
  const grid = themeColor('--vscode-editorWidget-border', themeColor('--vscode-panel-border', 'rgba(128,128,128,0.3)'));
  const fmt = (v: number | null) => (v === null || v === undefined ? '—' : formatValue(v, unit));
  const axis = (label: string): uPlot.Axis => ({ label, stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } });
  let current = chart;
  let picked: number[] = [];
  const series: uPlot.Series[] = [
    { label: 'time', value: (_u, v) => (v === null || v === undefined ? '' : new Date(v * 1000).toLocaleTimeString()) },
    { label: 'total', stroke: themeColor(PALETTE[0], FALLBACK[0]), width: 2.5, points: { show: true, size: 7 }, value: (_u, v) => fmt(v) },
    ...chart.lines.map((l, i) => ({
      label: l.name,
      stroke: themeColor(PALETTE[(i + 1) % PALETTE.length], FALLBACK[(i + 1) % FALLBACK.length]),
      width: 1.5,
      points: { show: true, size: 5 },
      value: (_u: uPlot, v: number | null) => fmt(v),
    })),
  ];
  const data = (c: TimelineChart): uPlot.AlignedData => [c.xs, c.total, ...c.lines.map((l) => l.values)];
  const pickedMarks: uPlot.Plugin = {
    hooks: {
      // A ring around each picked capture on the total line.
      draw: (u) => {
        const ctx = u.ctx;
        ctx.save();
        ctx.strokeStyle = themeColor('--vscode-focusBorder', '#007fd4');
        ctx.lineWidth = 2 * devicePixelRatio;
        for (const p of picked) {
          const i = current.pointIndex.indexOf(p);
          const y = i >= 0 ? current.total[i] : null;
          if (i < 0 || y === null) continue;
          ctx.beginPath();
          ctx.arc(u.valToPos(current.xs[i], 'x', true), u.valToPos(y, 'y', true), 8 * devicePixelRatio, 0, 2 * Math.PI);
          ctx.stroke();
        }
        ctx.restore();
      },
    },
  };
  const u = new uPlot(
    {
      width: Math.max(320, host.clientWidth || 640),
      height: HEIGHT,
      scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.08 : 1024] } },
      axes: [
        // Clock times on whole seconds: captures are seconds apart, never less.
        { ...axis('time'), incrs: TIME_INCRS, values: (_u, splits) => splits.map((s) => new Date(s * 1000).toLocaleTimeString()) },
        {
          ...axis(unit === 'bytes' ? 'bytes in use' : unit),
          size: 80,
          values: (_u, splits) => splits.map((s) => formatValue(s, unit)),
          ...(unit === 'bytes' ? { incrs: BINARY_INCRS } : {}),
        },
      ],
      series,
      legend: { show: true },
      cursor: { drag: { x: false, y: false } },
      plugins: [pickedMarks],
    },
    data(chart),
    host,
  );
  u.root.setAttribute('data-testid', 'timeline-chart');
  u.over.addEventListener('click', () => {
    const i = u.cursor.idx;
    if (i === null || i === undefined) return;
    const p = current.pointIndex[i];
    if (p >= 0 && current.total[i] !== null) onPick(p);
  });
  const ro = new ResizeObserver(() => {
    const w = Math.max(320, host.clientWidth);
    if (w !== u.width) u.setSize({ width: w, height: HEIGHT });
  });
  ro.observe(host);
  return {
    update: (c, p) => {
      current = c;
      picked = p;
      u.setData(data(c));
    },
    destroy: () => {
      ro.disconnect();
      u.destroy();
    },
  };
}
