// Parsing is most of the analysis's cost, and most function bodies never matter to it: only
// bodies that mention `clear` are analysed; elsewhere only declarations and signatures are read.
// Blanking the other bodies (spaces, newlines kept) lets tree-sitter skip them while every
// position stays where it was.

const SLASH = 47, STAR = 42, BACKTICK = 96, DQUOTE = 34, SQUOTE = 39, BACKSLASH = 92, NEWLINE = 10;
const LPAREN = 40, RPAREN = 41, LBRACE = 123, RBRACE = 125;

/**
 * If a comment, string or rune starts at `i`, the index of its last character; else -1.
 * Braces inside them must not count.
 */
function skipNonCode(text: string, i: number, c: number): number {
  if (c === SLASH) {
    const next = text.charCodeAt(i + 1);
    if (next === SLASH) { const e = text.indexOf('\n', i); return e < 0 ? text.length : e - 1; }
    if (next === STAR) { const e = text.indexOf('*/', i + 2); return e < 0 ? text.length : e + 1; }
    return -1;
  }
  if (c === BACKTICK) { const e = text.indexOf('`', i + 1); return e < 0 ? text.length : e; }
  if (c === DQUOTE || c === SQUOTE) {
    let j = i + 1;
    for (; j < text.length; j++) {
      const d = text.charCodeAt(j);
      if (d === BACKSLASH) j++;
      else if (d === c || d === NEWLINE) break;
    }
    return j;
  }
  return -1;
}

/** Spaces in place of every character but newlines. */
function blank(s: string): string {
  return s.split('\n').map((line) => ' '.repeat(line.length)).join('\n');
}

function isWordStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c > 127;
}

function isWordPart(c: number): boolean {
  return isWordStart(c) || (c >= 48 && c <= 57);
}

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
    const c = text.charCodeAt(i);
    const skipped = skipNonCode(text, i, c);
    if (skipped >= 0) { i = skipped; continue; }
    if (isWordStart(c)) {
      let e = i + 1;
      while (e < text.length && isWordPart(text.charCodeAt(e))) e++;
      // Only func, struct and interface matter; other words just end the previous one.
      const len = e - i;
      prevWord = len === 4 || len === 6 || len === 9 ? text.slice(i, e) : 'x';
      if (depth === 0 && prevWord === 'func' && !inFunc) { inFunc = true; parens = 0; typeBrace = 0; }
      i = e - 1;
      continue;
    }
    if (c === LPAREN) parens++;
    else if (c === RPAREN) parens--;
    else if (c === LBRACE) {
      if (inFunc && parens === 0 && typeBrace === 0 && prevWord !== 'struct' && prevWord !== 'interface') {
        const end = matchingBrace(text, i);
        if (end < 0) break;
        if (!keep(text.slice(i + 1, end))) {
          out.push(text.slice(last, i + 1), blank(text.slice(i + 1, end)));
          last = end;
        }
        i = end;
        inFunc = false;
        continue;
      }
      if (inFunc) typeBrace++;
      else depth++;
      continue; // `{` keeps prevWord: it is what made this a type brace
    } else if (c === RBRACE) {
      if (inFunc && typeBrace > 0) typeBrace--;
      else depth = Math.max(0, depth - 1);
    }
    if (c > 32) prevWord = '';
  }
  out.push(text.slice(last));
  return out.join('');
}

/** Index of the `}` closing the `{` at `open`, skipping comments, strings and runes; -1 if none. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const skipped = skipNonCode(text, i, c);
    if (skipped >= 0) { i = skipped; continue; }
    if (c === LBRACE) depth++;
    else if (c === RBRACE && --depth === 0) return i;
  }
  return -1;
}
