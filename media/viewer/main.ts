// Profile viewer webview: header, filters, and the four views. All data arrives as messages
// after the ready handshake; every profile string is shown as text.
import './style.css';
import type { Filters, Granularity, LoadStatus, ProfileSummary, SourceRef, ViewReply, ViewSettings } from '../../src/shared/protocol/profileView';
import { assertNever } from '../../src/shared/rpc';
import { formatPercent, formatValue } from '../../src/shared/format';
import { sameSettings } from '../../src/shared/viewSettings';
import { FrameTexts, ShownTop } from '../../src/shared/frameRows';
import { h, searchPattern } from '../common/dom';
import { hostPort } from '../common/hostPort';
import { vscodeApi } from '../common/vscodeApi';
import type { App } from './app';
import { FlameView } from './flameView';
import { HostLink } from './hostLink';
import { restoreState, STATE_VERSION, type SavedState, type Tab } from './savedState';
import { SandwichView } from './sandwichView';
import { showFatal, showLoading } from './screens';
import { TopView } from './topView';
import { TreeView } from './treeView';
import { MapsView } from './mapsView';

const api = vscodeApi<unknown, SavedState>();
// Whatever an older (or newer) viewer saved, never a crash: see savedState.ts.
const saved: SavedState = restoreState(api.getState());
let summary: ProfileSummary | undefined;
/** The file the host names in its status (for the error screen). */
let statusFile = '';
let viewAsked = false;
let pattern = searchPattern(saved.search);

const link = new HostLink(
  hostPort({ postMessage: (m) => api.post(m) }),
  {
    selectedSource: () => selectedSource() ?? null,
  },
  {
    status: (s) => onStatus(s),
    compared: () => onCompared(),
  },
  (e) => {
    filterError.textContent = e.message;
  },
);

// The frames' text, sent once per frame set: later tables and tree levels carry numbers only.
const texts = new FrameTexts();

const app: App = {
  summary: () => summary,
  texts,
  ask: link.ask,
  // in a comparison every value is a change: growth carries its sign too
  fmt: (v) => (summary ? (summary.base && v > 0 ? '+' : '') + formatValue(v, summary.sampleTypes[summary.settings.sampleIndex].unit) : String(v)),
  signClass: (v) => (summary?.base ? (v > 0 ? 'pos' : v < 0 ? 'neg' : '') : ''),
  pct: (v) => formatPercent(v, summary?.unfilteredTotal ?? 0),
  search: () => pattern,
  showSandwich: (key) => {
    sandwich.show(key);
    selectTab('sandwich');
  },
  openSource: (source: SourceRef) => link.emit('openSource', source),
  saveState: () => save(),
  maps: () => maps.index,
};

const top = new TopView(app, saved.sort, saved.desc);
const tree = new TreeView(app);
const flame = new FlameView(app);
const sandwich = new SandwichView(app);
// the map sites came: the other views draw their badges
const maps = new MapsView(app, () => (top.refresh(), tree.refresh(), flame.refresh()));
const views: Record<Tab, { element: HTMLElement }> = { top, tree, flame, sandwich, maps };

// Header: file, kind, sample type, total, granularity.
const fileEl = h('span', { class: 'file', 'data-testid': 'profile-file' });
const kindEl = h('span', { class: 'badge', 'data-testid': 'profile-kind' });
const sampleSelect = h('select', { 'data-testid': 'sample-type', 'aria-label': 'Sample type' });
const granSelect = h(
  'select',
  { 'data-testid': 'granularity', 'aria-label': 'Granularity' },
  h('option', { value: 'functions' }, 'functions'),
  h('option', { value: 'lines' }, 'lines'),
);
const totalEl = h('span', { class: 'total', 'data-testid': 'profile-total' });
const baseEl = h('div', { class: 'compare-line', 'data-testid': 'profile-base' });
const memStatsEl = h('details', { class: 'memstats', 'data-testid': 'profile-memstats' });
baseEl.hidden = memStatsEl.hidden = true;
const header = h(
  'header',
  { class: 'header' },
  fileEl,
  kindEl,
  h('label', {}, 'Sample ', sampleSelect),
  h('label', {}, 'Granularity ', granSelect),
  totalEl,
  baseEl,
  memStatsEl,
);

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
const tabNames: [Tab, string][] = [
  ['top', 'Top'],
  ['tree', 'Call Tree'],
  ['flame', 'Flame Graph'],
  ['sandwich', 'Callers / Callees'],
  ['maps', 'Maps'],
];
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
  if (t === 'flame') {
    flame.shown();
    flame.refresh();
  }
  if (t === 'tree') tree.shown();
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
    version: STATE_VERSION,
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
  // When the user last changed the settings (wall clock): the end-to-end test times the new rows from it.
  document.documentElement.dataset.settingsAt = String(Date.now());
  // Queries still out describe the previous settings: cancelled, their answers never drawn.
  link.cancelAll();
  let flameAsked: AbortController | undefined;
  // The worker applies every change in order; only the last one's summary is worth drawing.
  link.ask('setSettings', { settings: s, frames: texts.known(), firstRows: FIRST_ROWS }, (next) => showReply(next, flameAsked), { slot: 'settings' });
  // The worker answers in order: a flame graph in front is asked for now, of the new settings,
  // not a round trip later.
  if (saved.tab === 'flame') flameAsked = flame.zoom(0);
}

sampleSelect.addEventListener('change', () => sendSettings());
granSelect.addEventListener('change', () => sendSettings());
applyButton.addEventListener('click', () => sendSettings());
for (const input of Object.values(filterInputs)) input.addEventListener('keydown', (e) => e.key === 'Enter' && sendSettings());
let searchTimer = 0;
// A short pause between keystrokes: a highlight only redraws what is shown (the 59 MB profile's
// 100k frames in about 15 ms), so it follows typing closely.
searchBox.addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = window.setTimeout(() => {
    pattern = searchPattern(searchBox.value);
    top.refresh();
    tree.refresh();
    flame.refresh();
    // after the flame graph's own frame callback: when the highlight is on screen (e2e reads it)
    requestAnimationFrame(() => (document.documentElement.dataset.searchDrawnAt = String(Date.now())));
    save();
  }, 30);
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

/** The rows a reply brings of its table, the rest asked for once they are drawn: screens' worth (a table can have 40,000). */
const FIRST_ROWS = 1000;

/** A reply drawn: its summary and its table's first rows, then the rest of the table when it has more. */
function showReply(v: ViewReply, flameAsked?: AbortController): void {
  const first = texts.top(v.table);
  onSummary(v.summary, first, flameAsked);
  const rest = v.table.rest;
  if (!rest) return;
  // asked after onSummary, which cancels what was asked before it
  link.ask(
    'topRest',
    { table: rest.table, from: v.table.keys.length, frames: texts.known() },
    (more) => {
      // null: another table is shown by now (its own reply draws it)
      if (more) top.extend(first, new ShownTop([v.table, more], texts.textOf(more)));
    },
    { slot: 'topRest' },
  );
}

/** A new summary (first paint, or new settings): every view starts over from it. */
function onSummary(s: ProfileSummary, table: ShownTop, flameAsked?: AbortController): void {
  const first = !summary;
  // the flame graph asked for with these settings, unless a zoom (of the old graph) replaced it
  const flameComing = flameAsked !== undefined && !flameAsked.signal.aborted;
  // Queries still out describe the previous settings: cancelled, their answers never drawn.
  link.cancelAll(flameComing ? flameAsked : undefined);
  summary = s;
  if (first) {
    root.textContent = '';
    root.append(header, filters, tabBar, viewHost);
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
  totalEl.textContent =
    `${s.base ? 'Base total' : 'Total'} ${formatValue(s.unfilteredTotal, unit)}` +
    (activeFilters(s) ? ` · shown ${formatValue(s.total, unit)} (${formatPercent(s.total, s.unfilteredTotal)})` : '') +
    ` · ${s.sampleCount.toLocaleString()} samples`;
  renderBase(s);
  renderMemStats(s);
  filterError.textContent = s.filterError ? `Filters not applied: ${s.filterError}` : '';
  renderChips(s.filterError ? { focus: '', ignore: '', hide: '' } : s.settings.filters);
  top.setTable(table);
  // the call tree and the flame graph are asked for when their tab is (or is next) shown
  tree.reset(s.total, saved.tab === 'tree');
  maps.reset(s);
  // A restored tab's zoom and sandwich fit the settings they were saved with.
  const restore = first && sameSettings(saved.settings, s.settings);
  if (!flameComing) flame.zoomWhenShown(restore ? saved.flameRoot : 0, saved.tab === 'flame');
  if (restore && saved.sandwichKey >= 0) sandwich.show(saved.sandwichKey);
  else if (!first) sandwich.key = -1;
  if (first) selectTab(saved.tab);
  save();
}

/** A comparison: both files and both totals, and the change between them (pprof's percentages are of the base). */
function renderBase(s: ProfileSummary): void {
  const b = s.base;
  baseEl.hidden = !b;
  baseEl.textContent = '';
  if (!b) return;
  const unit = s.sampleTypes[s.settings.sampleIndex].unit;
  const change = b.ownTotal - b.baseTotal;
  baseEl.append(
    h('span', { class: 'badge diff-badge' }, 'compared'),
    ` ${s.file} ${formatValue(b.ownTotal, unit)} − base ${b.file} ${formatValue(b.baseTotal, unit)} = `,
    h(
      'span',
      { class: change > 0 ? 'grow' : change < 0 ? 'shrink' : '', 'data-testid': 'profile-change' },
      (change > 0 ? '+' : '') + formatValue(change, unit),
    ),
    ' · values are this profile minus the base; percentages are of the base total, as go tool pprof -diff_base prints them',
  );
}

/** A Go text heap profile's runtime.MemStats block, beside the profile's own inuse total. */
function renderMemStats(s: ProfileSummary): void {
  const m = s.memStats;
  memStatsEl.hidden = !m;
  memStatsEl.textContent = '';
  if (!m) return;
  const n = (k: string): number | undefined => (m[k] !== undefined && !m[k].startsWith('[') ? Number(m[k]) : undefined);
  const bytes = (k: string): string => (n(k) === undefined ? '?' : formatValue(n(k)!, 'bytes'));
  const inuse = s.sampleTypes.findIndex((t) => t.type === 'inuse_space');
  const summaryLine = h(
    'summary',
    {},
    `runtime.MemStats: HeapAlloc ${bytes('HeapAlloc')} · HeapInuse ${bytes('HeapInuse')} · HeapSys ${bytes('HeapSys')} · Sys ${bytes('Sys')} · NumGC ${m.NumGC ?? '?'}`,
  );
  const why = h(
    'div',
    { class: 'memstats-why' },
    `Why this is not the profile's inuse_space${inuse === s.settings.sampleIndex && !s.base ? ` (${formatValue(s.unfilteredTotal, 'bytes')})` : ''}: ` +
      'the profile samples allocations (one every MemProfileRate bytes on average, scaled back up, so its figures are estimates) ' +
      'and counts what was live at the last completed GC, while HeapAlloc was read when the file was written and counts every ' +
      'object allocated since, sampled or not, and the garbage not yet collected.',
  );
  const table = h('table', { class: 'memstats-table' });
  for (const [k, v] of Object.entries(m)) {
    if (v.startsWith('[')) continue; // PauseNs, PauseEnd: 256 numbers each, in the file and in --json
    table.append(h('tr', {}, h('th', {}, k), h('td', {}, v)));
  }
  memStatsEl.append(summaryLine, why, table);
}

/** The worker now compares with another base (or none): draw every view again, settings kept. */
function onCompared(): void {
  if (!summary) return;
  link.ask('view', { settings: summary.settings, frames: texts.known(), firstRows: FIRST_ROWS }, (v) => showReply(v), { slot: 'view' });
}

/** Asks for the first paint, once per load; it waits in the host until the profile is open. */
function requestView(): void {
  if (viewAsked) return;
  viewAsked = true;
  link.ask('view', { settings: saved.settings, frames: texts.known(), firstRows: FIRST_ROWS }, (v) => showReply(v), {
    slot: 'view',
    onError: (e) => fatal(statusFile, e.message),
  });
}

function fatal(file: string, message: string): void {
  link.cancelAll();
  summary = undefined; // a successful retry builds the view afresh
  viewAsked = false;
  showFatal(root, file, message, { retry: () => link.emit('retry', null), reopenAsText: () => link.emit('reopenAsText', null) });
}

function onStatus(s: LoadStatus): void {
  statusFile = s.file;
  switch (s.phase) {
    case 'loading':
      if (!summary) showLoading(root, s.file);
      requestView();
      return;
    case 'ready':
      requestView();
      return;
    case 'failed':
      fatal(s.file, s.message);
      return;
    default:
      assertNever(s);
  }
}

/** The source of what is selected in the view in front, for the title bar's "Open Source". */
function selectedSource(): SourceRef | undefined {
  if (!summary) return undefined;
  switch (saved.tab) {
    case 'top':
      return top.selectedSource();
    case 'tree':
      return tree.selectedSource();
    case 'flame':
      return flame.selectedSource();
    case 'sandwich':
      return sandwich.key >= 0 ? top.sourceOfKey(sandwich.key) : undefined;
    case 'maps':
      return maps.selectedSource();
    default:
      return assertNever(saved.tab);
  }
}

// Theme switches change the --vscode-* variables: redraw the canvas with the new colours.
new MutationObserver(() => flame.refresh()).observe(document.body, { attributes: true, attributeFilter: ['class'] });
(window as unknown as { heaplensFlame: FlameView }).heaplensFlame = flame;
link.emit('ready', null);
