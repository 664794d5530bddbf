// A virtualized, keyboard-navigable list: only the rows in view exist in the DOM.

/** Options for a virtual list. */
export interface VirtualListOptions {
  rowHeight: number;
  /** Fills a row element for index i (called for visible rows only). */
  renderRow(row: HTMLElement, index: number, selected: boolean): void;
  /** Enter or double click on a row. */
  onActivate?(index: number): void;
  /** Selection moved (click or arrows). */
  onSelect?(index: number): void;
  /** Extra keys (e.g. ArrowRight to expand). Return true when handled. */
  onKey?(e: KeyboardEvent, index: number): boolean;
  testId: string;
}

/** A scrolling list of `count` rows of fixed height, with a roving focus. */
export class VirtualList {
  readonly element: HTMLElement;
  private readonly spacer: HTMLElement;
  private readonly pool: HTMLElement[] = [];
  private count = 0;
  selected = -1;
  private frame = 0;

  constructor(private readonly opts: VirtualListOptions) {
    this.element = document.createElement('div');
    this.element.className = 'vlist';
    this.element.setAttribute('role', 'grid');
    this.element.dataset.testid = opts.testId;
    this.spacer = document.createElement('div');
    this.spacer.className = 'vlist-spacer';
    this.element.append(this.spacer);
    this.element.addEventListener('scroll', () => this.schedule());
    this.element.addEventListener('keydown', (e) => this.key(e));
    new ResizeObserver(() => this.schedule()).observe(this.element);
  }

  /** Sets the number of rows and redraws. */
  setCount(n: number, keepSelection = false): void {
    this.count = n;
    if (!keepSelection || this.selected >= n) this.selected = n > 0 && keepSelection ? Math.min(this.selected, n - 1) : -1;
    this.spacer.style.height = `${n * this.opts.rowHeight}px`;
    this.render();
  }

  /** Redraws the visible rows (data changed but not the count). */
  refresh(): void {
    this.render();
  }

  /** Selects a row, scrolls it into view and focuses it. */
  select(i: number, focus = true): void {
    if (i < 0 || i >= this.count) return;
    this.selected = i;
    const top = i * this.opts.rowHeight, h = this.element.clientHeight;
    if (top < this.element.scrollTop) this.element.scrollTop = top;
    else if (top + this.opts.rowHeight > this.element.scrollTop + h) this.element.scrollTop = top + this.opts.rowHeight - h;
    this.render();
    if (focus) this.pool.find((r) => Number(r.dataset.index) === i)?.focus();
    this.opts.onSelect?.(i);
  }

  private schedule(): void {
    if (!this.frame) this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  private render(): void {
    const rh = this.opts.rowHeight;
    const first = Math.max(0, Math.floor(this.element.scrollTop / rh) - 2);
    const visible = Math.ceil((this.element.clientHeight || 600) / rh) + 4;
    const last = Math.min(this.count, first + visible);
    const hadFocus = this.element.contains(document.activeElement);
    while (this.pool.length < last - first) {
      const row = document.createElement('div');
      row.className = 'vlist-row';
      row.setAttribute('role', 'row');
      row.addEventListener('click', () => this.select(Number(row.dataset.index)));
      row.addEventListener('dblclick', () => this.opts.onActivate?.(Number(row.dataset.index)));
      this.element.append(row);
      this.pool.push(row);
    }
    this.pool.forEach((row, k) => {
      const i = first + k;
      if (i >= last) {
        row.style.display = 'none';
        row.dataset.index = '-1';
        return;
      }
      row.style.display = '';
      row.style.transform = `translateY(${i * rh}px)`;
      row.dataset.index = String(i);
      row.tabIndex = i === this.selected || (this.selected < 0 && i === first) ? 0 : -1;
      row.setAttribute('aria-selected', String(i === this.selected));
      row.classList.toggle('selected', i === this.selected);
      this.opts.renderRow(row, i, i === this.selected);
    });
    if (hadFocus && this.selected >= 0) this.pool.find((r) => Number(r.dataset.index) === this.selected)?.focus({ preventScroll: true });
  }

  private key(e: KeyboardEvent): void {
    const cur = this.selected < 0 ? Math.floor(this.element.scrollTop / this.opts.rowHeight) : this.selected;
    const page = Math.max(1, Math.floor(this.element.clientHeight / this.opts.rowHeight) - 1);
    if (this.opts.onKey?.(e, cur)) {
      e.preventDefault();
      return;
    }
    let next = -1;
    switch (e.key) {
      case 'ArrowDown': next = this.selected < 0 ? cur : cur + 1; break;
      case 'ArrowUp': next = cur - 1; break;
      case 'PageDown': next = cur + page; break;
      case 'PageUp': next = cur - page; break;
      case 'Home': next = 0; break;
      case 'End': next = this.count - 1; break;
      case 'Enter':
        if (this.selected >= 0) this.opts.onActivate?.(this.selected);
        e.preventDefault();
        return;
      default:
        return;
    }
    e.preventDefault();
    this.select(Math.max(0, Math.min(this.count - 1, next)));
  }
}
