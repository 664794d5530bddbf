// The two screens the viewer shows instead of its views: loading, and why the file cannot be shown.
import { h } from '../common/dom';

/** "Decoding FILE…", busy, in `root`. */
export function showLoading(root: HTMLElement, file: string): void {
  root.textContent = '';
  root.append(h('p', { class: 'hl-loading', 'data-testid': 'loading', role: 'progressbar', 'aria-busy': 'true' }, `Decoding ${file}…`));
}

/** The one-line reason naming the file, with Retry (focused) and Reopen as Text. */
export function showFatal(root: HTMLElement, file: string, message: string, actions: { retry(): void; reopenAsText(): void }): void {
  root.textContent = '';
  const retry = h('button', { 'data-testid': 'retry' }, 'Retry');
  retry.addEventListener('click', () => actions.retry());
  const reopen = h('button', { 'data-testid': 'reopen-as-text', class: 'secondary' }, 'Reopen as Text');
  reopen.addEventListener('click', () => actions.reopenAsText());
  root.append(
    h(
      'div',
      { class: 'fatal', role: 'alert' },
      h('h2', {}, 'HeapLens cannot show this file'),
      h('p', { 'data-testid': 'error-message' }, `${file}: ${message}`),
      h('div', { class: 'actions' }, retry, reopen),
    ),
  );
  retry.focus();
}
