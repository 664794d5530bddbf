// Names: what an identifier refers to at a point in the source, walking the scopes outwards
// (go/types' scope.go and resolver.go). The first layer of the Resolver (expr.ts).
import type { Node } from 'web-tree-sitter';
import { type PackageDecl, type PackageIndex, receiverTypeNode } from './packageIndex';
import type { Universe } from './universe';

/** What a name refers to at a point in the source. */
export type Sym =
  | { s: 'var'; name: Node; decl: Node; index: number }
  | { s: 'const'; decl?: Node; index?: number }
  | { s: 'func'; decl: Node }
  | { s: 'type'; decl: Node }
  | { s: 'typeparam'; decl: Node }
  /** a type parameter named in a generic method's receiver, `K` in `func (s *Set[K])` */
  | { s: 'recvparam'; method: Node; index: number }
  | { s: 'package'; name: string; pkg?: PackageIndex; why?: string }
  | { s: 'builtin'; name: string };

const DECLARING = new Set(['short_var_declaration', 'range_clause', 'receive_statement', 'var_declaration', 'const_declaration', 'type_declaration']);

const builtinFuncs = new Set([
  'append',
  'cap',
  'clear',
  'close',
  'complex',
  'copy',
  'delete',
  'imag',
  'len',
  'make',
  'max',
  'min',
  'new',
  'panic',
  'print',
  'println',
  'real',
  'recover',
]);

/** Looks names up within one package (all its files), on syntax alone. */
export class Scope {
  // web-tree-sitter computes parent and children in wasm on each access; scopes ask often.
  private readonly parents = new Map<number, Node | null>();
  private readonly kids = new Map<number, Node[]>();

  private parentOf(n: Node): Node | null {
    let p = this.parents.get(n.id);
    if (p === undefined) this.parents.set(n.id, (p = n.parent));
    return p;
  }

  private childrenOf(n: Node): Node[] {
    let c = this.kids.get(n.id);
    if (!c) this.kids.set(n.id, (c = n.namedChildren.filter((x): x is Node => !!x)));
    return c;
  }

  constructor(readonly universe: Universe) {}

  /** The analysed package. */
  get pkg(): PackageIndex {
    return this.universe.root;
  }

  /** The declaration `name` refers to at `at`, walking scopes outwards. */
  lookup(name: string, at: Node): Sym | undefined {
    let child: Node = at;
    for (let a = this.parentOf(at); a; child = a, a = this.parentOf(a)) {
      const found = this.lookupIn(a, child, name);
      if (found) return found;
    }
    const pkg = this.universe.packageOf(at);
    const top = pkg.get(name);
    if (top) return symOfDecl(top);
    const imported = this.universe.importedName(name, at);
    if (imported) return 'pkg' in imported ? { s: 'package', name, pkg: imported.pkg } : { s: 'package', name, why: imported.why };
    for (const dot of this.universe.dotImports(at)) {
      const d = 'pkg' in dot && isExported(name) ? dot.pkg.get(name) : undefined;
      if (d) return symOfDecl(d);
    }
    if (builtinFuncs.has(name)) return { s: 'builtin', name };
    return undefined;
  }

  /** What an imported package's exported `name` is. */
  member(pkg: PackageIndex, name: string): Sym | undefined {
    const d = isExported(name) ? pkg.get(name) : undefined;
    return d && symOfDecl(d);
  }

  /** Declarations that scope `a` makes visible to its child `child`. */
  private lookupIn(a: Node, child: Node, name: string): Sym | undefined {
    switch (a.type) {
      case 'statement_list': {
        // Later declarations shadow earlier ones; only those before the use are in scope.
        const stmts = this.childrenOf(a);
        for (let i = stmts.length - 1; i >= 0; i--) {
          const s = stmts[i];
          if (s.startIndex >= child.startIndex) continue;
          const found = this.declaredBy(s, name);
          if (found) return found;
        }
        return undefined;
      }
      case 'if_statement':
      case 'expression_switch_statement':
      case 'type_switch_statement': {
        const init = a.childForFieldName('initializer');
        if (a.type === 'type_switch_statement' && (child.type === 'type_case' || child.type === 'default_case')) {
          const alias = a.childForFieldName('alias')?.namedChild(0);
          if (alias?.text === name) return { s: 'var', name: alias, decl: child, index: 0 };
        }
        if (init && init.id !== child.id) return this.declaredBy(init, name);
        return undefined;
      }
      case 'for_statement': {
        const clause = a.namedChildren.find((c) => c?.type === 'for_clause' || c?.type === 'range_clause');
        if (!clause || clause.id === child.id) return undefined;
        if (clause.type === 'range_clause') return this.declaredBy(clause, name);
        const init = clause.childForFieldName('initializer');
        return init ? this.declaredBy(init, name) : undefined;
      }
      case 'for_clause': {
        const init = a.childForFieldName('initializer');
        return init && init.id !== child.id ? this.declaredBy(init, name) : undefined;
      }
      case 'communication_case': {
        const comm = a.childForFieldName('communication');
        return comm && comm.id !== child.id ? this.declaredBy(comm, name) : undefined;
      }
      case 'function_declaration':
      case 'method_declaration':
      case 'func_literal':
        return this.funcScope(a, name);
      case 'type_spec':
      case 'type_alias': {
        for (const p of a.childForFieldName('type_parameters')?.namedChildren ?? []) {
          if (p?.childrenForFieldName('name').some((n) => n.text === name)) return { s: 'typeparam', decl: p };
        }
        return undefined;
      }
    }
    return undefined;
  }

  private readonly funcDecls = new Map<number, Map<string, Sym>>();

  /** Names a function's signature declares (receiver, parameters, results, type parameters); read once per function. */
  private funcScope(fn: Node, name: string): Sym | undefined {
    let names = this.funcDecls.get(fn.id);
    if (!names) this.funcDecls.set(fn.id, (names = this.signatureNames(fn)));
    return names.get(name);
  }

  private signatureNames(fn: Node): Map<string, Sym> {
    const out = new Map<string, Sym>();
    const add = (name: string, sym: Sym) => {
      if (!out.has(name)) out.set(name, sym);
    };
    const lists = [fn.childForFieldName('receiver'), fn.childForFieldName('parameters')];
    const result = fn.childForFieldName('result');
    if (result?.type === 'parameter_list') lists.push(result);
    for (const list of lists) {
      for (const p of list?.namedChildren ?? []) {
        if (!p) continue;
        p.childrenForFieldName('name').forEach((n, i) => add(n.text, { s: 'var', name: n, decl: p, index: i }));
      }
    }
    for (const p of fn.childForFieldName('type_parameters')?.namedChildren ?? []) {
      for (const n of p?.childrenForFieldName('name') ?? []) add(n.text, { s: 'typeparam', decl: p! });
    }
    if (fn.type === 'method_declaration') {
      const recv = receiverTypeNode(fn);
      const generic = recv?.type === 'pointer_type' ? recv.namedChild(0) : recv;
      if (generic?.type === 'generic_type') {
        (generic.childForFieldName('type_arguments')?.namedChildren ?? []).forEach((t, i) => {
          if (t) add(t.text, { s: 'recvparam', method: fn, index: i });
        });
      }
    }
    return out;
  }

  private readonly stmtDecls = new Map<number, Map<string, Sym> | null>();

  /** The symbol a statement declares under `name`, if any (each statement is read once). */
  private declaredBy(stmt: Node, name: string): Sym | undefined {
    let names = this.stmtDecls.get(stmt.id);
    if (names === undefined) {
      names = null;
      if (DECLARING.has(stmt.type)) {
        names = new Map();
        for (const id of stmt.descendantsOfType(['identifier', 'type_identifier'])) {
          if (id && !names.has(id.text)) {
            const sym = this.declaredByUncached(stmt, id.text);
            if (sym) names.set(id.text, sym);
          }
        }
      }
      this.stmtDecls.set(stmt.id, names);
    }
    return names?.get(name);
  }

  private declaredByUncached(stmt: Node, name: string): Sym | undefined {
    switch (stmt.type) {
      case 'short_var_declaration':
      case 'range_clause':
      case 'receive_statement': {
        // A range or receive with `=` assigns; only `:=` declares.
        if (stmt.type !== 'short_var_declaration' && !stmt.children.some((c) => c?.type === ':=')) return undefined;
        const names = stmt.childForFieldName('left')?.namedChildren ?? [];
        const i = names.findIndex((n) => n?.type === 'identifier' && n.text === name);
        return i >= 0 ? { s: 'var', name: names[i]!, decl: stmt, index: i } : undefined;
      }
      case 'var_declaration':
      case 'const_declaration': {
        const specs = stmt.namedChildren.flatMap((c) => (c?.type === 'var_spec_list' ? c.namedChildren : [c]));
        for (const spec of specs) {
          if (!spec) continue;
          const names = spec.childrenForFieldName('name');
          const i = names.findIndex((n) => n.text === name);
          if (i >= 0) return spec.type === 'const_spec' ? { s: 'const', decl: spec, index: i } : { s: 'var', name: names[i], decl: spec, index: i };
        }
        return undefined;
      }
      case 'type_declaration':
        for (const spec of stmt.namedChildren) {
          if (spec && spec.childForFieldName('name')?.text === name) return { s: 'type', decl: spec };
        }
        return undefined;
    }
    return undefined;
  }
}

function indexOf(nodes: Node[], n: Node): number {
  return Math.max(
    0,
    nodes.findIndex((x) => x.id === n.id),
  );
}

/** The symbol of a package-level declaration. */
export function symOfDecl(top: PackageDecl): Sym {
  if (top.kind === 'var') return { s: 'var', name: top.name, decl: top.decl, index: indexOf(top.decl.childrenForFieldName('name'), top.name) };
  if (top.kind === 'func') return { s: 'func', decl: top.decl };
  if (top.kind === 'type') return { s: 'type', decl: top.decl };
  return { s: 'const', decl: top.decl, index: indexOf(top.decl.childrenForFieldName('name'), top.name) };
}

/** Whether a Go name is exported (starts with an upper-case letter). */
export function isExported(name: string): boolean {
  const c = name.charAt(0);
  return c !== c.toLowerCase();
}
