import type { Node } from 'web-tree-sitter';
import { type Field, type GoType, type Term, predeclaredTypes, unknown } from './goTypes';
import { PackageIndex, receiverBaseName, receiverTypeNode } from './packageIndex';

/** What a name refers to at a point in the source. */
export type Sym =
  | { s: 'var'; name: Node; decl: Node; index: number }
  | { s: 'const' }
  | { s: 'func'; decl: Node }
  | { s: 'type'; decl: Node }
  | { s: 'typeparam'; decl: Node }
  /** a type parameter named in a generic method's receiver, `K` in `func (s *Set[K])` */
  | { s: 'recvparam'; method: Node; index: number }
  | { s: 'package'; name: string }
  | { s: 'builtin'; name: string };

type Subst = Map<string, GoType>;

const DECLARING = new Set(['short_var_declaration', 'range_clause', 'receive_statement', 'var_declaration', 'const_declaration', 'type_declaration']);

const builtinFuncs = new Set(['append', 'cap', 'clear', 'close', 'complex', 'copy', 'delete', 'imag', 'len', 'make', 'max', 'min', 'new', 'panic', 'print', 'println', 'real', 'recover']);
const MAX_DEPTH = 40;

/** Resolves names and expression types within one package (all its files), on syntax alone. */
export class Resolver {
  private depth = 0;
  // web-tree-sitter computes parent and children in wasm on each access; scopes ask often.
  private readonly parents = new Map<number, Node | null>();
  private readonly kids = new Map<number, Node[]>();
  private readonly typeCache = new Map<number, GoType>();
  private readonly underlyingCache = new Map<number, GoType>();

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

  constructor(readonly pkg: PackageIndex) {}

  /** The declaration `name` refers to at `at`, walking scopes outwards. */
  lookup(name: string, at: Node): Sym | undefined {
    let child: Node = at;
    for (let a = this.parentOf(at); a; child = a, a = this.parentOf(a)) {
      const found = this.lookupIn(a, child, name);
      if (found) return found;
    }
    const top = this.pkg.decls.get(name);
    if (top) {
      if (top.kind === 'var') return { s: 'var', name: top.name, decl: top.decl, index: indexOf(top.decl.childrenForFieldName('name'), top.name) };
      if (top.kind === 'func') return { s: 'func', decl: top.decl };
      if (top.kind === 'type') return { s: 'type', decl: top.decl };
      return { s: 'const' };
    }
    const imported = fileImports(at.tree.rootNode).get(name);
    if (imported) return { s: 'package', name };
    if (builtinFuncs.has(name)) return { s: 'builtin', name };
    return undefined;
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
    const add = (name: string, sym: Sym) => { if (!out.has(name)) out.set(name, sym); };
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
        (generic.childForFieldName('type_arguments')?.namedChildren ?? []).forEach((t, i) => { if (t) add(t.text, { s: 'recvparam', method: fn, index: i }); });
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
          if (i >= 0) return spec.type === 'const_spec' ? { s: 'const' } : { s: 'var', name: names[i], decl: spec, index: i };
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

  /** The static type of an expression. */
  typeOf(e: Node): GoType {
    if (++this.depth > MAX_DEPTH) { this.depth--; return unknown('expression nests too deeply'); }
    try { return this.typeOfInner(e); } finally { this.depth--; }
  }

  private typeOfInner(e: Node): GoType {
    switch (e.type) {
      case 'identifier': {
        if (e.text === 'nil') return unknown('nil has no type');
        const sym = this.lookup(e.text, e);
        if (!sym) return unknown(`'${e.text}' is not declared in this package`);
        return this.typeOfSym(sym);
      }
      case 'parenthesized_expression': return this.typeOf(e.namedChild(0)!);
      case 'composite_literal': return this.typeFromNode(e.childForFieldName('type')!);
      case 'func_literal': return this.signature(e, new Map());
      case 'type_conversion_expression': return this.typeFromNode(e.childForFieldName('type')!);
      case 'type_assertion_expression': return this.typeFromNode(e.childForFieldName('type')!);
      case 'call_expression': return first(this.callResults(e));
      case 'selector_expression': return this.selectorType(e);
      case 'index_expression': {
        const t = this.coreOrUnderlying(this.typeOf(e.childForFieldName('operand')!));
        if (t.k === 'unknown') return t;
        const base = t.k === 'pointer' ? this.underlying(t.elem) : t;
        if (base.k === 'map') return base.elem;
        if (base.k === 'slice' || base.k === 'array') return base.elem;
        if (base.k === 'basic' && base.name === 'string') return { k: 'basic', name: 'byte' };
        return unknown(`cannot index ${e.childForFieldName('operand')?.text}`);
      }
      case 'slice_expression': {
        const t = this.typeOf(e.childForFieldName('operand')!);
        // Slicing a type parameter whose core type is a slice keeps the type parameter (s[i:] in slices.Delete).
        const u = this.coreOrUnderlying(t);
        if (u.k === 'unknown') return u;
        if (u.k === 'slice' || (u.k === 'basic' && u.name === 'string')) return t;
        if (u.k === 'array') return { k: 'slice', elem: u.elem };
        if (u.k === 'pointer') {
          const p = this.underlying(u.elem);
          if (p.k === 'array') return { k: 'slice', elem: p.elem };
        }
        return unknown(`cannot slice ${e.childForFieldName('operand')?.text}`);
      }
      case 'unary_expression': {
        const op = e.childForFieldName('operator')?.text;
        const t = this.typeOf(e.childForFieldName('operand')!);
        if (op === '&') return t.k === 'unknown' ? t : { k: 'pointer', elem: t };
        if (op === '*') { const u = this.underlying(t); return u.k === 'pointer' ? u.elem : unknown('dereference of a non-pointer'); }
        if (op === '<-') { const u = this.underlying(t); return u.k === 'chan' ? u.elem : unknown('receive from a non-channel'); }
        return t;
      }
      case 'interpreted_string_literal':
      case 'raw_string_literal': return { k: 'basic', name: 'string' };
      case 'int_literal': return { k: 'basic', name: 'int' };
    }
    return unknown(`expressions of kind ${e.type} are not resolved`);
  }

  private typeOfSym(sym: Sym): GoType {
    switch (sym.s) {
      case 'var': return this.typeOfVar(sym);
      case 'func': return this.signature(sym.decl, new Map());
      case 'package': return unknown(`'${sym.name}' is an imported package`);
      case 'const': return unknown('a constant');
      default: return unknown('not a value');
    }
  }

  private typeOfVar(sym: { name: Node; decl: Node; index: number }): GoType {
    const d = sym.decl;
    switch (d.type) {
      case 'parameter_declaration': return this.typeFromNode(d.childForFieldName('type')!);
      case 'variadic_parameter_declaration': return { k: 'slice', elem: this.typeFromNode(d.childForFieldName('type')!) };
      case 'var_spec': {
        const typeNode = d.childForFieldName('type');
        if (typeNode) return this.typeFromNode(typeNode);
        return this.assignedType(d.childrenForFieldName('name').length, d.childForFieldName('value'), sym.index);
      }
      case 'short_var_declaration':
        return this.assignedType(d.childForFieldName('left')?.namedChildCount ?? 1, d.childForFieldName('right'), sym.index);
      case 'receive_statement': {
        if (sym.index === 1) return { k: 'basic', name: 'bool' };
        return this.typeOf(d.childForFieldName('right')!);
      }
      case 'range_clause': return this.rangeType(d.childForFieldName('right')!, sym.index);
      case 'type_case': {
        // In a single-type case the alias has that type; otherwise the switched expression's.
        const types = d.childrenForFieldName('type');
        if (types.length === 1 && types[0].text !== 'nil') return this.typeFromNode(types[0]);
        return this.typeOf(typeSwitchOperand(d)!);
      }
      case 'default_case': return this.typeOf(typeSwitchOperand(d)!);
    }
    return unknown(`declarations of kind ${d.type} are not resolved`);
  }

  /** The type given to the `index`-th of `count` names by an expression list. */
  private assignedType(count: number, values: Node | null, index: number): GoType {
    const exprs = values?.namedChildren.filter((n): n is Node => !!n) ?? [];
    if (exprs.length === count) return this.typeOf(exprs[index]);
    if (exprs.length === 1) {
      const e = exprs[0];
      if (e.type === 'call_expression') {
        const results = this.callResults(e);
        return results.k === 'tuple' ? results.items[index] ?? unknown('too few results') : index === 0 ? results : unknown('too few results');
      }
      // comma-ok forms: v, ok := m[k] / x.(T) / <-ch
      return index === 0 ? this.typeOf(e) : { k: 'basic', name: 'bool' };
    }
    return unknown('assignment count mismatch');
  }

  private rangeType(over: Node, index: number): GoType {
    const t = this.typeOf(over);
    let u = this.underlying(t);
    if (u.k === 'typeparam') u = this.coreType(u) ?? u;
    if (u.k === 'pointer') u = this.underlying(u.elem);
    switch (u.k) {
      case 'map': return index === 0 ? u.key : u.elem;
      case 'slice':
      case 'array': return index === 0 ? { k: 'basic', name: 'int' } : u.elem;
      case 'chan': return u.elem;
      case 'basic': return u.name === 'string' ? { k: 'basic', name: index === 0 ? 'int' : 'rune' } : t;
      case 'func': {
        const y = this.underlying(u.params[0] ?? unknown(''));
        return y.k === 'func' ? y.params[index] ?? unknown('range over func') : unknown('range over func');
      }
    }
    return unknown(`cannot range over ${over.text}`);
  }

  /** The result types of a call (a tuple when there are several). */
  callResults(call: Node): GoType {
    let fn = call.childForFieldName('function')!;
    while (fn.type === 'parenthesized_expression') fn = fn.namedChild(0)!;
    const args = call.childForFieldName('arguments')?.namedChildren.filter((n): n is Node => !!n) ?? [];
    if (fn.type === 'identifier') {
      const sym = this.lookup(fn.text, fn);
      if (sym?.s === 'builtin') return this.builtinResult(sym.name, args);
      if (sym?.s === 'type' || sym?.s === 'typeparam' || (!sym && predeclaredTypes.has(fn.text))) return this.typeFromNode(fn);
      if (sym?.s === 'func' && sym.decl.childForFieldName('type_parameters')) {
        return tupleOf(this.signatureOf(sym.decl, this.inferTypeArgs(sym.decl, [], args)).results);
      }
    }
    if (isTypeSyntax(fn)) return this.typeFromNode(fn);
    if (fn.type === 'index_expression') {
      // An explicit instantiation f[T](…) or a conversion to a generic type Set[int](…).
      const operand = fn.childForFieldName('operand')!;
      const sym = operand.type === 'identifier' ? this.lookup(operand.text, operand) : undefined;
      if (sym?.s === 'type') return this.typeFromNode(fn);
      if (sym?.s === 'func') {
        const subst = this.inferTypeArgs(sym.decl, fn.childrenForFieldName('index').map((n) => this.typeFromNode(n)), args);
        return tupleOf(this.signatureOf(sym.decl, subst).results);
      }
    }
    const f = this.underlying(this.typeOf(fn));
    if (f.k === 'func') return tupleOf(f.results);
    if (f.k === 'unknown') return f;
    return unknown(`${fn.text} is not a function`);
  }

  private builtinResult(name: string, args: Node[]): GoType {
    switch (name) {
      case 'make': return args[0] ? this.typeFromNode(args[0]) : unknown('make without a type');
      case 'new': return args[0] ? { k: 'pointer', elem: this.typeFromNode(args[0]) } : unknown('new without a type');
      case 'append': return args[0] ? this.typeOf(args[0]) : unknown('append without a slice');
      case 'len': case 'cap': case 'copy': return { k: 'basic', name: 'int' };
      case 'min': case 'max': return args[0] ? this.typeOf(args[0]) : unknown('');
      case 'recover': return { k: 'interface', terms: [], methods: [] };
    }
    return unknown(`${name} has no result`);
  }

  private selectorType(e: Node): GoType {
    const operand = e.childForFieldName('operand')!;
    const field = e.childForFieldName('field')!.text;
    if (operand.type === 'identifier') {
      const sym = this.lookup(operand.text, operand);
      if (sym?.s === 'package') return unknown(`${e.text} is declared in package ${operand.text}, which this analysis does not read`);
      if (sym?.s === 'type') {
        // A method expression T.M: a func taking the receiver first.
        const m = this.methodOf({ k: 'named', name: operand.text, decl: sym.decl, args: [] }, field);
        return m ?? unknown(`no method ${field}`);
      }
    }
    return this.member(this.typeOf(operand), field) ?? unknown(`no field or method ${field} in ${operand.text}`);
  }

  /** The type of field or method `name` of a value of type `t`, following pointers and embedding. */
  member(t: GoType, name: string, depth = 0): GoType | undefined {
    if (depth > 8) return undefined;
    if (t.k === 'unknown') return t;
    if (t.k === 'qualified' || (t.k === 'pointer' && t.elem.k === 'qualified')) return this.underlying(t.k === 'pointer' ? t.elem : t);
    let base: GoType = t;
    if (base.k === 'pointer') base = base.elem;
    if (base.k === 'typeparam') {
      const core = this.coreType(base);
      if (core) base = core.k === 'pointer' ? core.elem : core;
    }
    if (base.k === 'named') {
      const method = this.methodOf(base, name);
      if (method) return method;
    }
    const u = this.underlying(base);
    if (u.k !== 'struct') return undefined;
    const direct = u.fields.find((f) => f.name === name);
    if (direct) return direct.type;
    for (const f of u.fields) {
      if (!f.embedded) continue;
      const found = this.member(f.type, name, depth + 1);
      if (found) return found;
    }
    return undefined;
  }

  private methodOf(named: Extract<GoType, { k: 'named' }>, name: string): GoType | undefined {
    const base = named.decl.childForFieldName('name')?.text;
    const decl = base ? this.pkg.method(base, name) : undefined;
    if (!decl) return undefined;
    // Bind the receiver's own names for the type's parameters to the instance's arguments.
    const subst: Subst = new Map();
    const recv = receiverTypeNode(decl);
    const generic = recv?.type === 'pointer_type' ? recv.namedChild(0) : recv;
    if (generic?.type === 'generic_type') {
      const names = generic.childForFieldName('type_arguments')?.namedChildren ?? [];
      names.forEach((n, i) => { if (n) subst.set(n.text, named.args[i] ?? unknown('uninstantiated')); });
    }
    return this.signatureOf(decl, subst);
  }

  /** Binds a generic function's type parameters to explicit arguments (the rest keep their constraints). */
  private bindTypeParams(fn: Node, args: GoType[]): Subst {
    const subst: Subst = new Map();
    let i = 0;
    for (const p of fn.childForFieldName('type_parameters')?.namedChildren ?? []) {
      for (const n of p?.childrenForFieldName('name') ?? []) {
        if (i < args.length) subst.set(n.text, args[i]);
        i++;
      }
    }
    return subst;
  }

  /**
   * Type arguments of a generic call: the explicit ones, then what the arguments' types fix,
   * then what the constraints' core types fix (`K` and `V` from `M ~map[K]V`), as Go infers them.
   */
  private inferTypeArgs(fn: Node, explicit: GoType[], args: Node[]): Subst {
    const subst = this.bindTypeParams(fn, explicit);
    const params = this.signatureOf(fn, new Map()).params;
    params.forEach((p, i) => { if (args[i]) this.unify(p, this.typeOf(args[i]), subst); });
    const decls = (fn.childForFieldName('type_parameters')?.namedChildren ?? [])
      .flatMap((d) => (d ? d.childrenForFieldName('name').map((n) => ({ name: n.text, d })) : []));
    for (let pass = 0; pass < 3; pass++) {
      for (const { name, d } of decls) {
        const bound = subst.get(name);
        if (!bound) continue;
        const core = this.coreType(this.typeParam(name, d, new Map()) as Extract<GoType, { k: 'typeparam' }>);
        if (core) this.unify(core, this.underlying(bound), subst);
      }
    }
    return subst;
  }

  /** Binds the type parameters in `p` by matching it against an argument's type `a`. */
  private unify(p: GoType, a: GoType, subst: Subst, depth = 0): void {
    if (depth > 10 || a.k === 'unknown') return;
    if (p.k === 'typeparam') {
      if (!subst.has(p.name)) subst.set(p.name, a);
      return;
    }
    if (p.k === 'named') {
      if (a.k === 'named' && a.decl.id === p.decl.id) p.args.forEach((x, i) => a.args[i] && this.unify(x, a.args[i], subst, depth + 1));
      return;
    }
    const u = a.k === 'named' ? this.underlying(a) : a;
    if (p.k === 'map' && u.k === 'map') { this.unify(p.key, u.key, subst, depth + 1); this.unify(p.elem, u.elem, subst, depth + 1); }
    else if ((p.k === 'slice' && u.k === 'slice') || (p.k === 'pointer' && u.k === 'pointer') || (p.k === 'array' && u.k === 'array') || (p.k === 'chan' && u.k === 'chan')) this.unify(p.elem, u.elem, subst, depth + 1);
    else if (p.k === 'func' && u.k === 'func') {
      p.params.forEach((x, i) => u.params[i] && this.unify(x, u.params[i], subst, depth + 1));
      p.results.forEach((x, i) => u.results[i] && this.unify(x, u.results[i], subst, depth + 1));
    }
  }

  private signature(fn: Node, subst: Subst): GoType {
    return this.signatureOf(fn, subst);
  }

  private signatureOf(fn: Node, subst: Subst): Extract<GoType, { k: 'func' }> {
    const params: GoType[] = [];
    let variadic = false;
    for (const p of fn.childForFieldName('parameters')?.namedChildren ?? []) {
      if (!p || (p.type !== 'parameter_declaration' && p.type !== 'variadic_parameter_declaration')) continue;
      let t = this.typeFromNode(p.childForFieldName('type')!, subst);
      if (p.type === 'variadic_parameter_declaration') { t = { k: 'slice', elem: t }; variadic = true; }
      const n = Math.max(1, p.childrenForFieldName('name').length);
      for (let i = 0; i < n; i++) params.push(t);
    }
    return { k: 'func', params, results: this.resultTypes(fn.childForFieldName('result'), subst), variadic };
  }

  private resultTypes(result: Node | null, subst: Subst): GoType[] {
    if (!result) return [];
    if (result.type !== 'parameter_list') return [this.typeFromNode(result, subst)];
    const out: GoType[] = [];
    for (const p of result.namedChildren) {
      if (!p || p.type !== 'parameter_declaration') continue;
      const t = this.typeFromNode(p.childForFieldName('type')!, subst);
      const n = Math.max(1, p.childrenForFieldName('name').length);
      for (let i = 0; i < n; i++) out.push(t);
    }
    return out;
  }

  /** A type written in the source (or an expression that names a type, as in `make(T)`). */
  typeFromNode(n: Node, subst: Subst = new Map()): GoType {
    const cacheable = subst.size === 0;
    const hit = cacheable ? this.typeCache.get(n.id) : undefined;
    if (hit) return hit;
    if (++this.depth > MAX_DEPTH) { this.depth--; return unknown('type nests too deeply'); }
    try {
      const t = this.typeFromNodeInner(n, subst);
      if (cacheable) this.typeCache.set(n.id, t);
      return t;
    } finally { this.depth--; }
  }

  private typeFromNodeInner(n: Node, subst: Subst): GoType {
    switch (n.type) {
      case 'type_identifier':
      case 'identifier': {
        const bound = subst.get(n.text);
        if (bound) return bound;
        const sym = this.lookup(n.text, n);
        if (sym?.s === 'type') return { k: 'named', name: n.text, decl: sym.decl, args: [] };
        if (sym?.s === 'typeparam') return this.typeParam(n.text, sym.decl, subst);
        if (sym?.s === 'recvparam') return this.recvParam(n.text, sym.method, sym.index);
        if (!sym && predeclaredTypes.has(n.text)) {
          return { k: 'basic', name: n.text };
        }
        return unknown(`'${n.text}' is not a type declared in this package`);
      }
      case 'generic_type': {
        const base = this.typeFromNode(n.childForFieldName('type')!, subst);
        const args = (n.childForFieldName('type_arguments')?.namedChildren ?? []).map((a) => this.typeFromNode(a!, subst));
        return base.k === 'named' ? { ...base, args } : base;
      }
      case 'index_expression': {
        const base = this.typeFromNode(n.childForFieldName('operand')!, subst);
        const args = n.childrenForFieldName('index').map((a) => this.typeFromNode(a, subst));
        return base.k === 'named' ? { ...base, args } : base;
      }
      case 'qualified_type':
      case 'selector_expression': return { k: 'qualified', text: n.text.replace(/\s+/g, '') };
      case 'type_elem':
      case 'type_constraint':
      case 'parenthesized_type':
      case 'parenthesized_expression': return n.namedChildCount === 1 ? this.typeFromNode(n.namedChild(0)!, subst) : this.constraint(n, subst);
      case 'pointer_type': return { k: 'pointer', elem: this.typeFromNode(n.namedChild(0)!, subst) };
      case 'unary_expression': // `*T` written where an expression may stand, as in (*T)(x)
        return n.childForFieldName('operator')?.text === '*' ? { k: 'pointer', elem: this.typeFromNode(n.childForFieldName('operand')!, subst) } : unknown('not a type');
      case 'slice_type': return { k: 'slice', elem: this.typeFromNode(n.childForFieldName('element')!, subst) };
      case 'array_type': return { k: 'array', len: n.childForFieldName('length')!.text, elem: this.typeFromNode(n.childForFieldName('element')!, subst) };
      case 'implicit_length_array_type': return { k: 'array', len: '...', elem: this.typeFromNode(n.childForFieldName('element')!, subst) };
      case 'map_type': return { k: 'map', key: this.typeFromNode(n.childForFieldName('key')!, subst), elem: this.typeFromNode(n.childForFieldName('value')!, subst) };
      case 'channel_type': {
        const dir = n.text.startsWith('<-') ? 'recv' : /^chan\s*<-/.test(n.text) ? 'send' : '';
        return { k: 'chan', dir, elem: this.typeFromNode(n.childForFieldName('value')!, subst) };
      }
      case 'function_type': return this.signatureOf(n, subst);
      case 'struct_type': return this.structType(n, subst);
      case 'interface_type': return this.constraint(n, subst);
      case 'negated_type': return this.constraint(n, subst);
    }
    return unknown(`type syntax ${n.type} is not resolved`);
  }

  private structType(n: Node, subst: Subst): GoType {
    const fields: Field[] = [];
    const list = n.namedChildren.find((c) => c?.type === 'field_declaration_list');
    for (const fd of list?.namedChildren ?? []) {
      if (!fd || fd.type !== 'field_declaration') continue;
      const typeNode = fd.childForFieldName('type')!;
      const type = this.typeFromNode(typeNode, subst);
      const tag = fd.childForFieldName('tag')?.text;
      const names = fd.childrenForFieldName('name');
      if (names.length === 0) {
        // Embedded: the field is named after the type, without pointer or package.
        const last = typeNode.text.replace(/^\*/, '').replace(/\[.*$/s, '').split('.').pop()!;
        fields.push({ name: last, type, embedded: true, tag });
      } else {
        for (const nm of names) fields.push({ name: nm.text, type, embedded: false, tag });
      }
    }
    return { k: 'struct', fields };
  }

  /** An interface or constraint: its methods and the unions of terms in its type set. */
  private constraint(n: Node, subst: Subst): GoType {
    const terms: Term[][] = [];
    const methods: string[] = [];
    const union = (parts: Node[]): Term[] => parts.map((p) =>
      p.type === 'negated_type' ? { tilde: true, type: this.typeFromNode(p.namedChild(0)!, subst) } : { tilde: false, type: this.typeFromNode(p, subst) });
    if (n.type === 'interface_type') {
      for (const el of n.namedChildren) {
        if (!el) continue;
        if (el.type === 'method_elem') methods.push(el.text.replace(/\s+/g, ' '));
        else if (el.type === 'type_elem') terms.push(union(el.namedChildren.filter((c): c is Node => !!c)));
      }
    } else {
      terms.push(union(n.type === 'negated_type' ? [n] : n.namedChildren.filter((c): c is Node => !!c)));
    }
    return { k: 'interface', terms, methods };
  }

  private typeParam(name: string, decl: Node, subst: Subst): GoType {
    const c = decl.childForFieldName('type');
    return { k: 'typeparam', name, constraint: c ? this.typeFromNode(c, subst) : unknown('no constraint') };
  }

  private recvParam(name: string, method: Node, index: number): GoType {
    // `K` in `func (s *Set[K])` stands for the type declaration's index-th parameter.
    const base = receiverBaseName(method);
    const decl = base ? this.pkg.decls.get(base) : undefined;
    const params = (decl?.decl.childForFieldName('type_parameters')?.namedChildren ?? [])
      .flatMap((p) => (p ? p.childrenForFieldName('name').map((nm) => ({ p, nm })) : []));
    const hit = params[index];
    if (!hit) return unknown(`receiver type parameter ${name}`);
    const t = this.typeParam(name, hit.p, new Map());
    return t;
  }

  /** A type's underlying type: named types and aliases followed to their definition. */
  underlying(t: GoType): GoType {
    if (t.k === 'named' && t.args.length === 0) {
      let u = this.underlyingCache.get(t.decl.id);
      if (!u) this.underlyingCache.set(t.decl.id, (u = this.underlyingOf(t)));
      return u;
    }
    return this.underlyingOf(t);
  }

  private underlyingOf(t: GoType): GoType {
    if (t.k === 'qualified') return unknown(`${t.text} is declared in another package, which this analysis does not read`);
    for (let i = 0; i < 20 && t.k === 'named'; i++) {
      const decl = t.decl;
      const typeNode = decl.childForFieldName('type');
      if (!typeNode) return unknown(`type ${t.name} has no definition`);
      const subst: Subst = new Map();
      const params = (decl.childForFieldName('type_parameters')?.namedChildren ?? [])
        .flatMap((p) => (p ? p.childrenForFieldName('name') : []));
      params.forEach((p, j) => subst.set(p.text, t.k === 'named' ? t.args[j] ?? unknown('uninstantiated') : unknown('')));
      t = this.typeFromNode(typeNode, subst);
    }
    return t.k === 'named' ? unknown('type definitions loop') : t;
  }

  /** The terms of a type parameter's type set, each as an underlying type; undefined when unrestricted. */
  typeSet(t: Extract<GoType, { k: 'typeparam' }>, depth = 0): GoType[] | undefined {
    if (depth > 8) return undefined;
    const c = this.underlying(t.constraint);
    if (c.k !== 'interface') return c.k === 'unknown' ? undefined : [c];
    if (c.terms.length === 0) return undefined;
    // Several type elements intersect; take the first line's union (the usual case is one).
    const out: GoType[] = [];
    for (const term of c.terms[0]) {
      const u = this.underlying(term.type);
      if (u.k === 'typeparam') {
        const inner = this.typeSet(u, depth + 1);
        if (!inner) return undefined;
        out.push(...inner);
      } else if (u.k === 'interface') {
        const inner = this.typeSet({ k: 'typeparam', name: '', constraint: u }, depth + 1);
        if (!inner) return undefined;
        out.push(...inner);
      } else {
        out.push(u);
      }
    }
    return out;
  }

  /** The underlying type, or for a type parameter its core type (itself when it has none). */
  private coreOrUnderlying(t: GoType): GoType {
    const u = this.underlying(t);
    return u.k === 'typeparam' ? this.coreType(u) ?? u : u;
  }

  /** A type parameter's core type: the single underlying type of its type set, if there is one. */
  coreType(t: Extract<GoType, { k: 'typeparam' }>): GoType | undefined {
    const set = this.typeSet(t);
    return set && set.length === 1 ? set[0] : undefined;
  }
}

function first(t: GoType): GoType {
  if (t.k !== 'tuple') return t;
  return t.items[0] ?? unknown('the call has no result');
}

function tupleOf(items: GoType[]): GoType {
  return items.length === 1 ? items[0] : { k: 'tuple', items };
}

function indexOf(nodes: Node[], n: Node): number {
  return Math.max(0, nodes.findIndex((x) => x.id === n.id));
}

function isTypeSyntax(n: Node): boolean {
  return ['slice_type', 'map_type', 'array_type', 'pointer_type', 'channel_type', 'function_type', 'struct_type', 'interface_type', 'parenthesized_type', 'generic_type', 'qualified_type'].includes(n.type)
    || (n.type === 'unary_expression' && n.childForFieldName('operator')?.text === '*' && n.parent?.type === 'parenthesized_expression');
}

function typeSwitchOperand(caseNode: Node): Node | null {
  const sw = caseNode.parent;
  let v = sw?.childForFieldName('value') ?? null;
  // The value field holds `x` from `x.(type)`; older grammars keep the whole assertion.
  if (v?.type === 'type_assertion_expression') v = v.childForFieldName('operand');
  return v;
}

const importCache = new WeakMap<object, Map<string, string>>();

/** The names a file's imports bind: explicit names, else the path's last element. */
export function fileImports(root: Node): Map<string, string> {
  const key = root.tree as object;
  const cached = importCache.get(key);
  if (cached) return cached;
  const out = new Map<string, string>();
  for (const decl of root.namedChildren) {
    if (decl?.type !== 'import_declaration') continue;
    for (const spec of decl.descendantsOfType('import_spec')) {
      if (!spec) continue;
      const path = spec.childForFieldName('path')?.text.replace(/^["`]|["`]$/g, '') ?? '';
      const name = spec.childForFieldName('name')?.text ?? path.split('/').pop()!.replace(/^go-/, '').replace(/[.-].*$/, '');
      if (name !== '_' && name !== '.') out.set(name, path);
    }
  }
  importCache.set(key, out);
  return out;
}
