// Profile viewer webview: header, filters, and the four views. All data arrives as messages
// after the ready handshake; every profile string is shown as text.
import './style.css';
import { assertNever, type Filters, type FlameLayout, type FromWebview, type Granularity, type ProfileSummary, type SourceRef, type ToWebview, type ViewSettings } from '../../src/shared/protocol/profileView';
import { formatPercent, formatValue } from '../../src/shared/format';
import { h, searchPattern } from '../common/dom';
import { vscodeApi } from '../common/vscodeApi';
import type { App } from './app';
import { FlameView } from './flameView';
import { SandwichView } from './sandwichView';
import { TopView, type TopSort } from './topView';
import { TreeView } from './treeView';

type Tab = 'top' | 'tree' | 'flame' | 'sandwich';

/** What survives hiding the tab (vscode.setState). */
interface SavedState {
  settings?: ViewSettings;
  tab: Tab;
  sort: TopSort;
  desc: boolean;
  search: string;
  flameRoot: number;
  sandwichKey: number;
  generation: number;
}

const api = vscodeApi<FromWebview, SavedState>();
const saved: SavedState = { tab: 'top', sort: 'flat', desc: true, search: '', flameRoot: 0, sandwichKey: -1, generation: -1, ...api.getState() };
let summary: ProfileSummary | undefined;
let requestCounter = 1;
let pattern = searchPattern(saved.search);

const app: App = {
  summary: () => summary,
  request: (m) => api.post(m),
  nextRequestId: () => requestCounter++,
  post: (m) => api.post(m),
  fmt: (v) => (summary ? formatValue(v, summary.sampleTypes[summary.settings.sampleIndex].unit) : String(v)),
  pct: (v) => formatPercent(v, summary?.unfilteredTotal ?? 0),
  search: () => pattern,
  showSandwich: (key) => {
    sandwich.show(key);
    selectTab('sandwich');
  },
  openSource: (source: SourceRef) => api.post({ type: 'openSource', source }),
  saveState: () => save(),
};

const top = new TopView(app, saved.sort, saved.desc);
const tree = new TreeView(app);
const flame = new FlameView(app);
const sandwich = new SandwichView(app);
const views: Record<Tab, { element: HTMLElement }> = { top, tree, flame, sandwich };

// Header: file, kind, sample type, total, granularity.
const fileEl = h('span', { class: 'file', 'data-testid': 'profile-file' });
const kindEl = h('span', { class: 'badge', 'data-testid': 'profile-kind' });
const sampleSelect = h('select', { 'data-testid': 'sample-type', 'aria-label': 'Sample type' });
const granSelect = h('select', { 'data-testid': 'granularity', 'aria-label': 'Granularity' },
  h('option', { value: 'functions' }, 'functions'), h('option', { value: 'lines' }, 'lines'));
const totalEl = h('span', { class: 'total', 'data-testid': 'profile-total' });
const header = h('header', { class: 'header' }, fileEl, kindEl,
  h('label', {}, 'Sample ', sampleSelect), h('label', {}, 'Granularity ', granSelect), totalEl);

// Filters: pprof's focus / ignore / hide.
const filterInputs = {
  focus: h('input', { type: 'text', placeholder: 'focus regex', 'data-testid': 'filter-focus', 'aria-label': 'Focus: keep samples with a frame matching' }),
  ignore: h('input', { type: 'text', placeholder: 'ignore regex', 'data-testid': 'filter-ignore', 'aria-label': 'Ignore: drop samples with a frame matching' }),
  hide: h('input', { type: 'text', placeholder: 'hide regex', 'data-testid': 'filter-hide', 'aria-label': 'Hide: remove matching frames from stacks' }),
};
const applyButton = h('button', { 'data-testid': 'filter-apply' }, 'Apply');
const chips = h('div', { class: 'chips', 'data-testid': 'active-filters', 'aria-live': 'polite' });
const filterError = h('div', { class: 'error-inline', 'data-testid': 'filter-error', role: 'alert' });
const searchBox = h('input', { type: 'search', placeholder: 'Search (regex)', 'data-testid': 'search', 'aria-label': 'Search names' });
searchBox.value = saved.search;
const filters = h('div', { class: 'filters' }, filterInputs.focus, filterInputs.ignore, filterInputs.hide, applyButton, searchBox, chips, filterError);

// Tabs.
const tabNames: [Tab, string][] = [['top', 'Top'], ['tree', 'Call Tree'], ['flame', 'Flame Graph'], ['sandwich', 'Callers / Callees']];
const tabButtons = new Map<Tab, HTMLButtonElement>();
const tabBar = h('div', { class: 'tabs', role: 'tablist' });
for (const [t, label] of tabNames) {
  const b = h('button', { role: 'tab', 'data-testid': `tab-${t}` }, label);
  b.addEventListener('click', () => selectTab(t));
  tabButtons.set(t, b);
  tabBar.append(b);
}
const viewHost = h('main', { class: 'views' }, ...Object.values(views).map((v) => v.element));
const root = document.getElementById('app')!;

function selectTab(t: Tab): void {
  saved.tab = t;
  for (const [k, b] of tabButtons) {
    b.setAttribute('aria-selected', String(k === t));
    b.tabIndex = k === t ? 0 : -1;
    views[k].element.hidden = k !== t;
  }
  if (t === 'flame') flame.refresh();
  if (t === 'sandwich' && sandwich.key < 0) {
    const k = top.selectedKey();
    if (k !== undefined) sandwich.show(k);
  }
  save();
}

function save(): void {
  api.setState({
    ...saved,
    settings: summary?.settings ?? saved.settings,
    sort: top.sort,
    desc: top.desc,
    search: searchBox.value,
    flameRoot: flame.rootId,
    sandwichKey: sandwich.key,
    generation: summary?.generation ?? -1,
  });
}

function currentSettings(): ViewSettings {
  return {
    sampleIndex: Number(sampleSelect.value),
    granularity: granSelect.value as Granularity,
    filters: { focus: filterInputs.focus.value.trim(), ignore: filterInputs.ignore.value.trim(), hide: filterInputs.hide.value.trim() },
  };
}

function sendSettings(s: ViewSettings = currentSettings()): void {
  api.post({ type: 'setSettings', settings: s });
}

sampleSelect.addEventListener('change', () => sendSettings());
granSelect.addEventListener('change', () => sendSettings());
applyButton.addEventListener('click', () => sendSettings());
for (const input of Object.values(filterInputs)) input.addEventListener('keydown', (e) => e.key === 'Enter' && sendSettings());
let searchTimer = 0;
searchBox.addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = window.setTimeout(() => {
    pattern = searchPattern(searchBox.value);
    top.refresh();
    tree.refresh();
    flame.refresh();
    save();
  }, 120);
});
tabBar.addEventListener('keydown', (e) => {
  const order = tabNames.map(([t]) => t);
  const i = order.indexOf(saved.tab);
  if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
    const next = order[(i + (e.key === 'ArrowRight' ? 1 : order.length - 1)) % order.length];
    selectTab(next);
    tabButtons.get(next)!.focus();
  }
});

function renderChips(f: Filters): void {
  chips.textContent = '';
  const active = (Object.keys(f) as (keyof Filters)[]).filter((k) => f[k]);
  for (const k of active) {
    const remove = h('button', { class: 'chip-x', 'aria-label': `Remove ${k} filter`, 'data-testid': `clear-${k}` }, '×');
    remove.addEventListener('click', () => {
      filterInputs[k].value = '';
      sendSettings();
    });
    chips.append(h('span', { class: 'chip', 'data-testid': 'filter-chip' }, `${k}=${f[k]}`, remove));
  }
  if (active.length > 1) {
    const all = h('button', { class: 'link', 'data-testid': 'clear-filters' }, 'Clear all');
    all.addEventListener('click', () => {
      for (const i of Object.values(filterInputs)) i.value = '';
      sendSettings();
    });
    chips.append(all);
  }
}

function activeFilters(s: ProfileSummary): boolean {
  const f = s.settings.filters;
  return !s.filterError && !!(f.focus || f.ignore || f.hide);
}

function onSummary(s: ProfileSummary): void {
  const first = !summary;
  const sameGeneration = saved.generation === s.generation;
  summary = s;
  if (first) {
    root.textContent = '';
    root.append(header, filters, tabBar, viewHost);
    // A restored tab whose settings differ from the worker's asks for them once.
    if (saved.settings && JSON.stringify(saved.settings) !== JSON.stringify(s.settings)) {
      sendSettings(saved.settings);
    }
  }
  fileEl.textContent = s.file;
  fileEl.title = s.file;
  kindEl.textContent = s.kind;
  sampleSelect.textContent = '';
  s.sampleTypes.forEach((t, i) => sampleSelect.append(h('option', { value: String(i) }, `${t.type} (${t.unit})`)));
  sampleSelect.value = String(s.settings.sampleIndex);
  granSelect.value = s.settings.granularity;
  granSelect.querySelector<HTMLOptionElement>('option[value="lines"]')!.disabled = !s.hasLines;
  for (const k of ['focus', 'ignore', 'hide'] as const) filterInputs[k].value = s.settings.filters[k];
  const unit = s.sampleTypes[s.settings.sampleIndex].unit;
  totalEl.textContent = `Total ${formatValue(s.unfilteredTotal, unit)}` +
    (activeFilters(s) ? ` · shown ${formatValue(s.total, unit)} (${formatPercent(s.total, s.unfilteredTotal)})` : '') +
    ` · ${s.sampleCount.toLocaleString()} samples`;
  filterError.textContent = s.filterError ? `Filters not applied: ${s.filterError}` : '';
  renderChips(s.filterError ? { focus: '', ignore: '', hide: '' } : s.settings.filters);
  // The first summary (the answer to ready) comes with its table; later ones (new settings) do not.
  if (!first) app.request({ type: 'getTop', requestId: app.nextRequestId() });
  tree.reset(s.generation, s.total);
  flame.zoom(first && sameGeneration ? saved.flameRoot : 0);
  if (first && sameGeneration && saved.sandwichKey >= 0) sandwich.show(saved.sandwichKey);
  else if (!first) sandwich.key = -1;
  if (first) selectTab(saved.tab);
  save();
}

/** Typed arrays arrive as such from VS Code; a plain-JSON transport turns them into objects. */
function arrayLike(l: FlameLayout): FlameLayout {
  const fix = <T>(v: T): T => (v && typeof v === 'object' && !('length' in (v as object)) ? (Object.values(v as object) as unknown as T) : v);
  return { ...l, x: fix(l.x), width: fix(l.width), depth: fix(l.depth), nameIndex: fix(l.nameIndex), self: fix(l.self), nodeId: fix(l.nodeId) };
}

function showFatal(file: string, message: string): void {
  root.textContent = '';
  summary = undefined; // a successful retry builds the view afresh
  const retry = h('button', { 'data-testid': 'retry' }, 'Retry');
  retry.addEventListener('click', () => api.post({ type: 'retry' }));
  const reopen = h('button', { 'data-testid': 'reopen-as-text', class: 'secondary' }, 'Reopen as Text');
  reopen.addEventListener('click', () => api.post({ type: 'reopenAsText' }));
  root.append(h('div', { class: 'fatal', role: 'alert' },
    h('h2', {}, 'HeapLens cannot show this file'),
    h('p', { 'data-testid': 'error-message' }, `${file}: ${message}`),
    h('div', { class: 'actions' }, retry, reopen)));
  retry.focus();
}

window.addEventListener('message', (e: MessageEvent<ToWebview>) => {
  const m = e.data;
  switch (m.type) {
    case 'loading':
      root.textContent = '';
      root.append(h('p', { class: 'hl-loading', 'data-testid': 'loading', role: 'progressbar', 'aria-busy': 'true' }, `Decoding ${m.file}…`));
      return;
    case 'summary':
      onSummary(m.summary);
      return;
    case 'top':
      if (m.table.generation === summary?.generation) top.setTable(m.table);
      return;
    case 'children':
      tree.receive(m.requestId, m.generation, m.nodeId, m.rows);
      return;
    case 'flame':
      if (m.layout.generation === summary?.generation) flame.receive(m.requestId, arrayLike(m.layout));
      return;
    case 'sandwich':
      if (m.result.generation === summary?.generation) sandwich.receive(m.requestId, m.result);
      return;
    case 'sandwichLevel':
      if (m.generation === summary?.generation) sandwich.receiveLevel(m.requestId, m.generation, m.rows);
      return;
    case 'notice':
      filterError.textContent = m.message;
      return;
    case 'fatal':
      showFatal(m.file, m.message);
      return;
    default:
      assertNever(m);
  }
});

// Theme switches change the --vscode-* variables: redraw the canvas with the new colours.
new MutationObserver(() => flame.refresh()).observe(document.body, { attributes: true, attributeFilter: ['class'] });
(window as unknown as { heaplensFlame: FlameView }).heaplensFlame = flame;
api.post({ type: 'ready' });
