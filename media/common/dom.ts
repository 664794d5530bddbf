// DOM helpers that only ever set text, never HTML: names from profiles are untrusted.

/** Creates an element with attributes and text or children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

/** Fills `parent` with `text`, wrapping the parts that match `re` in <mark> (all as text nodes). */
export function setHighlighted(parent: HTMLElement, text: string, re: RegExp | null): boolean {
  parent.textContent = '';
  if (!re) {
    parent.textContent = text;
    return false;
  }
  let last = 0,
    any = false;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    any = true;
    if (m.index > last) parent.append(document.createTextNode(text.slice(last, m.index)));
    const mark = document.createElement('mark');
    mark.textContent = m[0];
    parent.append(mark);
    last = m.index + m[0].length;
  }
  if (last < text.length) parent.append(document.createTextNode(text.slice(last)));
  return any;
}

/** A case-insensitive search pattern from user text (a regex when valid, else literal). */
export function searchPattern(text: string): RegExp | null {
  if (!text) return null;
  try {
    return new RegExp(text, 'gi');
  } catch {
    return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
  }
}

/** Reads a CSS custom property from the document (theme colours). */
export function cssVar(name: string, fallback: string): string {
  const v = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return v || fallback;
}
