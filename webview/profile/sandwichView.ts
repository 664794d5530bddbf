// Callers and callees of one function (pprof's peek), each edge with the value through it.
import type { SandwichResult, SandwichRow } from '../../src/shared/protocol';
import { h, setHighlighted } from '../common/dom';
import type { App } from './app';

/** The sandwich view. */
export class SandwichView {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private pending = -1;
  key = -1;

  constructor(private readonly app: App) {
    this.body = h('div', { class: 'sandwich-body' },
      h('p', { class: 'hint', 'data-testid': 'sandwich-empty' }, 'Select a row in Top or Call Tree and press S (or use “Callers / callees” on a row) to see who calls it and what it calls.'));
    this.element = h('div', { class: 'view sandwich-view', 'data-testid': 'sandwich-view' }, this.body);
  }

  /** Asks for the callers/callees of a row key. */
  show(key: number): void {
    this.key = key;
    const requestId = this.app.nextRequestId();
    this.pending = requestId;
    this.app.request({ type: 'getSandwich', requestId, key });
    this.app.saveState();
  }

  /** A reply; false when it was not ours. */
  receive(requestId: number, r: SandwichResult): boolean {
    if (requestId !== this.pending) return false;
    this.body.textContent = '';
    const re = this.app.search();
    const section = (title: string, rows: SandwichRow[], testid: string) => {
      const list = h('div', { class: 'sandwich-list', role: 'list', 'data-testid': testid });
      if (rows.length === 0) list.append(h('div', { class: 'hint' }, 'none'));
      for (const row of rows) {
        const name = h('span', { class: 'name' });
        setHighlighted(name, row.name, re);
        const frac = r.cum ? Math.min(1, Math.abs(row.value) / Math.abs(r.cum)) : 0;
        const bar = h('span', { class: 'bar' });
        bar.style.width = `${(frac * 100).toFixed(1)}%`; // CSSOM, which the CSP allows
        const item = h('button', { class: 'sandwich-row', role: 'listitem', 'data-testid': 'sandwich-row' },
          h('span', { class: 'num' }, this.app.fmt(row.value)),
          h('span', { class: 'num' }, this.app.pct(row.value)),
          h('span', { class: 'bar-cell' }, bar),
          name);
        item.addEventListener('click', () => this.show(row.key));
        list.append(item);
      }
      return h('section', {}, h('h3', {}, title), list);
    };
    const focus = h('div', { class: 'sandwich-focus', 'data-testid': 'sandwich-focus' },
      h('strong', {}, r.name), ` — flat ${this.app.fmt(r.flat)} (${this.app.pct(r.flat)}), cum ${this.app.fmt(r.cum)} (${this.app.pct(r.cum)})`);
    this.body.append(section('Callers', r.callers, 'sandwich-callers'), focus, section('Callees', r.callees, 'sandwich-callees'));
    return true;
  }
}
