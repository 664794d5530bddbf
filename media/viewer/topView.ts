// The top table: flat, flat%, sum%, cum, cum%, name — pprof's numbers, sortable, virtualized.
import type { SourceRef } from '../../src/shared/protocol/profileView';
import type { ShownTop } from '../../src/shared/frameRows';
import { h, setHighlighted } from '../common/dom';
import { cellsOf, VirtualTable } from '../common/virtualTable';
import type { App } from './app';
import type { TopSort } from './savedState';
import { appendMapBadge } from './mapBadge';

/** pprof's top columns. */
const TOP_COLUMNS = [
  { label: 'flat', cls: 'num', width: '9em' },
  { label: 'flat%', cls: 'num', width: '6em' },
  { label: 'sum%', cls: 'num', width: '6em' },
  { label: 'cum', cls: 'num', width: '9em' },
  { label: 'cum%', cls: 'num', width: '6em' },
  { label: 'name', cls: 'name' },
];

export type { TopSort } from './savedState';

/** The top table view. */
export class TopView {
  readonly element: HTMLElement;
  private table: ShownTop | undefined;
  /** Whether the table's rows have been drawn (its first ones, or all). */
  private rowsShown = false;
  /** First rows waiting for the rest, in an order other than pprof's (see setTable). */
  private pending: ShownTop | undefined;
  private order: number[] = [];
  private sumPct: number[] = [];
  private readonly list: VirtualTable;
  private readonly headers = new Map<TopSort, HTMLElement>();
  private readonly status: HTMLElement;

  constructor(
    private readonly app: App,
    public sort: TopSort,
    public desc: boolean,
  ) {
    this.list = new VirtualTable({
      rowHeight: 22,
      testId: 'top-table',
      rowTestId: 'top-row',
      columns: TOP_COLUMNS,
      renderRow: (row, i) => this.renderRow(row, i),
      onActivate: (i) => this.activate(i),
      onKey: (e, i) => {
        if (e.key === 's' || e.key === 'S') {
          this.sandwich(i);
          return true;
        }
        return false;
      },
    });
    const sortable: [number, TopSort][] = [
      [0, 'flat'],
      [3, 'cum'],
      [5, 'name'],
    ];
    for (const [col, key] of sortable) {
      const c = this.list.headerCells[col];
      c.tabIndex = 0;
      c.classList.add('sortable');
      c.dataset.testid = `sort-${key}`;
      c.addEventListener('click', () => this.setSort(key));
      c.addEventListener('keydown', (e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), this.setSort(key)));
      this.headers.set(key, c);
    }
    this.status = h('div', { class: 'status', 'data-testid': 'top-status' });
    this.element = h('div', { class: 'view top-view', 'data-testid': 'top-view' }, this.list.element, this.status);
    this.updateHeaders();
  }

  /**
   * New data from the worker: a table, or its first rows (t.partial), which extend completes.
   * Those are pprof's order: in another, the rows shown stay until the whole table is here.
   */
  setTable(t: ShownTop): void {
    this.pending = t.partial && !this.pprofOrder() ? t : undefined;
    if (this.pending) return;
    this.table = t;
    this.rowsShown = false;
    this.resort();
  }

  /** The whole table whose first rows `first` are shown (the selection and the scroll stay) or wait for it. */
  extend(first: ShownTop, whole: ShownTop): void {
    if (this.pending === first) {
      this.pending = undefined;
      this.setTable(whole);
    } else if (this.table === first) {
      this.table = whole;
      this.resort(true);
    }
  }

  private pprofOrder(): boolean {
    return this.sort === 'flat' && this.desc;
  }

  /** Re-renders visible rows (the search changed). */
  refresh(): void {
    this.list.refresh();
    this.updateStatus();
  }

  private setSort(key: TopSort): void {
    if (this.sort === key) this.desc = !this.desc;
    else {
      this.sort = key;
      this.desc = key !== 'name';
    }
    this.updateHeaders();
    this.resort();
    this.app.saveState();
  }

  private updateHeaders(): void {
    for (const [k, e] of this.headers) {
      e.classList.toggle('sorted', k === this.sort);
      e.setAttribute('aria-sort', k === this.sort ? (this.desc ? 'descending' : 'ascending') : 'none');
      e.dataset.arrow = k === this.sort ? (this.desc ? '▼' : '▲') : '';
    }
  }

  private resort(keepSelection = false): void {
    const t = this.table;
    if (!t) return;
    if (t.partial && !this.pprofOrder()) {
      // first rows only, in pprof's order: which rows lead in another order, the rest decides
      this.status.textContent = `Sorting ${t.rows.toLocaleString()} rows…`;
      return;
    }
    const idx = Array.from({ length: t.length }, (_, i) => i);
    // The worker sends pprof's order; "flat, descending" keeps it exactly.
    if (!this.pprofOrder()) {
      const sign = this.desc ? -1 : 1;
      const by = this.sort;
      const names = by === 'name' ? idx.map((i) => t.name(i)) : [];
      idx.sort((a, b) => {
        const d = by === 'name' ? (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0) : Math.abs(t[by][a]) - Math.abs(t[by][b]);
        return d !== 0 ? sign * d : a - b;
      });
    }
    this.order = idx;
    let sum = 0;
    this.sumPct = idx.map((i) => (sum += t.flat[i]));
    this.list.setCount(idx.length, keepSelection);
    this.updateStatus();
    if (!this.rowsShown) {
      this.rowsShown = true;
      // When the first and the latest table's rows reached the DOM (wall clock): the end-to-end test times first paint and setting changes with them.
      document.documentElement.dataset.firstRowsAt ??= String(Date.now());
      document.documentElement.dataset.rowsAt = String(Date.now());
    }
  }

  private updateStatus(): void {
    const t = this.table;
    if (!t) return;
    const re = this.app.search();
    let matches = 0;
    if (re) for (let r = 0; r < t.length; r++) if (((re.lastIndex = 0), re.test(t.name(r)))) matches++;
    // the matches are counted once every row is here (a moment after the first ones)
    const counted = !re ? '' : t.partial ? ' · counting the matches…' : ` · ${matches.toLocaleString()} match the search`;
    this.status.textContent = `${t.rows.toLocaleString()} rows` + counted;
  }

  private renderRow(row: HTMLTableRowElement, i: number): void {
    const t = this.table!;
    const r = this.order[i];
    const cells = cellsOf(row, ['num', 'num', 'num', 'num', 'num', 'name']);
    cells[0].textContent = this.app.fmt(t.flat[r]);
    cells[1].textContent = this.app.pct(t.flat[r]);
    cells[2].textContent = this.app.pct(this.sumPct[i]);
    cells[3].textContent = this.app.fmt(t.cum[r]);
    cells[4].textContent = this.app.pct(t.cum[r]);
    // a comparison: growth and shrink in their colours
    cells[0].className = `num ${this.app.signClass(t.flat[r])}`;
    cells[3].className = `num ${this.app.signClass(t.cum[r])}`;
    const name = t.name(r);
    const file = t.file(r);
    const line = t.line(r);
    const label = name + (t.inline(r) ? ' (inline)' : '') + (line ? ` ${file}:${line}` : '');
    const hit = setHighlighted(cells[5], label, this.app.search());
    const m = this.app.maps();
    const mapTip = appendMapBadge(cells[5], m.of(name, line, this.app.summary()?.settings.granularity ?? 'functions'), m.sampleType);
    row.classList.toggle('match', hit);
    const sourceLine = t.sourceLine(r);
    row.title =
      (file ? `${file}${sourceLine ? ':' + sourceLine : ''} — double-click or Enter: go to source · S: callers/callees` : label) +
      (mapTip ? `\nmap: ${mapTip}` : '');
  }

  private activate(i: number): void {
    const t = this.table!;
    this.app.openSource(sourceOfRow(t, this.order[i]));
  }

  private sandwich(i: number): void {
    const t = this.table;
    if (t && i >= 0 && i < this.order.length) this.app.showSandwich(t.keys[this.order[i]]);
  }

  /** The selected row's source, for "Open Source". */
  selectedSource(): SourceRef | undefined {
    const t = this.table;
    return t && this.list.selected >= 0 ? sourceOfRow(t, this.order[this.list.selected]) : undefined;
  }

  /** The source of the row with `key` (the sandwich's function). */
  sourceOfKey(key: number): SourceRef | undefined {
    const r = this.table?.rowOf(key) ?? -1;
    return r >= 0 ? sourceOfRow(this.table!, r) : undefined;
  }

  /** The row key under the selection, for "callers/callees" from the toolbar. */
  selectedKey(): number | undefined {
    const t = this.table;
    if (!t || this.list.selected < 0) return undefined;
    return t.keys[this.order[this.list.selected]];
  }
}

/** Where row `r`'s code is, as jump-to-source opens it. */
function sourceOfRow(t: ShownTop, r: number): SourceRef {
  return { file: t.file(r), line: t.sourceLine(r), name: t.name(r) };
}
