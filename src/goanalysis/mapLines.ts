// What a heap profile's map sites need from the source: at a given line, is there a
// `make(map…)`, a map literal or an insert `m[k] = v` (or `m[k] op= v`, `m[k]++`), of which
// map type; and which `clear(m)` calls of the file act on that map. Pure (trees in, facts out).
import type { Node } from 'web-tree-sitter';
import { analyzeClearCalls, effectiveGoVersion, engineTypeOf, type LensInput, type TreeCache } from './analysis';
import { formatType, type AnalysisType } from './analysisType';
import { PackageIndex } from './packageIndex';
import { Resolver } from './expr';
import { readHeader } from './buildConstraints';
import { dirOf } from './modules';
import { Universe } from './universe';
import type { MapLine } from './mapLine';

export type { MapLine } from './mapLine';

/** The map statements at `lines` (1-based) of input.file, with the Go version the analysis used. */
export function mapLinesOf(cache: TreeCache, input: LensInput, lines: Iterable<number>): { goVersion: string; lines: Map<number, MapLine> } {
  const goVersion = effectiveGoVersion(input.goMod, input.goVersionOverride);
  const out = new Map<number, MapLine>();
  const tree = cache.get(input.file, 'full');
  const pkgName = PackageIndex.packageName(tree) ?? '';
  // the package's other files, as the clear( analysis reads them (names found through the same universe)
  const files = [input.file, ...input.siblings.filter((f) => f.path !== input.file.path && readHeader(f.text).packageName === pkgName)];
  const universe = new Universe(
    { name: pkgName, importPath: input.importPath ?? '', dir: dirOf(input.file.path), files },
    { path: input.file.path, tree },
    (f) => cache.get(f, 'signatures'),
    input.packages,
  );
  const r = new Resolver(universe);
  const root = tree.rootNode;
  let clears: ReturnType<typeof analyzeClearCalls> | undefined;
  for (const line of lines) {
    const found = mapAt(r, root, line);
    if (!found) continue;
    clears ??= analyzeClearCalls(cache, { ...input, allocLines: true });
    const same = clears.filter((c) => c.kind === 'map' && c.allocLines.includes(line) && (!found.target || sameMap(c.argument, found.target)));
    out.set(line, { ...found, clears: same.map((c) => ({ line: c.line, column: c.column })) });
  }
  return { goVersion, lines: out };
}

/** clear(x) and the line's target name the same map: the same text, or the same field. */
function sameMap(argument: string, target: string): boolean {
  return argument === target || argument.split('.').pop() === target.split('.').pop();
}

/** The first map statement starting on `line`. */
function mapAt(r: Resolver, root: Node, line: number): Omit<MapLine, 'clears'> | undefined {
  const from = { row: line - 1, column: 0 };
  const to = { row: line, column: 0 };
  const asMap = (t: AnalysisType): AnalysisType | undefined => {
    const u = r.underlying(t);
    return u.k === 'map' ? u : undefined;
  };
  const describe = (how: MapLine['how'], t: AnalysisType, target?: string): Omit<MapLine, 'clears'> => {
    const m = asMap(t)!;
    return { line, how, type: formatType(t.k === 'named' ? m : t), engineType: engineTypeOf(r, m), ...(target ? { target } : {}) };
  };
  for (const n of root.descendantsOfType(['assignment_statement', 'inc_statement', 'dec_statement', 'call_expression', 'composite_literal'], from, to)) {
    if (!n || n.startPosition.row !== line - 1) continue;
    if (n.type === 'call_expression') {
      if (n.childForFieldName('function')?.text !== 'make') continue;
      const arg = n.childForFieldName('arguments')?.namedChildren.find((c) => c && c.type !== 'comment');
      if (!arg) continue;
      const t = r.typeFromNode(arg);
      if (asMap(t)) return describe('make', t, assignedTo(n));
    } else if (n.type === 'composite_literal') {
      const tn = n.childForFieldName('type');
      if (!tn) continue;
      const t = r.typeFromNode(tn);
      if (asMap(t)) return describe('literal', t, assignedTo(n));
    } else {
      const lefts = n.type === 'assignment_statement' ? (n.childForFieldName('left')?.namedChildren ?? []) : [n.namedChild(0)];
      for (const l of lefts) {
        if (l?.type !== 'index_expression') continue;
        const operand = l.childForFieldName('operand')!;
        const t = r.typeOf(operand);
        if (asMap(t)) return describe('insert', t, operand.text);
      }
    }
  }
  return undefined;
}

/** The variable or field a make/literal is assigned to, when it is (`m := make(…)`, `x.f = …`, `f: …`). */
function assignedTo(e: Node): string | undefined {
  let n: Node | null = e;
  while (n?.parent && (n.parent.type === 'parenthesized_expression' || n.parent.type === 'expression_list' || n.parent.type === 'literal_element'))
    n = n.parent;
  const p = n?.parent;
  if (!p || !n) return undefined;
  if (p.type === 'assignment_statement' || p.type === 'short_var_declaration') {
    const right = p.childForFieldName('right')?.namedChildren ?? [];
    const i = right.findIndex((x) => x?.id === e.id || x?.id === n?.id);
    const left = p.childForFieldName('left')?.namedChildren ?? [];
    return left[i >= 0 ? i : 0]?.text;
  }
  if (p.type === 'var_spec') return p.childrenForFieldName('name')[0]?.text;
  if (p.type === 'keyed_element') return p.childForFieldName('key')?.text;
  return undefined;
}
