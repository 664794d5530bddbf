// Parsing is most of the analysis's cost, and most function bodies never matter to it: only
// bodies that mention `clear` are analysed; elsewhere only declarations and signatures are read.
// Blanking the other bodies (spaces, newlines kept) lets tree-sitter skip them while every
// position stays where it was.

/**
 * The text with the bodies of top-level functions and methods blanked, except bodies for which
 * `keep(body)` is true.
 */
export function blankBodies(text: string, keep: (body: string) => boolean): string {
  const out: string[] = [];
  let last = 0;
  let depth = 0;
  let parens = 0;
  let inFunc = false; // between a top-level `func` and its body's `{`
  let typeBrace = 0; // braces of struct{…}/interface{…} in a signature
  let prevWord = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    // Skip comments, strings and runes: braces inside them do not count.
    if (c === '/' && text[i + 1] === '/') { const e = text.indexOf('\n', i); i = e < 0 ? text.length : e - 1; continue; }
    if (c === '/' && text[i + 1] === '*') { const e = text.indexOf('*/', i + 2); i = e < 0 ? text.length : e + 1; continue; }
    if (c === '`') { const e = text.indexOf('`', i + 1); i = e < 0 ? text.length : e; continue; }
    if (c === '"' || c === '\'') {
      for (i++; i < text.length && text[i] !== c && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      let e = i + 1;
      while (e < text.length && /[\w]/.test(text[e])) e++;
      prevWord = text.slice(i, e);
      if (depth === 0 && prevWord === 'func' && !inFunc) { inFunc = true; parens = 0; typeBrace = 0; }
      i = e - 1;
      continue;
    }
    if (c === '(') parens++;
    else if (c === ')') parens--;
    else if (c === '{') {
      if (inFunc && parens === 0 && typeBrace === 0 && prevWord !== 'struct' && prevWord !== 'interface') {
        const end = matchingBrace(text, i);
        if (end < 0) break;
        if (!keep(text.slice(i + 1, end))) {
          out.push(text.slice(last, i + 1), text.slice(i + 1, end).replace(/[^\n]/g, ' '));
          last = end;
        }
        i = end;
        inFunc = false;
        continue;
      }
      if (inFunc) typeBrace++;
      else depth++;
    } else if (c === '}') {
      if (inFunc && typeBrace > 0) typeBrace--;
      else depth = Math.max(0, depth - 1);
    }
    if (!/\s/.test(c)) prevWord = c === '{' ? prevWord : '';
  }
  out.push(text.slice(last));
  return out.join('');
}

/** Index of the `}` closing the `{` at `open`, skipping comments, strings and runes; -1 if none. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') { const e = text.indexOf('\n', i); if (e < 0) return -1; i = e; continue; }
    if (c === '/' && text[i + 1] === '*') { const e = text.indexOf('*/', i + 2); if (e < 0) return -1; i = e + 1; continue; }
    if (c === '`') { const e = text.indexOf('`', i + 1); if (e < 0) return -1; i = e; continue; }
    if (c === '"' || c === '\'') {
      for (i++; i < text.length && text[i] !== c && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}
