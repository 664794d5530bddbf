// Callers and callees of one function as two trees: the first level is pprof's peek; each row
// expands (lazily, one level per request) to who calls the caller, or what the callee calls.
import type { SandwichDirection as Direction, SandwichResult, SandwichRow } from '../../src/shared/protocol/profileView';
import { h, setHighlighted } from '../common/dom';
import type { App } from './app';

/** The sandwich view. */
export class SandwichView {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private cum = 0;
  key = -1;

  constructor(private readonly app: App) {
    this.body = h(
      'div',
      { class: 'sandwich-body' },
      h(
        'p',
        { class: 'hint', 'data-testid': 'sandwich-empty' },
        'Select a row in Top or Call Tree and press S (or use “Callers / callees” on a row) to see who calls it and what it calls.',
      ),
    );
    this.element = h('div', { class: 'view sandwich-view', 'data-testid': 'sandwich-view' }, this.body);
  }

  /** Asks for the callers/callees of a row key (a later call cancels this one). */
  show(key: number): void {
    this.key = key;
    this.app.ask('sandwich', { key }, (r) => (r ? this.render(r) : this.empty()), { slot: 'sandwich' });
    this.app.saveState();
  }

  private empty(): void {
    this.key = -1;
    this.body.textContent = '';
    this.body.append(
      h(
        'p',
        { class: 'hint', 'data-testid': 'sandwich-empty' },
        'That function is not in the profile under the current settings: select a row in Top or Call Tree and press S.',
      ),
    );
  }

  private render(r: SandwichResult): void {
    this.body.textContent = '';
    this.cum = r.cum;
    const section = (title: string, rows: SandwichRow[], direction: Direction, testid: string) => {
      const list = h('div', { class: 'sandwich-list', role: 'tree', 'aria-label': title, 'data-testid': testid });
      this.fill(list, rows, [r.key], direction, 0);
      return h('section', {}, h('h3', {}, title), list);
    };
    const focus = h(
      'div',
      { class: 'sandwich-focus', 'data-testid': 'sandwich-focus' },
      h('strong', {}, r.name),
      ` — flat ${this.app.fmt(r.flat)} (${this.app.pct(r.flat)}), cum ${this.app.fmt(r.cum)} (${this.app.pct(r.cum)})`,
    );
    this.body.append(section('Callers', r.callers, 'callers', 'sandwich-callers'), focus, section('Callees', r.callees, 'callees', 'sandwich-callees'));
  }

  /** Rows under `path` (the function first), each with a toggle that asks for its own level. */
  private fill(into: HTMLElement, rows: SandwichRow[], path: number[], direction: Direction, depth: number): void {
    if (rows.length === 0) into.append(h('div', { class: 'hint' }, depth === 0 ? 'none' : 'no further frames'));
    const re = this.app.search();
    for (const row of rows) {
      const name = h('span', { class: 'name' });
      setHighlighted(name, row.name, re);
      const frac = this.cum ? Math.min(1, Math.abs(row.value) / Math.abs(this.cum)) : 0;
      const bar = h('span', { class: 'bar' });
      bar.style.width = `${(frac * 100).toFixed(1)}%`; // CSSOM, which the CSP allows
      const toggle = h(
        'button',
        { class: 'twisty', 'aria-expanded': 'false', 'data-testid': 'sandwich-toggle', title: direction === 'callers' ? 'Who calls this' : 'What this calls' },
        '▸',
      );
      const item = h(
        'button',
        { class: 'sandwich-row', 'data-testid': 'sandwich-row', title: `Show callers and callees of ${row.name}` },
        h('span', { class: `num ${this.app.signClass(row.value)}` }, this.app.fmt(row.value)),
        h('span', { class: 'num' }, this.app.pct(row.value)),
        h('span', { class: 'bar-cell' }, bar),
        name,
      );
      item.addEventListener('click', () => this.show(row.key));
      const children = h('div', { role: 'group' });
      children.hidden = true;
      const line = h('div', { class: 'sandwich-line', role: 'treeitem', 'aria-level': String(depth + 1) }, toggle, item);
      line.style.paddingLeft = `${depth * 1.2}em`;
      const childPath = [...path, row.key];
      toggle.addEventListener('click', () => {
        const open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', String(open));
        toggle.textContent = open ? '▾' : '▸';
        children.hidden = !open;
        if (open && children.childElementCount === 0) {
          children.append(h('div', { class: 'hint' }, '…'));
          this.app.ask('sandwichLevel', { path: childPath, direction }, (rows) => {
            children.textContent = '';
            this.fill(children, rows, childPath, direction, depth + 1);
          });
        }
      });
      into.append(line, children);
    }
  }
}
