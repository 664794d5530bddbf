// Experiment results webview: parameters form, per-run step table, charts, explanation,
// "Open as Heap Profile" and "Run on My Go". Data arrives as messages after 'ready'.
import type { ComparisonRow, ExperimentParams, FromWebview, RealGoState, RunView, ScenarioInfo, ToWebview } from '../../src/shared/protocol/experimentView';
import { drawChart } from './chart';
import { el } from './dom';
import { comparisonTable, stepTable } from './tables';
import './style.css';

interface VsCodeApi {
  postMessage(msg: FromWebview): void;
}
declare function acquireVsCodeApi(): VsCodeApi;
const vscode = acquireVsCodeApi();

interface State {
  scenarios: ScenarioInfo[];
  goVersions: string[];
  realGo: RealGoState;
  compare: boolean;
  runs: RunView[];
  busy: boolean;
  error?: string;
  real: Map<number, { goRuntime: string; rows: ComparisonRow[] } | { error: string } | 'running'>;
}

const state: State = { scenarios: [], goVersions: [], realGo: { enabled: false, note: '', scenarios: [] }, compare: false, runs: [], busy: false, real: new Map() };
const app = document.getElementById('app')!;
const formHost = el('section', { class: 'params', 'aria-label': 'Parameters' });
const statusLine = el('p', { class: 'status', 'data-testid': 'status', role: 'status' });
const runsHost = el('div', { class: 'runs' });
app.append(el('h1', {}, 'Map experiment'), formHost, statusLine, runsHost);

function isSwiss(go: string): boolean {
  return Number(go.split('.')[1]) >= 24;
}

function implName(go: string): string {
  return isSwiss(go) ? 'Swiss tables' : 'classic hmap';
}

function field(label: string, input: HTMLElement): HTMLLabelElement {
  return el('label', {}, el('span', {}, label), input);
}

function select(id: string, options: { value: string; label: string }[], value: string): HTMLSelectElement {
  const s = el('select', { id, 'data-testid': id });
  for (const o of options) s.append(el('option', { value: o.value }, o.label));
  s.value = value;
  return s;
}

/** The parameters form, filled from the current run; re-runs inside the view. */
function renderForm(): void {
  const first = state.runs[0]?.params;
  const p: ExperimentParams = first ?? { scenario: state.scenarios[0]?.id ?? '', type: 'map[int]int', n: 100000, hint: -1, go: state.goVersions[state.goVersions.length - 1] ?? '' };
  const scenario = select('param-scenario', state.scenarios.map((s) => ({ value: s.id, label: s.title })), p.scenario);
  const type = el('input', { id: 'param-type', 'data-testid': 'param-type', type: 'text', spellcheck: 'false', size: '28' });
  type.value = p.type;
  const n = el('input', { id: 'param-n', 'data-testid': 'param-n', type: 'number', min: '0', step: '1' });
  n.value = String(p.n);
  const hint = el('input', { id: 'param-hint', 'data-testid': 'param-hint', type: 'number', min: '-1', step: '1' });
  hint.value = String(p.hint);
  const versions = (f: (v: string) => boolean) => state.goVersions.filter(f).map((v) => ({ value: v, label: `Go ${v} (${implName(v)})` }));
  const go = select('param-go', versions(state.compare ? (v) => !isSwiss(v) : () => true), p.go);
  const go2 = state.compare ? select('param-go2', versions(isSwiss), state.runs[1]?.params.go ?? state.goVersions[state.goVersions.length - 1]) : undefined;
  const run = el('button', { type: 'submit', 'data-testid': 'run-button' }, 'Run');
  run.disabled = state.busy;
  const desc = el('p', { class: 'scenario-desc' }, state.scenarios.find((s) => s.id === scenario.value)?.description ?? '');
  scenario.addEventListener('change', () => { desc.textContent = state.scenarios.find((s) => s.id === scenario.value)?.description ?? ''; });
  const form = el('form', { class: 'param-form' },
    field('Experiment', scenario), field('Map type', type), field('Entries (N)', n), field('Size hint', hint),
    field(state.compare ? 'Classic Go' : 'Go', go), ...(go2 ? [field('Swiss Go', go2)] : []), run);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const params: ExperimentParams = { scenario: scenario.value, type: type.value.trim(), n: Number(n.value), hint: Number(hint.value), go: go.value };
    if (!Number.isInteger(params.n) || params.n < 0) return showError('N must be a whole number ≥ 0');
    if (!Number.isInteger(params.hint) || params.hint < -1) return showError('The size hint must be a whole number ≥ -1');
    vscode.postMessage({ type: 'rerun', params, compareGo: go2?.value });
  });
  formHost.replaceChildren(form, desc);
}

function showError(message: string): void {
  state.error = message;
  renderStatus();
}

function renderStatus(): void {
  statusLine.className = state.error ? 'status error' : 'status';
  statusLine.textContent = state.error ?? (state.busy ? 'Simulating…' : '');
}

function realSection(index: number): HTMLElement {
  const button = el('button', { type: 'button', 'data-testid': 'run-on-my-go' }, 'Run on My Go');
  const real = state.real.get(index);
  const scenario = state.runs[index]?.params.scenario ?? '';
  const measurable = state.realGo.scenarios.includes(scenario);
  const note = !state.realGo.enabled ? state.realGo.note
    : measurable ? state.realGo.note
      : `Run on My Go measures the ${state.realGo.scenarios.join(' and ')} experiments; ${scenario} is simulated only.`;
  button.disabled = !state.realGo.enabled || !measurable || real === 'running';
  button.title = note;
  button.addEventListener('click', () => {
    state.real.set(index, 'running');
    renderRuns();
    vscode.postMessage({ type: 'runOnMyGo', index });
  });
  const section = el('section', { class: 'real' }, el('h3', {}, 'Your Go, side by side'), el('div', { class: 'actions' }, button),
    el('p', { class: button.disabled ? 'note disabled-reason' : 'note', 'data-testid': 'run-on-my-go-note' }, note));
  if (real === 'running') section.append(el('p', { class: 'note' }, 'Building and running the measurement program…'));
  else if (real && 'error' in real) section.append(el('p', { class: 'status error', 'data-testid': 'real-error' }, real.error));
  else if (real) section.append(el('p', { class: 'note' }, `Real runtime: ${real.goRuntime}, median of 5 runs. Δ = simulated − real, in % of real.`), comparisonTable(real.rows));
  return section;
}

/** The largest live or garbage figure over all runs, so side-by-side charts share a scale. */
function sharedMax(pick: (v: RunView) => number[]): number | undefined {
  return state.runs.length > 1 ? Math.max(...state.runs.flatMap(pick)) : undefined;
}

function runSection(view: RunView, index: number): HTMLElement {
  const r = view.result;
  const heading = `Go ${r.go} — ${r.impl === 'swiss' ? 'Swiss tables' : r.impl === 'classic' ? 'classic hmap' : r.impl}`;
  const open = el('button', { type: 'button', 'data-testid': 'open-profile' }, 'Open as Heap Profile');
  open.addEventListener('click', () => vscode.postMessage({ type: 'openProfile', index }));
  const section = el('section', { class: 'run', 'data-testid': `run-${index}` },
    el('h2', {}, heading),
    el('p', { class: 'subtitle' }, `${r.scenario} · ${r.type} · N = ${r.n.toLocaleString('en-US')} · ${r.hint < 0 ? 'no size hint' : `hint ${r.hint.toLocaleString('en-US')}`}`),
    stepTable(r));
  if (r.steps.some((s) => s.live_bytes < 0)) {
    section.append(el('p', { class: 'note', 'data-testid': 'negative-note' },
      'Live bytes below zero: memory the program made before the first measurement (its key strings) became garbage after its last use, as in the go-truth harness.'));
  }
  const stepsChart = el('div', { class: 'chart' });
  section.append(stepsChart);
  const timelineChart = r.timeline && r.timeline.length > 0 ? el('div', { class: 'chart' }) : undefined;
  if (timelineChart) section.append(timelineChart);
  if (r.explanation && r.explanation.length > 0) {
    section.append(el('section', { class: 'explanation', 'data-testid': 'explanation' }, el('h3', {}, `What Go ${r.go} does`), ...r.explanation.map((p) => el('p', {}, p))));
  }
  section.append(el('div', { class: 'actions' }, open), realSection(index));
  // Charts measure their host, so they are drawn once the section is in the document.
  queueMicrotask(() => {
    const hasGarbage = r.steps.some((s) => s.garbage_bytes !== undefined);
    disposeCharts.push(drawChart(stepsChart, {
      title: 'Live and garbage bytes after each step', xLabel: 'step', xs: r.steps.map((_, i) => i), xNames: r.steps.map((s) => s.step),
      live: r.steps.map((s) => s.live_bytes), garbage: hasGarbage ? r.steps.map((s) => s.garbage_bytes ?? 0) : undefined, testid: `steps-chart-${index}`,
      yMax: sharedMax((v) => v.result.steps.flatMap((s) => [s.live_bytes, s.garbage_bytes ?? 0])),
    }));
    if (timelineChart && r.timeline) {
      disposeCharts.push(drawChart(timelineChart, {
        title: 'Every growth while filling (garbage: total so far)', xLabel: 'entries', xs: r.timeline.map((t) => t.entries),
        live: r.timeline.map((t) => t.live_bytes), garbage: r.timeline.map((t) => t.garbage_bytes), testid: `growth-chart-${index}`,
        labels: r.timeline.map((t) => t.label),
        yMax: sharedMax((v) => (v.result.timeline ?? []).flatMap((t) => [t.live_bytes, t.garbage_bytes])),
      }));
    }
  });
  return section;
}

/** Removes the charts of the previous render (uPlot instances and their resize observers). */
let disposeCharts: (() => void)[] = [];

function renderRuns(): void {
  for (const d of disposeCharts.splice(0)) d();
  runsHost.className = state.runs.length > 1 ? 'runs side-by-side' : 'runs';
  runsHost.replaceChildren(...state.runs.map(runSection));
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const m = event.data;
  switch (m.type) {
    case 'init':
      state.scenarios = m.scenarios;
      state.goVersions = m.goVersions;
      state.realGo = m.realGo;
      state.compare = m.compare;
      renderForm();
      if (state.runs.length) renderRuns();
      return;
    case 'results':
      state.runs = m.runs;
      state.real.clear();
      state.error = undefined;
      renderForm();
      renderRuns();
      renderStatus();
      return;
    case 'busy':
      state.busy = m.busy;
      if (m.busy) state.error = undefined;
      (formHost.querySelector('[data-testid="run-button"]') as HTMLButtonElement | null)?.toggleAttribute('disabled', m.busy);
      renderStatus();
      return;
    case 'error':
      showError(m.message);
      return;
    case 'realResult':
      state.real.set(m.index, { goRuntime: m.goRuntime, rows: m.rows });
      renderRuns();
      return;
    case 'realError':
      state.real.set(m.index, { error: m.message });
      renderRuns();
      return;
    default: {
      const never: never = m;
      return never;
    }
  }
});

vscode.postMessage({ type: 'ready' });
