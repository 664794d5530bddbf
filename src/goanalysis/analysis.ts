import type { Edit, Node, Point, Tree } from 'web-tree-sitter';
import type { GoParser } from './goParser';
import { type AnalysisType, formatType } from './analysisType';
import { PackageIndex } from './packageIndex';
import { Resolver } from './expr';
import { fileGoMinor, readHeader } from './buildConstraints';
import { dirOf } from './modules';
import { Universe, type PackageLoader } from './universe';
import { blankBodies } from './skeleton';
import { CLEAR_MIN_MINOR, summary } from './facts';
import { goLineVersion, goMinor, NEWEST_GO, parseGoBuild } from '../shared/goVersion';

/** A Go source file by path and text (the editor's text when the file is open). */
export interface SourceFile {
  path: string;
  text: string;
}

/** Everything the analysis reads: the file, the other files of its directory, and go.mod. */
export interface LensInput {
  file: SourceFile;
  /** Other `.go` files of the directory; files of another package clause are ignored. */
  siblings: SourceFile[];
  /** Text of the nearest go.mod, if any. */
  goMod?: string;
  /** The analysed package's import path, when known. */
  importPath?: string;
  /** Loads imported packages (module, vendor, standard library); absent: other packages are unknown. */
  packages?: PackageLoader;
  /** `heaplens.goVersion`: wins over go.mod. */
  goVersionOverride?: string;
  /**
   * Also find where each argument is made or grown (for profile bytes). Off, bodies of functions
   * without `clear` are not parsed, which is most of the speed.
   */
  allocLines?: boolean;
}

export type ClearKind = 'map' | 'slice' | 'not-builtin' | 'unsupported-go-version' | 'unknown';

/** A 0-based range in UTF-16 columns, as editors count. */
export interface Span {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** One call of an identifier `clear` with one argument. */
export interface ClearCall {
  /** 1-based line of `clear`. */
  line: number;
  /** 1-based column of `clear` in bytes, as Go tools count. */
  column: number;
  /** The argument's source text. */
  argument: string;
  kind: ClearKind;
  /** The argument's underlying (or core) type, as go/types writes it; null unless map or slice. */
  type: string | null;
  retains: boolean | null;
  goVersion: string;
  summary: string;
  /** Why the type is unknown. */
  reason?: string;
  /** Set by the editor when gopls supplied the type ('gopls') or was asked and could not ('gopls-none'). */
  via?: 'gopls' | 'gopls-none';
  /** The argument's type as it can be written at the call (`Entries`, `S`, `map[string]int`). */
  spelledType?: string;
  /** The map type with every named type expanded, for the engine; absent when it cannot be. */
  engineType?: string;
  /** Whether assigning to the argument would drop the memory (not a copy, a parameter or a call). */
  releasable: boolean;
  /** Whether the call is a statement of its own, which a quick fix can replace. */
  standalone: boolean;
  clearSpan: Span;
  argSpan: Span;
  callSpan: Span;
  /**
   * 1-based lines of this file where the argument is made (`x := make(…)`, `x = T{}`, a
   * `field: make(…)` literal) or grown (`x[k] = v`): where a heap profile puts a map's bytes.
   */
  allocLines: number[];
}

/** Go version for the analysis: the override, else go.mod's `go` line, else the newest known. */
export function effectiveGoVersion(goMod: string | undefined, override?: string): string {
  // the setting may name a GOEXPERIMENT=noswissmap build ("1.24-noswissmap")
  const build = override ? parseGoBuild(override) : undefined;
  if (build) return build;
  if (override && goMinor(override) !== undefined) return `1.${goMinor(override)}`;
  return (goMod ? goLineVersion(goMod) : undefined) ?? NEWEST_GO;
}

/**
 * What of a file is parsed: all of it; the bodies that mention clear (the file being analysed);
 * or only declarations and signatures (the rest of its package: its nodes' positions are not
 * the file's, as the bodies are cut out).
 */
export type TreeShape = 'full' | 'clear-bodies' | 'signatures';

/**
 * Parses and caches trees by path and shape, freeing a tree's wasm memory when its text changes
 * or it is evicted. A hit is decided on the source text, so unchanged files are not even blanked.
 */
export class TreeCache {
  /** by shape and path: the file's text, the text parsed (bodies blanked) and its tree */
  private readonly trees = new Map<string, { source: string; parsed: string; tree: Tree }>();

  constructor(
    private readonly parser: GoParser,
    private readonly capacity = 256,
  ) {}

  /** The tree for this file and shape, parsed at most once per distinct text. */
  get(file: SourceFile, shape: TreeShape = 'full'): Tree {
    const key = `${shape}:${file.path}`;
    const hit = this.trees.get(key);
    if (hit && hit.source === file.text) {
      this.trees.delete(key); // re-insert: the Map's order is the LRU order
      this.trees.set(key, hit);
      return hit.tree;
    }
    // Only the analysed file's positions are reported: the others' bodies can go altogether.
    const parsed =
      shape === 'full' ? file.text : shape === 'clear-bodies' ? blankBodies(file.text, (b) => b.includes('clear')) : blankBodies(file.text, () => false, true);
    let tree: Tree;
    if (hit) {
      // An edit: tree-sitter re-parses only around the changed text.
      hit.tree.edit(textEdit(hit.parsed, parsed) as Edit);
      tree = this.parser.parse(parsed, hit.tree);
      hit.tree.delete();
    } else {
      tree = this.parser.parse(parsed);
    }
    this.trees.delete(key);
    this.trees.set(key, { source: file.text, parsed, tree });
    return tree;
  }

  /**
   * Frees the least recently used trees beyond the capacity, but never the `inUse` most recent:
   * an analysis holds every tree of its package until it ends, and a package may be larger.
   */
  trim(inUse = 0): void {
    while (this.trees.size > Math.max(this.capacity, inUse)) {
      const [oldest, entry] = this.trees.entries().next().value as [string, { tree: Tree }];
      entry.tree.delete();
      this.trees.delete(oldest);
    }
  }

  /** Frees every cached tree. */
  dispose(): void {
    for (const { tree } of this.trees.values()) tree.delete();
    this.trees.clear();
  }
}

/** The fields of tree-sitter's Edit (a class; its edit() reads only these). */
type TextEdit = ConstructorParameters<typeof Edit>[0];

/** The one changed span between two texts (common prefix and suffix kept), as tree-sitter's edit. */
function textEdit(before: string, after: string): TextEdit {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  const oldEnd = before.length - tail;
  const newEnd = after.length - tail;
  return {
    startIndex: start,
    oldEndIndex: oldEnd,
    newEndIndex: newEnd,
    startPosition: pointAt(before, start),
    oldEndPosition: pointAt(before, oldEnd),
    newEndPosition: pointAt(after, newEnd),
  };
}

/** Row and column (UTF-16 code units, as web-tree-sitter counts for string input) of an index. */
function pointAt(text: string, index: number): Point {
  let row = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) row++;
  return { row, column: index - (text.lastIndexOf('\n', index - 1) + 1) };
}

/** Finds the `clear(x)` calls of a file and says what each does to memory. */
export function analyzeClearCalls(cache: TreeCache, input: LensInput): ClearCall[] {
  if (!CLEAR_CALL.test(input.file.text)) return [];
  try {
    return analyzePackage(cache, input);
  } finally {
    cache.trim((lastUniverse?.parsedTrees ?? 0) + 1);
  }
}

function analyzePackage(cache: TreeCache, input: LensInput): ClearCall[] {
  const text = input.file.text;
  const full = input.allocLines === true;
  const tree = cache.get(input.file, full ? 'full' : 'clear-bodies');
  const root = tree.rootNode;
  const pkgName = PackageIndex.packageName(tree) ?? '';
  // Other files of another package clause (an external test package, a `package main` tool) are not this package.
  const files = [input.file, ...input.siblings.filter((s) => s.path !== input.file.path && readHeader(s.text).packageName === pkgName)];
  const universe = new Universe(
    { name: pkgName, importPath: input.importPath ?? '', dir: dirOf(input.file.path), files },
    { path: input.file.path, tree },
    (f) => cache.get(f, 'signatures'),
    input.packages,
  );
  const resolver = new Resolver(universe);
  lastUniverse = universe;
  // Most files never declare a `clear` of their own: then only package-level names can shadow it.
  const mayDeclareClear = [...text.matchAll(/\bclear\b/g)].some(
    (m) => !/^\s*\(/.test(text.slice(m.index + 5, m.index + 30)) || /\bfunc\s+$/.test(text.slice(Math.max(0, m.index - 12), m.index)),
  );
  const goVersion = fileGoVersion(effectiveGoVersion(input.goMod, input.goVersionOverride), text);
  const lines = text.split('\n');
  const out: ClearCall[] = [];
  let sites: Map<string, AllocSite[]> | undefined;
  for (const m of text.matchAll(CLEAR_CALLS)) {
    // The word may sit in a comment or a string: only an identifier called as a function counts.
    const fn = root.descendantForIndex(m.index!);
    const call = fn?.parent;
    if (fn?.type !== 'identifier' || fn.text !== 'clear' || call?.type !== 'call_expression' || call.childForFieldName('function')?.id !== fn.id) continue;
    const args = call.childForFieldName('arguments')?.namedChildren.filter((n): n is Node => !!n && n.type !== 'comment') ?? [];
    if (args.length !== 1) continue;
    const c = classify(resolver, fn, call, args[0], goVersion, lines, mayDeclareClear);
    if (full && (c.kind === 'map' || c.kind === 'slice')) {
      sites ??= allocSites(root);
      const field = c.argument.split('.').pop()!;
      // A local's name means something else in other functions: only its own function counts.
      const within = localScope(resolver, args[0]);
      c.allocLines = [...(sites.get(c.argument) ?? []), ...(sites.get(`field:${field}`) ?? [])]
        .filter((s) => !within || (s.at >= within.startIndex && s.at < within.endIndex))
        .map((s) => s.line);
    }
    out.push(c);
  }
  return out;
}

const CLEAR_CALL = /\bclear\s*\(/;

let lastUniverse: Universe | undefined;

/** How many trees the last analysis parsed besides the analysed file (the bench reports it). */
export function lastParsedTrees(): number {
  return lastUniverse?.parsedTrees ?? 0;
}

/**
 * The file's language version: a `//go:build go1.N` line sets it to max(go1.N, go1.21)
 * (go/types since Go 1.22), which can make clear available in a module older than 1.21.
 */
function fileGoVersion(moduleVersion: string, text: string): string {
  const minor = goMinor(moduleVersion) ?? 0;
  const v = fileGoMinor(minor, readHeader(text));
  // A `//go:build go1.N` line may lower the file's language version, never the toolchain's: the
  // runtime (and so the map implementation) is at least go.mod's, and at least go1.N for the
  // file to be built at all.
  return v > minor ? `1.${v}` : moduleVersion;
}
const CLEAR_CALLS = /\bclear\s*\(/g;

/** A place in the file where something is made or grown: `target` is the assigned expression's text. */
interface AllocSite {
  target: string;
  line: number;
  /** Offset of the site, to keep a local's sites inside its function. */
  at: number;
  /** true for `name: make(…)` inside a composite literal (matches x.name). */
  field: boolean;
}

/** The top-level declaration holding the variable `arg` names, when it is a local or parameter. */
function localScope(r: Resolver, arg: Node): Node | undefined {
  // Fields (x.f) keep file-wide matching: a struct literal elsewhere may make them.
  let root = arg;
  while (root.type === 'parenthesized_expression') root = root.namedChild(0)!;
  if (root.type !== 'identifier') return undefined;
  const sym = r.lookup(root.text, root);
  if (sym?.s !== 'var' || r.pkg.get(root.text)?.name.id === sym.name.id) return undefined;
  let top: Node = sym.decl;
  while (top.parent && top.parent.type !== 'source_file') top = top.parent;
  return top;
}

const makesSomething = (n: Node | null | undefined): boolean =>
  !!n &&
  (n.type === 'composite_literal' ||
    (n.type === 'call_expression' && ['make', 'append'].includes(n.childForFieldName('function')?.text ?? '')) ||
    (n.type === 'unary_expression' && makesSomething(n.childForFieldName('operand'))));

function allocSites(root: Node): Map<string, AllocSite[]> {
  const out = new Map<string, AllocSite[]>();
  const add = (site: AllocSite) => {
    const key = site.field ? `field:${site.target}` : site.target;
    out.set(key, [...(out.get(key) ?? []), site]);
  };
  for (const n of root.descendantsOfType(['assignment_statement', 'short_var_declaration', 'var_spec', 'keyed_element'])) {
    if (!n) continue;
    const line = n.startPosition.row + 1;
    if (n.type === 'keyed_element') {
      const value = n.childForFieldName('value')?.namedChild(0);
      if (makesSomething(value)) add({ target: n.childForFieldName('key')?.text ?? '', line, at: n.startIndex, field: true });
      continue;
    }
    const left = n.type === 'var_spec' ? n.childrenForFieldName('name') : (n.childForFieldName('left')?.namedChildren ?? []);
    const right = (n.type === 'var_spec' ? n.childForFieldName('value') : n.childForFieldName('right'))?.namedChildren ?? [];
    left.forEach((l, i) => {
      if (!l) return;
      if (l.type === 'index_expression') add({ target: l.childForFieldName('operand')?.text ?? '', line, at: n.startIndex, field: false });
      else if (makesSomething(right[i])) add({ target: l.text, line, at: n.startIndex, field: false });
    });
  }
  return out;
}

function classify(r: Resolver, fn: Node, call: Node, arg: Node, goVersion: string, lines: string[], mayDeclareClear: boolean): ClearCall {
  const base = {
    line: fn.startPosition.row + 1,
    column: Buffer.byteLength(lines[fn.startPosition.row]?.slice(0, fn.startPosition.column) ?? '') + 1,
    argument: arg.text,
    goVersion,
    releasable: false,
    standalone: call.parent?.type === 'expression_statement',
    clearSpan: span(fn),
    argSpan: span(arg),
    callSpan: span(call),
    allocLines: [] as number[],
  };
  const done = (kind: ClearKind, extra: Partial<ClearCall> = {}): ClearCall => ({
    ...base,
    kind,
    type: null,
    retains: null,
    summary: summary(kind, goVersion),
    ...extra,
  });
  const sym = mayDeclareClear ? r.lookup('clear', fn) : r.pkg.get('clear') ? { s: 'const' as const } : undefined;
  if (sym && sym.s !== 'builtin') return done('not-builtin');
  if ((goMinor(goVersion) ?? 99) < CLEAR_MIN_MINOR) return done('unsupported-go-version');
  if (arg.type === 'variadic_argument') return done('unknown', { reason: 'clear takes no variadic argument' });

  const t = r.typeOf(arg);
  const u = r.underlying(t);
  let core: AnalysisType | undefined = u;
  let kind: 'map' | 'slice' | undefined;
  if (u.k === 'map' || u.k === 'slice') kind = u.k;
  else if (u.k === 'typeparam') {
    // The builtin accepts a type parameter whose type set holds only maps, or only slices.
    const set = r.typeSet(u);
    core = set && set.length === 1 ? set[0] : undefined;
    if (set?.length && set.every((x) => x.k === 'map')) kind = 'map';
    else if (set?.length && set.every((x) => x.k === 'slice')) kind = 'slice';
  }
  if (!kind && u.k === 'unknown') {
    // What the syntax alone fixes for an argument that compiles (rules that need no lookup).
    const k = syntacticKind(r, arg, 0);
    if (k) return done(k, { type: null, retains: true, releasable: releasable(r, arg) });
  }
  if (!kind) {
    const reason =
      u.k === 'unknown'
        ? u.why
        : u.k === 'typeparam'
          ? `type parameter ${u.name} is not constrained to maps or slices`
          : `${formatType(u)} is neither a map nor a slice`;
    return done('unknown', { reason });
  }
  // A part we could not resolve (an array length, a type of a package not on disk) leaves the kind sure and the type unsaid.
  const typeText = formatType(core ?? t);
  const sure = (x: string | undefined) => (x && !x.includes('?') ? x : undefined);
  return done(kind, {
    type: sure(typeText) ?? null,
    retains: true,
    spelledType: spellableAt(r, t, arg) ? sure(formatType(t)) : undefined,
    engineType: kind === 'map' && core ? engineTypeOf(r, core) : undefined,
    releasable: releasable(r, arg),
  });
}

/**
 * The kind an argument's syntax fixes when it compiles as clear's argument: a slice expression
 * is a slice (a string cannot be cleared); `make(T)` with one argument is a map (a slice needs a
 * length, a channel cannot be cleared); a composite literal with non-integer keys is a map, one
 * with unkeyed or integer-keyed elements a slice; `append(…)` a slice; a variable declared by one
 * of these without a type has its kind.
 */
function syntacticKind(r: Resolver, e: Node, depth: number): 'map' | 'slice' | undefined {
  if (depth > 8) return undefined;
  switch (e.type) {
    case 'parenthesized_expression':
      return syntacticKind(r, e.namedChild(0)!, depth + 1);
    case 'slice_expression':
      return 'slice';
    case 'call_expression': {
      const fn = e.childForFieldName('function');
      if (fn?.type !== 'identifier' || r.lookup(fn.text, fn)?.s !== 'builtin') return undefined;
      const args = e.childForFieldName('arguments')?.namedChildren.filter((n) => n && n.type !== 'comment') ?? [];
      if (fn.text === 'make' && args.length === 1) return 'map';
      if (fn.text === 'append' && args.length >= 1) return 'slice';
      return undefined;
    }
    case 'composite_literal': {
      const body = e.childForFieldName('body');
      const elems = body?.namedChildren.filter((n): n is Node => !!n && n.type !== 'comment') ?? [];
      if (!elems.length) return undefined;
      const first = elems[0];
      if (first.type !== 'keyed_element') return 'slice';
      const key = first.namedChild(0)?.namedChild(0) ?? first.namedChild(0);
      if (!key) return undefined;
      if (key.type === 'int_literal') return 'slice';
      if (['interpreted_string_literal', 'raw_string_literal', 'float_literal', 'rune_literal', 'composite_literal', 'literal_value'].includes(key.type))
        return 'map';
      return undefined;
    }
    case 'identifier': {
      const sym = r.lookup(e.text, e);
      if (sym?.s !== 'var') return undefined;
      const d = sym.decl;
      if (d.type === 'var_spec' && !d.childForFieldName('type')) {
        const v = d.childForFieldName('value')?.namedChildren.filter((n): n is Node => !!n);
        return v && v.length === d.childrenForFieldName('name').length ? syntacticKind(r, v[sym.index], depth + 1) : undefined;
      }
      if (d.type === 'short_var_declaration') {
        const left = d.childForFieldName('left')?.namedChildren ?? [];
        const v = d.childForFieldName('right')?.namedChildren.filter((n): n is Node => !!n);
        return v && v.length === left.length ? syntacticKind(r, v[sym.index], depth + 1) : undefined;
      }
      return undefined;
    }
  }
  return undefined;
}

/**
 * Whether the type as printed can be written in the file at `at`: every package it names is
 * imported there under that name (a field's type may come from a package the file never imports,
 * or one imported under an alias), and its types are exported.
 */
function spellableAt(r: Resolver, t: AnalysisType, at: Node, depth = 0): boolean {
  if (depth > 20) return false;
  const all = (xs: AnalysisType[]) => xs.every((x) => spellableAt(r, x, at, depth + 1));
  switch (t.k) {
    case 'named': {
      if (t.pkg !== undefined) {
        const b = r.universe.importedName(t.pkg, at);
        if (!b || !('pkg' in b) || b.pkg !== r.universe.packageOf(t.decl) || t.name[0] === t.name[0].toLowerCase()) return false;
      }
      return all(t.args);
    }
    case 'map':
      return all([t.key, t.elem]);
    case 'slice':
    case 'array':
    case 'pointer':
    case 'chan':
      return spellableAt(r, t.elem, at, depth + 1);
    case 'func':
      return all([...t.params, ...t.results]);
    case 'struct':
      return all(t.fields.map((f) => f.type));
    case 'interface':
      return all(t.terms.flat().map((x) => x.type)) && (t.sigs ?? []).every((m) => spellableAt(r, m.type, at, depth + 1));
    case 'basic':
      return !t.name.includes('.') || !!r.universe.importedName('unsafe', at);
    case 'typeparam':
      return true;
    default:
      return false;
  }
}

/** Whether `x = …` at the call drops the memory for everyone, so a release quick fix helps. */
function releasable(r: Resolver, e: Node): boolean {
  switch (e.type) {
    case 'parenthesized_expression':
      return releasable(r, e.namedChild(0)!);
    case 'identifier': {
      const sym = r.lookup(e.text, e);
      // Parameters, receivers and range variables are copies: assigning them frees nothing the caller holds.
      return sym?.s === 'var' && (sym.decl.type === 'var_spec' || sym.decl.type === 'short_var_declaration');
    }
    case 'selector_expression': {
      const operand = e.childForFieldName('operand')!;
      if (operand.type === 'identifier' && r.lookup(operand.text, operand)?.s === 'package') return true;
      const ot = r.typeOf(operand);
      if (r.underlying(ot).k === 'pointer') return true;
      return r.underlying(ot).k === 'struct' && releasable(r, operand);
    }
    case 'index_expression': {
      const u = r.underlying(r.typeOf(e.childForFieldName('operand')!));
      if (u.k === 'map' || u.k === 'slice' || u.k === 'pointer') return true;
      return u.k === 'array' && releasable(r, e.childForFieldName('operand')!);
    }
    case 'unary_expression':
      return e.childForFieldName('operator')?.text === '*';
  }
  return false;
}

/**
 * The type with every named type replaced by its definition, over Go's predeclared types only,
 * which is what the engine understands; undefined when a part comes from another package.
 */
export function engineTypeOf(r: Resolver, t: AnalysisType, depth = 0): string | undefined {
  if (depth > 20) return undefined;
  const u = t.k === 'named' ? r.underlying(t) : t;
  const inner = (x: AnalysisType) => engineTypeOf(r, x, depth + 1);
  switch (u.k) {
    case 'basic':
      // unsafe.Pointer is one pointer word.
      return u.name === 'any' ? 'interface{}' : u.name === 'unsafe.Pointer' ? '*byte' : u.name;
    case 'map': {
      const k = inner(u.key);
      const v = inner(u.elem);
      return k && v ? `map[${k}]${v}` : undefined;
    }
    case 'array': {
      const e = inner(u.elem);
      return e && /^\d+$/.test(u.len) ? `[${u.len}]${e}` : undefined;
    }
    // Only size and pointer-ness matter to the engine, and these are one or three words whatever the element.
    case 'slice':
      return '[]byte';
    case 'pointer':
      return '*byte';
    case 'chan':
      return 'chan int';
    case 'func':
      return 'func()';
    case 'interface':
      return 'interface{}';
    case 'struct': {
      const parts: string[] = [];
      for (const f of u.fields) {
        const ft = inner(f.type);
        if (!ft) return undefined;
        // An embedded field becomes a named one (its type's name): same layout, plain syntax.
        parts.push(`${f.name} ${ft}`);
      }
      return `struct{${parts.join('; ')}}`;
    }
  }
  return undefined;
}

function span(n: Node): Span {
  return { startLine: n.startPosition.row, startColumn: n.startPosition.column, endLine: n.endPosition.row, endColumn: n.endPosition.column };
}
