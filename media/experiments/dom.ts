// Tiny DOM helpers: everything from a profile or the engine becomes text, never HTML.

type Attrs = Record<string, string | undefined>;

/** An element with attributes and children; strings become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) e.setAttribute(k, v);
  for (const c of children) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

/** A table cell holding text, with an optional tooltip. */
export function cell(text: string, title?: string, cls?: string): HTMLTableCellElement {
  return el('td', { title, class: cls }, text);
}
