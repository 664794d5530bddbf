// Experiment results webview: the parameters form, then a section per run. It asks the host for
// everything it shows when it loads (again, after being hidden), keeps the form's text in the
// saved state, and talks to the host over the rpc layer.
import { startDraft, type Draft } from '../../src/experiments/form';
import type { Failure, PanelHost, PanelSetup, PanelSnapshot, PanelView, Progress, RealOutcome, RunView } from '../../src/shared/protocol/experimentView';
import { Endpoint, type EventHandlers } from '../../src/shared/rpc';
import { hostPort } from '../common/hostPort';
import { vscodeApi } from '../common/vscodeApi';
import { el } from './dom';
import { experimentForm, type ExperimentForm } from './form';
import { renderRuns } from './runs';
import { restoreState, SAVED_STATE_VERSION, type SavedState } from './savedState';
import './style.css';

interface Model {
  setup?: PanelSetup;
  runs: RunView[];
  real: Map<number, RealOutcome>;
  progress?: Progress;
  failure?: Failure;
}

const api = vscodeApi<unknown, unknown>();
const saved = restoreState(api.getState());
let draft: Draft | undefined = saved?.draft;
const model: Model = { runs: [], real: new Map() };
let form: ExperimentForm | undefined;

const app = document.getElementById('app')!;
const title = el('h1', {}, 'Map experiment');
const formHost = el('section', { class: 'params', 'aria-label': 'Parameters' });
const statusLine = el('p', { class: 'status', 'data-testid': 'status', role: 'status' });
const runsHost = el('div', { class: 'runs' });
app.append(title, formHost, statusLine, runsHost);

function save(): void {
  const state: SavedState = { version: SAVED_STATE_VERSION, ...(draft ? { draft } : {}), scrollY: window.scrollY };
  api.setState(state);
}

function renderStatus(): void {
  const f = model.failure;
  statusLine.className = f && !f.cancelled ? 'status error' : 'status';
  const p = model.progress;
  statusLine.textContent = p
    ? p.what
      ? `Simulating ${p.what}… ${Math.round(p.fraction * 100)} %`
      : 'Simulating…'
    : f
      ? f.cancelled
        ? 'Cancelled.'
        : f.message
      : '';
  form?.setBusy(p !== undefined);
}

function showRuns(): void {
  if (!model.setup) return;
  renderRuns(runsHost, {
    runs: model.runs,
    real: model.real,
    realGo: model.setup.realGo,
    openProfile: (index) => void host.request('openProfile', { index }),
    runOnMyGo: (index) => {
      model.real.set(index, { kind: 'running', index });
      showRuns();
      void host.request('runOnMyGo', { index });
    },
  });
}

/** Builds the form and shows everything the host holds. */
function show(snap: PanelSnapshot): void {
  Object.assign(model, {
    setup: snap.setup,
    runs: snap.runs,
    real: new Map(snap.real.map((o) => [o.index, o])),
    progress: snap.progress,
    failure: snap.failure,
  });
  title.textContent = snap.setup.compare ? 'Compare Go versions' : 'Map experiment';
  form = experimentForm(snap.setup, startDraft(snap.setup, draft), {
    run: (req) => {
      model.failure = undefined;
      model.progress = { what: '', fraction: 0 };
      renderStatus();
      void host.request('run', req);
    },
    cancel: () => void host.request('cancel', {}),
    changed: (d) => {
      draft = d;
      save();
    },
  });
  formHost.replaceChildren(form.element);
  renderStatus();
  showRuns();
  if (saved && saved.scrollY > 0) requestAnimationFrame(() => window.scrollTo(0, saved.scrollY));
  else if (snap.runs.length === 0 && !snap.progress) form.focusFirst();
}

const events: EventHandlers<PanelView> = {
  progress: (p) => {
    model.progress = p;
    model.failure = undefined;
    renderStatus();
  },
  results: ({ runs }) => {
    Object.assign(model, { runs, progress: undefined, failure: undefined });
    model.real.clear();
    renderStatus();
    showRuns();
  },
  failed: (f) => {
    Object.assign(model, { progress: undefined, failure: f });
    renderStatus();
  },
  real: (o) => {
    model.real.set(o.index, o);
    showRuns();
  },
  realGo: (state) => {
    if (model.setup) model.setup.realGo = state;
    showRuns();
  },
};

const host = new Endpoint<PanelView, PanelHost>(hostPort({ postMessage: (m) => api.post(m) }), {}, events, (what) =>
  console.warn(`HeapLens experiment view: ${what}`),
);

let scrollTimer: number | undefined;
window.addEventListener('scroll', () => {
  window.clearTimeout(scrollTimer);
  scrollTimer = window.setTimeout(save, 200);
});

host.request('ready', {}).then(show, (err: unknown) => {
  statusLine.className = 'status error';
  statusLine.textContent = `The experiment view could not load: ${err instanceof Error ? err.message : String(err)}`;
});
