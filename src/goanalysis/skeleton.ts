// Parsing is most of the analysis's cost, and most function bodies never matter to it: only
// bodies that mention `clear` are analysed; elsewhere only declarations and signatures are read.
// Blanking the other bodies (spaces, newlines kept) lets tree-sitter skip them while every
// position stays where it was.

const SLASH = 47,
  STAR = 42,
  BACKTICK = 96,
  DQUOTE = 34,
  SQUOTE = 39,
  BACKSLASH = 92,
  NEWLINE = 10;
const LPAREN = 40,
  RPAREN = 41,
  LBRACE = 123,
  RBRACE = 125;

/**
 * If a comment, string or rune starts at `i`, the index of its last character; else -1.
 * Braces inside them must not count.
 */
function skipNonCode(text: string, i: number, c: number): number {
  if (c === SLASH) {
    const next = text.charCodeAt(i + 1);
    if (next === SLASH) {
      const e = text.indexOf('\n', i);
      return e < 0 ? text.length : e - 1;
    }
    if (next === STAR) {
      const e = text.indexOf('*/', i + 2);
      return e < 0 ? text.length : e + 1;
    }
    return -1;
  }
  if (c === BACKTICK) {
    const e = text.indexOf('`', i + 1);
    return e < 0 ? text.length : e;
  }
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
  return s
    .split('\n')
    .map((line) => ' '.repeat(line.length))
    .join('\n');
}

function isWordStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c > 127;
}

function isWordPart(c: number): boolean {
  return isWordStart(c) || (c >= 48 && c <= 57);
}

/**
 * The text with the bodies of top-level functions and methods blanked, except bodies for which
 * `keep(body)` is true. Inside a kept body, blocks and literal values for which `keep` is false
 * are blanked too: names they declare are out of scope everywhere else, and a literal's type
 * is written before its brace. `drop` removes what would be blanked instead, and package
 * variables' literal values too, for files whose positions are never reported (a package's
 * other files): tree-sitter then has less to read.
 */
export function blankBodies(text: string, keep: (body: string) => boolean, drop = false): string {
  const blanks: [number, number][] = [];
  let depth = 0;
  let parens = 0;
  let inFunc = false; // between a top-level `func` and its body's `{`
  let typeBrace = 0; // braces of struct{…}/interface{…} in a signature
  const scan = { prevWord: '' };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const skipped = skipToken(text, i, c, scan);
    if (skipped >= 0) {
      if (depth === 0 && scan.prevWord === 'func' && !inFunc) {
        inFunc = true;
        parens = 0;
        typeBrace = 0;
      }
      i = skipped;
      continue;
    }
    const prevWord = scan.prevWord;
    if (c === LPAREN) parens++;
    else if (c === RPAREN) parens--;
    else if (c === LBRACE) {
      if (inFunc && parens === 0 && typeBrace === 0 && prevWord !== 'struct' && prevWord !== 'interface') {
        const end = matchingBrace(text, i);
        if (end < 0) break;
        if (keep(text.slice(i + 1, end))) blankInside(text, i + 1, end, keep, blanks);
        else blanks.push([i + 1, end]);
        i = end;
        inFunc = false;
        continue;
      }
      if (drop && !inFunc && depth === 0 && prevWord !== 'struct' && prevWord !== 'interface') {
        // A package variable's literal value: its type is written before the brace.
        const end = matchingBrace(text, i);
        if (end < 0) break;
        blanks.push([i + 1, end]);
        i = end;
        continue;
      }
      if (inFunc) typeBrace++;
      else depth++;
      continue; // `{` keeps prevWord: it is what made this a type brace
    } else if (c === RBRACE) {
      if (inFunc && typeBrace > 0) typeBrace--;
      else depth = Math.max(0, depth - 1);
    }
    if (c > 32) scan.prevWord = '';
  }
  const out: string[] = [];
  let last = 0;
  for (const [from, to] of blanks) {
    out.push(text.slice(last, from));
    if (!drop) out.push(blank(text.slice(from, to)));
    last = to;
  }
  out.push(text.slice(last));
  return out.join('');
}

/** Within a kept body [from, to): the contents of blocks and literal values that `keep` rejects. */
function blankInside(text: string, from: number, to: number, keep: (body: string) => boolean, blanks: [number, number][]): void {
  const scan = { prevWord: '' };
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const skipped = skipToken(text, i, c, scan);
    if (skipped >= 0) {
      i = skipped;
      continue;
    }
    if (c === LBRACE) {
      const end = matchingBrace(text, i);
      if (end < 0 || end >= to) return;
      // struct{…} and interface{…} are types (a local's type may be spelled there): never blanked.
      if (scan.prevWord === 'struct' || scan.prevWord === 'interface') i = end;
      else if (!keep(text.slice(i + 1, end))) {
        blanks.push([i + 1, end]);
        i = end;
      }
    }
    if (c > 32) scan.prevWord = '';
  }
}

/**
 * If a comment, string, rune or word starts at `i`, the index of its last character, else -1.
 * A word is noted in `scan.prevWord` when it can change what a following brace means (func,
 * struct, interface), as 'x' otherwise; comments leave it as it was.
 */
function skipToken(text: string, i: number, c: number, scan: { prevWord: string }): number {
  const skipped = skipNonCode(text, i, c);
  if (skipped >= 0 || !isWordStart(c)) return skipped;
  let e = i + 1;
  while (e < text.length && isWordPart(text.charCodeAt(e))) e++;
  // Only these lengths can be func, struct or interface: other words need no slice.
  const len = e - i;
  scan.prevWord = len === 4 || len === 6 || len === 9 ? text.slice(i, e) : 'x';
  return e - 1;
}

/** Index of the `}` closing the `{` at `open`, skipping comments, strings and runes; -1 if none. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const skipped = skipNonCode(text, i, c);
    if (skipped >= 0) {
      i = skipped;
      continue;
    }
    if (c === LBRACE) depth++;
    else if (c === RBRACE && --depth === 0) return i;
  }
  return -1;
}
