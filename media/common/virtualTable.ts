// A virtualized, keyboard-navigable <table>: only rows in view exist; spacer rows above and
// below keep the scroll height. A real table, so screen readers and tests read headers and cells.

/** Options for a virtual table. */
export interface VirtualTableOptions {
  rowHeight: number;
  /** Header cell labels and classes; `sortKey` makes a header clickable. */
  columns: { label: string; cls: string; width?: string }[];
  /** Fills a row's cells for index i (called for visible rows only). */
  renderRow(row: HTMLTableRowElement, index: number): void;
  onActivate?(index: number): void;
  onSelect?(index: number): void;
  /** Extra keys (ArrowRight to expand, S for callers/callees). Return true when handled. */
  onKey?(e: KeyboardEvent, index: number): boolean;
  testId: string;
  rowTestId: string;
}

/** A scrolling table of `count` rows of fixed height, with a roving focus. */
export class VirtualTable {
  readonly element: HTMLElement;
  readonly headerCells: HTMLTableCellElement[] = [];
  private readonly body: HTMLTableSectionElement;
  private readonly before: HTMLTableRowElement;
  private readonly after: HTMLTableRowElement;
  private readonly pool: HTMLTableRowElement[] = [];
  private count = 0;
  selected = -1;
  private frame = 0;

  constructor(private readonly opts: VirtualTableOptions) {
    const table = document.createElement('table');
    table.className = 'vtable';
    table.dataset.testid = opts.testId;
    table.setAttribute('role', 'grid');
    const colgroup = document.createElement('colgroup');
    const head = table.createTHead();
    const hr = head.insertRow();
    hr.setAttribute('role', 'row');
    for (const c of opts.columns) {
      const col = document.createElement('col');
      if (c.width) col.style.width = c.width;
      colgroup.append(col);
      const th = document.createElement('th');
      th.className = c.cls;
      th.scope = 'col';
      th.setAttribute('role', 'columnheader');
      th.textContent = c.label;
      hr.append(th);
      this.headerCells.push(th);
    }
    table.prepend(colgroup);
    this.body = table.createTBody();
    this.before = this.body.insertRow();
    this.before.className = 'spacer';
    this.before.setAttribute('aria-hidden', 'true');
    this.after = this.body.insertRow();
    this.after.className = 'spacer';
    this.after.setAttribute('aria-hidden', 'true');
    this.element = document.createElement('div');
    this.element.className = 'vtable-scroller';
    this.element.append(table);
    this.element.addEventListener('scroll', () => this.schedule());
    this.element.addEventListener('keydown', (e) => this.key(e));
    new ResizeObserver(() => this.schedule()).observe(this.element);
  }

  /** Sets the number of rows and redraws; keeps the selection when asked and still valid. */
  setCount(n: number, keepSelection = false): void {
    this.count = n;
    if (!keepSelection) this.selected = -1;
    else if (this.selected >= n) this.selected = n - 1;
    this.render();
  }

  /** Redraws the visible rows. */
  refresh(): void {
    this.render();
  }

  /** Selects a row, scrolls it into view and focuses it. */
  select(i: number, focus = true): void {
    if (i < 0 || i >= this.count) return;
    this.selected = i;
    const rh = this.opts.rowHeight;
    const headH = this.headerCells[0]?.offsetHeight ?? rh;
    const top = i * rh,
      h = this.element.clientHeight - headH;
    if (top < this.element.scrollTop) this.element.scrollTop = top;
    else if (top + rh > this.element.scrollTop + h) this.element.scrollTop = top + rh - h;
    this.render();
    if (focus) this.pool.find((r) => Number(r.dataset.index) === i)?.focus({ preventScroll: true });
    this.opts.onSelect?.(i);
  }

  private schedule(): void {
    if (!this.frame)
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.render();
      });
  }

  private render(): void {
    const rh = this.opts.rowHeight;
    const first = Math.max(0, Math.min(this.count, Math.floor(this.element.scrollTop / rh) - 2));
    const visible = Math.ceil((this.element.clientHeight || 600) / rh) + 4;
    const last = Math.min(this.count, first + visible);
    const hadFocus = this.element.contains(document.activeElement);
    while (this.pool.length < last - first) {
      const row = document.createElement('tr');
      row.setAttribute('role', 'row');
      row.dataset.testid = this.opts.rowTestId;
      row.addEventListener('click', () => this.select(Number(row.dataset.index)));
      row.addEventListener('dblclick', () => this.opts.onActivate?.(Number(row.dataset.index)));
      this.body.insertBefore(row, this.after);
      this.pool.push(row);
    }
    // Removed rather than hidden, so the table holds exactly the rows in view.
    while (this.pool.length > last - first) this.pool.pop()!.remove();
    this.before.style.height = `${first * rh}px`;
    this.after.style.height = `${(this.count - last) * rh}px`;
    this.pool.forEach((row, k) => {
      const i = first + k;
      row.dataset.index = String(i);
      row.tabIndex = i === this.selected || (this.selected < 0 && i === first) ? 0 : -1;
      row.setAttribute('aria-selected', String(i === this.selected));
      row.classList.toggle('selected', i === this.selected);
      this.opts.renderRow(row, i);
    });
    if (hadFocus && this.selected >= 0) this.pool.find((r) => Number(r.dataset.index) === this.selected)?.focus({ preventScroll: true });
  }

  private key(e: KeyboardEvent): void {
    if (!(e.target instanceof HTMLTableRowElement)) return;
    const cur = this.selected < 0 ? Number(e.target.dataset.index) : this.selected;
    const page = Math.max(1, Math.floor(this.element.clientHeight / this.opts.rowHeight) - 2);
    if (this.opts.onKey?.(e, cur)) {
      e.preventDefault();
      return;
    }
    let next: number;
    switch (e.key) {
      case 'ArrowDown':
        next = this.selected < 0 ? cur : cur + 1;
        break;
      case 'ArrowUp':
        next = cur - 1;
        break;
      case 'PageDown':
        next = cur + page;
        break;
      case 'PageUp':
        next = cur - page;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = this.count - 1;
        break;
      case 'Enter':
        this.opts.onActivate?.(cur);
        e.preventDefault();
        return;
      default:
        return;
    }
    e.preventDefault();
    this.select(Math.max(0, Math.min(this.count - 1, next)));
  }
}

/** The row's cells, created once with the given classes. */
export function cellsOf(row: HTMLTableRowElement, classes: string[]): HTMLTableCellElement[] {
  if (row.cells.length !== classes.length) {
    row.textContent = '';
    for (const c of classes) {
      const cell = row.insertCell();
      cell.className = c;
      cell.setAttribute('role', 'gridcell');
    }
  }
  return Array.from(row.cells);
}
