// A watch's timeline webview: the chart, the captures (pick two to compare), the "growing since
// the first capture" table, and Stop/Resume. The host computes everything; this page draws it,
// as text only (function names come from the program's profile).
import type { TimelineHost, TimelinePage, TimelineSnapshot } from '../../src/shared/protocol/captureTimeline';
import { formatValue } from '../../src/shared/format';
import { Endpoint, type EventHandlers } from '../../src/shared/rpc';
import { h } from '../common/dom';
import { hostPort } from '../common/hostPort';
import { vscodeApi } from '../common/vscodeApi';
import { drawTimeline, type Timeline } from './chart';
import './style.css';

interface SavedState {
  id?: string;
  picked?: number[];
}

const api = vscodeApi<unknown, SavedState>();
const saved = api.getState() ?? {};
let picked: number[] = saved.picked ?? [];
let snap: TimelineSnapshot | undefined;
let timeline: Timeline | undefined;
/** The chart's lines are fixed when it is made: a new set of top functions makes a new chart. */
let chartKey = '';

const app = document.getElementById('app')!;
const title = h('h1', {}, 'Heap watch');
const url = h('p', { class: 'url', 'data-testid': 'timeline-url' });
const status = h('p', { class: 'status', role: 'status', 'data-testid': 'timeline-status' });
const stopButton = h('button', { 'data-testid': 'timeline-stop' }, 'Stop');
const controls = h('div', { class: 'actions' }, stopButton);
const chartHost = h('div', { class: 'chart', 'data-testid': 'timeline-chart-host' });
const hint = h('p', { class: 'note', 'data-testid': 'timeline-hint' });
const capturesBody = h('tbody');
const captures = h('table', { class: 'grid', 'data-testid': 'captures-table' }, h('thead', {}, headRow(['#', 'time', 'total', 'capture'])), capturesBody);
const growthTitle = h('h2', {}, 'Growing since the first capture');
const growthBody = h('tbody');
const growth = h(
  'table',
  { class: 'grid', 'data-testid': 'growth-table' },
  h('thead', {}, headRow(['function', 'growth', 'per minute', 'first', 'now'])),
  growthBody,
);
const growthNote = h('p', { class: 'note', 'data-testid': 'growth-note' });
app.append(title, url, status, controls, chartHost, hint, h('h2', {}, 'Captures'), captures, growthTitle, growthNote, growth);

function headRow(names: string[]): HTMLTableRowElement {
  return h('tr', {}, ...names.map((n) => h('th', {}, n)));
}

const events: EventHandlers<TimelinePage> = { snapshot: (s) => show(s) };
const host = new Endpoint<TimelinePage, TimelineHost>(hostPort({ postMessage: (m) => api.post(m) }), {}, events);

stopButton.addEventListener('click', () => {
  if (!snap) return;
  host.emit(snap.watching ? 'stop' : 'resume', null);
});

function save(): void {
  api.setState({ id: snap?.id, picked });
}

/** Picks a capture; the second pick opens the diff of the two (earlier one as the base). */
function pick(index: number): void {
  if (!snap) return;
  picked = picked.includes(index) ? picked.filter((p) => p !== index) : [...picked, index];
  if (picked.length === 2) {
    const [a, b] = [...picked].sort((x, y) => snap!.points[x].time - snap!.points[y].time);
    host.emit('compare', { base: a, other: b });
    picked = [];
  }
  save();
  render();
}

function show(s: TimelineSnapshot): void {
  snap = s;
  picked = picked.filter((p) => s.points[p]?.name);
  save();
  render();
}

function time(ms: number): string {
  return new Date(ms).toLocaleTimeString();
}

function render(): void {
  const s = snap;
  if (!s) return;
  title.textContent = `Heap watch: ${new URL(s.url).host}`;
  url.textContent = `${s.url} · every ${s.intervalSeconds} s · ${s.sampleType}`;
  status.textContent = s.status;
  stopButton.textContent = s.watching ? 'Stop' : 'Resume';
  const key = s.chart.lines.map((l) => l.name).join('\n');
  if (s.chart.xs.length > 0) {
    if (!timeline || key !== chartKey) {
      timeline?.destroy();
      chartHost.textContent = '';
      timeline = drawTimeline(chartHost, s.chart, s.unit, pick);
      chartKey = key;
    }
    timeline.update(s.chart, picked);
  }
  hint.textContent =
    picked.length === 1
      ? 'Pick a second capture to compare with the first.'
      : `Pick two captures (on the chart or below) to ${s.canDiff ? 'open their diff' : 'open them side by side'}.`;

  capturesBody.replaceChildren(
    ...s.points.map((p, i) => {
      const row = h(
        'tr',
        { 'data-testid': `capture-row-${i}`, class: [p.gap ? 'gap' : '', picked.includes(i) ? 'picked' : ''].filter(Boolean).join(' ') },
        h('td', { class: 'num' }, String(i + 1)),
        h('td', {}, time(p.time)),
        h('td', { class: 'num' }, p.total === null ? '—' : formatValue(p.total, s.unit)),
        h('td', {}, p.gap ? `gap: ${p.gap}` : `${p.restarted ? '(restarted) ' : ''}${p.name ?? ''}`),
      );
      if (p.name) {
        row.tabIndex = 0;
        row.title = 'Pick to compare (double-click opens it)';
        row.addEventListener('click', () => pick(i));
        row.addEventListener('keydown', (e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            pick(i);
          }
        });
        row.addEventListener('dblclick', () => host.emit('open', { index: i }));
      }
      return row;
    }),
  );

  const g = s.growth;
  growthNote.textContent =
    g.since === null ? 'No capture yet.' : g.rows.length === 0 ? `Nothing has grown since ${time(g.since)}.` : `From ${time(g.since)} to the last capture.`;
  growthBody.replaceChildren(
    ...g.rows.map((r, i) =>
      h(
        'tr',
        { 'data-testid': `growth-row-${i}` },
        h('td', { class: 'name' }, r.name),
        h('td', { class: 'num' }, `+${formatValue(r.growth, s.unit)}`),
        h('td', { class: 'num' }, `+${formatValue(r.perMinute, s.unit)}/min`),
        h('td', { class: 'num' }, formatValue(r.first, s.unit)),
        h('td', { class: 'num' }, formatValue(r.last, s.unit)),
      ),
    ),
  );
}

void host.request('ready', {}).then(show);
