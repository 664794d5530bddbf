// The flame table: the top-down call tree as an expandable, virtualized table. Children come
// from the worker one level at a time, already sorted, when a row is expanded.
import type { SourceRef, TreeNodeRow } from '../../src/shared/protocol/profileView';
import { h, setHighlighted } from '../common/dom';
import { cellsOf, VirtualTable } from '../common/virtualTable';
import type { App } from './app';
import { appendMapBadge } from './mapBadge';

/** The call tree's columns. */
const TREE_COLUMNS = [
  { label: 'self', cls: 'num', width: '9em' },
  { label: 'total', cls: 'num', width: '9em' },
  { label: '', cls: 'bar-col', width: '8em' },
  { label: 'function', cls: 'name' },
];

interface Visible {
  node: TreeNodeRow;
  depth: number;
}

/** The call-tree table. */
export class TreeView {
  readonly element: HTMLElement;
  private readonly list: VirtualTable;
  private readonly children = new Map<number, TreeNodeRow[]>();
  private readonly expanded = new Set<number>();
  /** Nodes whose children were asked for and have not come. */
  private readonly fetching = new Set<number>();
  private rows: Visible[] = [];
  private rootTotal = 0;

  constructor(private readonly app: App) {
    this.list = new VirtualTable({
      rowHeight: 22,
      testId: 'tree-table',
      rowTestId: 'tree-row',
      columns: TREE_COLUMNS,
      renderRow: (row, i) => this.renderRow(row, i),
      onActivate: (i) => this.toggle(i),
      onKey: (e, i) => {
        const v = this.rows[i];
        if (!v) return false;
        if (e.key === 'ArrowRight' && v.node.hasChildren && !this.expanded.has(v.node.id)) return (this.toggle(i), true);
        if (e.key === 'ArrowLeft') {
          if (this.expanded.has(v.node.id)) return (this.toggle(i), true);
          const parent = this.rows
            .slice(0, i)
            .reverse()
            .findIndex((r) => r.depth < v.depth);
          if (parent >= 0) this.list.select(i - 1 - parent);
          return true;
        }
        if (e.key === 'o' || e.key === 'O') return (this.app.openSource(sourceOfNode(v.node)), true);
        if (e.key === 's' || e.key === 'S') return (this.app.showSandwich(v.node.key), true);
        return false;
      },
    });
    this.element = h('div', { class: 'view tree-view', 'data-testid': 'tree-view' }, this.list.element);
  }

  /**
   * Starts over (new settings, whose queries cancelled the old ones): asks for the root's
   * children now when the tab is shown, else once it is (shown): a large profile's first level
   * can be tens of thousands of rows, which would hold up the queries of the tab in front.
   */
  reset(total: number, visible: boolean): void {
    this.rootTotal = total;
    this.children.clear();
    this.expanded.clear();
    this.fetching.clear();
    this.rows = [];
    this.list.setCount(0);
    this.stale = !visible;
    if (visible) this.fetch(0);
  }

  /** The tab is shown: the root's children, if reset asked for none yet. */
  shown(): void {
    if (!this.stale) return;
    this.stale = false;
    this.fetch(0);
  }

  /** The selected row's source, for "Open Source". */
  selectedSource(): SourceRef | undefined {
    const v = this.rows[this.list.selected];
    return v && sourceOfNode(v.node);
  }

  /** Whether the root's children are still to be asked for (reset while hidden). */
  private stale = false;

  private fetch(nodeId: number): void {
    if (this.fetching.has(nodeId)) return;
    this.fetching.add(nodeId);
    const texts = this.app.texts;
    this.app.ask('children', { nodeId, frames: texts.known() }, (rows) => this.receive(nodeId, texts.nodes(rows)));
  }

  private receive(nodeId: number, rows: TreeNodeRow[]): void {
    this.fetching.delete(nodeId);
    this.children.set(nodeId, rows);
    if (nodeId !== 0) this.expanded.add(nodeId);
    // A single chain is opened for the user: less clicking through main → runtime.main.
    if (rows.length === 1 && rows[0].hasChildren && this.depthOf(nodeId) < 8) this.fetch(rows[0].id);
    this.flatten();
  }

  private depthOf(nodeId: number): number {
    return nodeId === 0 ? 0 : (this.rows.find((r) => r.node.id === nodeId)?.depth ?? 0) + 1;
  }

  private flatten(): void {
    const out: Visible[] = [];
    const walk = (id: number, depth: number) => {
      for (const c of this.children.get(id) ?? []) {
        out.push({ node: c, depth });
        if (this.expanded.has(c.id)) walk(c.id, depth + 1);
      }
    };
    walk(0, 0);
    this.rows = out;
    this.list.setCount(out.length, true);
  }

  private toggle(i: number): void {
    const v = this.rows[i];
    if (!v || !v.node.hasChildren) return;
    if (this.expanded.has(v.node.id)) {
      this.expanded.delete(v.node.id);
      this.flatten();
    } else if (this.children.has(v.node.id)) {
      this.expanded.add(v.node.id);
      this.flatten();
    } else {
      this.fetch(v.node.id);
    }
  }

  /** Re-renders (search changed). */
  refresh(): void {
    this.list.refresh();
  }

  private renderRow(row: HTMLTableRowElement, i: number): void {
    const v = this.rows[i];
    const cells = cellsOf(row, ['num', 'num', 'bar-col', 'name']);
    cells[0].textContent = this.app.fmt(v.node.self);
    cells[1].textContent = this.app.fmt(v.node.total);
    cells[0].className = `num ${this.app.signClass(v.node.self)}`;
    cells[1].className = `num ${this.app.signClass(v.node.total)}`;
    if (!cells[2].firstChild) cells[2].append(h('div', { class: 'bar-cell' }, h('div', { class: 'bar' })));
    const frac = this.rootTotal ? Math.min(1, Math.abs(v.node.total) / Math.abs(this.rootTotal)) : 0;
    (cells[2].firstChild!.firstChild as HTMLElement).style.width = `${(frac * 100).toFixed(2)}%`;
    cells[2].title = this.app.pct(v.node.total);
    const twisty = v.node.hasChildren ? (this.expanded.has(v.node.id) ? '▾ ' : '▸ ') : '  ';
    cells[3].style.paddingLeft = `${4 + v.depth * 12}px`;
    const hit = setHighlighted(cells[3], twisty + v.node.name, this.app.search());
    const m = this.app.maps();
    const mapTip = appendMapBadge(cells[3], m.of(v.node.name, v.node.line, this.app.summary()?.settings.granularity ?? 'functions'), m.sampleType);
    row.classList.toggle('match', hit);
    row.title = 'Enter: expand · O: go to source · S: callers/callees' + (mapTip ? `\nmap: ${mapTip}` : '');
    if (v.node.hasChildren) row.setAttribute('aria-expanded', String(this.expanded.has(v.node.id)));
    else row.removeAttribute('aria-expanded');
    row.setAttribute('aria-level', String(v.depth + 1));
  }
}

/** Where a call-tree node's code is. */
function sourceOfNode(n: TreeNodeRow): SourceRef {
  return { file: n.file, line: n.line, name: n.name };
}
