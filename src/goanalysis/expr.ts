// Expressions' types (go/types' expr.go, call.go, builtins.go, selector lookup of lookup.go).
// The Resolver is the whole checker: scope.ts ← typexpr.ts ← typeset.ts ← infer.ts ← this file,
// each layer calling only itself and the layers below (infer.ts asks typeOf through an abstract).
import type { Node } from 'web-tree-sitter';
import { type AnalysisType, predeclaredTypes, unknown } from './analysisType';
import { receiverTypeNode } from './packageIndex';
import type { Sym } from './scope';
import { type Subst, MAX_DEPTH } from './typexpr';
import { Inference } from './infer';

/** Resolves names and expression types within one package (all its files), on syntax alone. */
export class Resolver extends Inference {
  /** The static type of an expression. */
  typeOf(e: Node): AnalysisType {
    if (++this.depth > MAX_DEPTH) {
      this.depth--;
      return unknown('expression nests too deeply');
    }
    try {
      return this.typeOfInner(e);
    } finally {
      this.depth--;
    }
  }

  private typeOfInner(e: Node): AnalysisType {
    switch (e.type) {
      case 'identifier': {
        if (e.text === 'nil') return unknown('nil has no type');
        const sym = this.lookup(e.text, e);
        if (!sym) return unknown(`'${e.text}' is not declared in this package`);
        return this.typeOfSym(sym);
      }
      case 'parenthesized_expression':
        return this.typeOf(e.namedChild(0)!);
      case 'composite_literal':
        return this.typeFromNode(e.childForFieldName('type')!);
      case 'func_literal':
        return this.signatureOf(e, new Map());
      case 'type_conversion_expression':
        return this.typeFromNode(e.childForFieldName('type')!);
      case 'type_assertion_expression':
        return this.typeFromNode(e.childForFieldName('type')!);
      case 'call_expression':
        return first(this.callResults(e));
      case 'selector_expression':
        return this.selectorType(e);
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
        if (op === '*') {
          const u = this.underlying(t);
          return u.k === 'pointer' ? u.elem : unknown('dereference of a non-pointer');
        }
        if (op === '<-') {
          const u = this.underlying(t);
          return u.k === 'chan' ? u.elem : unknown('receive from a non-channel');
        }
        return t;
      }
      case 'interpreted_string_literal':
      case 'raw_string_literal':
        return { k: 'basic', name: 'string' };
      case 'int_literal':
        return { k: 'basic', name: 'int' };
    }
    return unknown(`expressions of kind ${e.type} are not resolved`);
  }

  protected typeOfSym(sym: Sym): AnalysisType {
    switch (sym.s) {
      case 'var':
        return this.typeOfVar(sym);
      case 'func':
        return this.signatureOf(sym.decl, new Map());
      case 'package':
        return unknown(`'${sym.name}' is an imported package`);
      case 'builtin':
        return unknown(`${sym.name} is a builtin function`);
      case 'const':
        return unknown('a constant');
      default:
        return unknown('not a value');
    }
  }

  private typeOfVar(sym: { name: Node; decl: Node; index: number }): AnalysisType {
    const d = sym.decl;
    switch (d.type) {
      case 'parameter_declaration':
        return this.typeFromNode(d.childForFieldName('type')!);
      case 'variadic_parameter_declaration':
        return { k: 'slice', elem: this.typeFromNode(d.childForFieldName('type')!) };
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
      case 'range_clause':
        return this.rangeType(d.childForFieldName('right')!, sym.index);
      case 'type_case': {
        // In a single-type case the alias has that type; otherwise the switched expression's.
        const types = d.childrenForFieldName('type');
        if (types.length === 1 && types[0].text !== 'nil') return this.typeFromNode(types[0]);
        return this.typeOf(typeSwitchOperand(d)!);
      }
      case 'default_case':
        return this.typeOf(typeSwitchOperand(d)!);
    }
    return unknown(`declarations of kind ${d.type} are not resolved`);
  }

  /** The type given to the `index`-th of `count` names by an expression list. */
  private assignedType(count: number, values: Node | null, index: number): AnalysisType {
    const exprs = values?.namedChildren.filter((n): n is Node => !!n) ?? [];
    if (exprs.length === count) return this.typeOf(exprs[index]);
    if (exprs.length === 1) {
      const e = exprs[0];
      if (e.type === 'call_expression') {
        const results = this.callResults(e);
        return results.k === 'tuple' ? (results.items[index] ?? unknown('too few results')) : index === 0 ? results : unknown('too few results');
      }
      // comma-ok forms: v, ok := m[k] / x.(T) / <-ch
      return index === 0 ? this.typeOf(e) : { k: 'basic', name: 'bool' };
    }
    return unknown('assignment count mismatch');
  }

  private rangeType(over: Node, index: number): AnalysisType {
    const t = this.typeOf(over);
    let u = this.underlying(t);
    if (u.k === 'typeparam') u = this.coreType(u) ?? u;
    if (u.k === 'pointer') u = this.underlying(u.elem);
    switch (u.k) {
      case 'map':
        return index === 0 ? u.key : u.elem;
      case 'slice':
      case 'array':
        return index === 0 ? { k: 'basic', name: 'int' } : u.elem;
      case 'chan':
        return u.elem;
      case 'basic':
        return u.name === 'string' ? { k: 'basic', name: index === 0 ? 'int' : 'rune' } : t;
      case 'func': {
        const y = this.underlying(u.params[0] ?? unknown(''));
        return y.k === 'func' ? (y.params[index] ?? unknown('range over func')) : unknown('range over func');
      }
    }
    return unknown(`cannot range over ${over.text}`);
  }

  /** The result types of a call (a tuple when there are several). */
  callResults(call: Node): AnalysisType {
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
    if (fn.type === 'selector_expression') {
      // pkg.F(…), pkg.T(x) and generic pkg.F[T](…) across packages.
      const operand = fn.childForFieldName('operand')!;
      const sym = operand.type === 'identifier' ? this.lookup(operand.text, operand) : undefined;
      if (sym?.s === 'package' && sym.pkg?.files.importPath === 'unsafe') return this.unsafeResult(fn.childForFieldName('field')!.text, args);
      const m = sym?.s === 'package' && sym.pkg ? this.member(sym.pkg, fn.childForFieldName('field')!.text) : undefined;
      if (m?.s === 'type') return this.typeFromNode(fn);
      if (m?.s === 'func' && m.decl.childForFieldName('type_parameters')) {
        return tupleOf(this.signatureOf(m.decl, this.inferTypeArgs(m.decl, [], args)).results);
      }
    }
    if (isTypeSyntax(fn)) return this.typeFromNode(fn);
    if (fn.type === 'index_expression') {
      // An explicit instantiation f[T](…) or a conversion to a generic type Set[int](…).
      const operand = fn.childForFieldName('operand')!;
      let sym = operand.type === 'identifier' ? this.lookup(operand.text, operand) : undefined;
      if (operand.type === 'selector_expression') {
        const p = operand.childForFieldName('operand')!;
        const ps = p.type === 'identifier' ? this.lookup(p.text, p) : undefined;
        sym = ps?.s === 'package' && ps.pkg ? this.member(ps.pkg, operand.childForFieldName('field')!.text) : undefined;
      }
      if (sym?.s === 'type') return this.typeFromNode(fn);
      if (sym?.s === 'func') {
        const subst = this.inferTypeArgs(
          sym.decl,
          fn.childrenForFieldName('index').map((n) => this.typeFromNode(n)),
          args,
        );
        return tupleOf(this.signatureOf(sym.decl, subst).results);
      }
    }
    const f = this.underlying(this.typeOf(fn));
    if (f.k === 'func') return tupleOf(f.results);
    if (f.k === 'unknown') return f;
    return unknown(`${fn.text} is not a function`);
  }

  /** unsafe's functions, as go/types' builtins.go types them. */
  private unsafeResult(name: string, args: Node[]): AnalysisType {
    const arg = (i: number) => (args[i] ? this.typeOf(args[i]) : unknown(`unsafe.${name} without an argument`));
    switch (name) {
      case 'Slice': {
        const p = this.underlying(arg(0));
        return p.k === 'pointer' ? { k: 'slice', elem: p.elem } : p.k === 'unknown' ? p : unknown('unsafe.Slice of a non-pointer');
      }
      case 'SliceData': {
        const s = this.coreOrUnderlying(arg(0));
        return s.k === 'slice' ? { k: 'pointer', elem: s.elem } : s.k === 'unknown' ? s : unknown('unsafe.SliceData of a non-slice');
      }
      case 'String':
        return { k: 'basic', name: 'string' };
      case 'StringData':
        return { k: 'pointer', elem: { k: 'basic', name: 'byte' } };
      case 'Sizeof':
      case 'Alignof':
      case 'Offsetof':
        return { k: 'basic', name: 'uintptr' };
      case 'Add':
        return { k: 'basic', name: 'unsafe.Pointer' };
    }
    return unknown(`unsafe.${name} is not a function`);
  }

  private builtinResult(name: string, args: Node[]): AnalysisType {
    switch (name) {
      case 'make':
        return args[0] ? this.typeFromNode(args[0]) : unknown('make without a type');
      case 'new':
        return args[0] ? { k: 'pointer', elem: this.typeFromNode(args[0]) } : unknown('new without a type');
      case 'append':
        return args[0] ? this.typeOf(args[0]) : unknown('append without a slice');
      case 'len':
      case 'cap':
      case 'copy':
        return { k: 'basic', name: 'int' };
      case 'min':
      case 'max':
        return args[0] ? this.typeOf(args[0]) : unknown('');
      case 'recover':
        return { k: 'interface', terms: [], methods: [] };
    }
    return unknown(`${name} has no result`);
  }

  private selectorType(e: Node): AnalysisType {
    const operand = e.childForFieldName('operand')!;
    const field = e.childForFieldName('field')!.text;
    if (operand.type === 'identifier') {
      const sym = this.lookup(operand.text, operand);
      if (sym?.s === 'package') {
        if (!sym.pkg) return unknown(`${e.text}: ${sym.why ?? 'its package is not on disk'}`);
        const m = this.member(sym.pkg, field);
        if (!m) return unknown(`${field} is not declared in package ${sym.pkg.files.importPath}`);
        if (m.s === 'type') return unknown(`${e.text} is a type`);
        return this.typeOfSym(m);
      }
      if (sym?.s === 'type') {
        // A method expression T.M: a func taking the receiver first.
        const m = this.methodOf(this.namedOf(operand.text, sym.decl), field);
        return m ?? unknown(`no method ${field}`);
      }
    }
    return this.memberOf(this.typeOf(operand), field) ?? unknown(`no field or method ${field} in ${operand.text}`);
  }

  /** The type of field or method `name` of a value of type `t`, following pointers and embedding. */
  memberOf(t: AnalysisType, name: string, depth = 0): AnalysisType | undefined {
    if (depth > 8) return undefined;
    if (t.k === 'unknown') return t;
    let base: AnalysisType = t;
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
    if (u.k === 'unknown') return u;
    if (u.k === 'interface') return this.interfaceMethod(u, name, depth);
    if (u.k !== 'struct') return undefined;
    const direct = u.fields.find((f) => f.name === name);
    if (direct) return direct.type;
    for (const f of u.fields) {
      if (!f.embedded) continue;
      const found = this.memberOf(f.type, name, depth + 1);
      if (found?.k === 'unknown') return found;
      if (found) return found;
    }
    return undefined;
  }

  /** A method of an interface, its own or an embedded interface's. */
  private interfaceMethod(u: Extract<AnalysisType, { k: 'interface' }>, name: string, depth: number): AnalysisType | undefined {
    const own = u.sigs?.find((m) => m.name === name);
    if (own) return own.type;
    for (const line of u.terms) {
      // An embedded interface is a line of one term without ~.
      if (line.length !== 1 || line[0].tilde) continue;
      const e = this.underlying(line[0].type);
      if (e.k === 'unknown') return e;
      if (e.k === 'interface' && depth < 8) {
        const found = this.interfaceMethod(e, name, depth + 1);
        if (found) return found;
      }
    }
    return undefined;
  }

  private methodOf(named: Extract<AnalysisType, { k: 'named' }>, name: string): AnalysisType | undefined {
    const base = named.decl.childForFieldName('name')?.text;
    const decl = base ? this.universe.packageOf(named.decl).method(base, name) : undefined;
    if (!decl) return undefined;
    // Bind the receiver's own names for the type's parameters to the instance's arguments.
    const subst: Subst = new Map();
    const recv = receiverTypeNode(decl);
    const generic = recv?.type === 'pointer_type' ? recv.namedChild(0) : recv;
    if (generic?.type === 'generic_type') {
      const names = generic.childForFieldName('type_arguments')?.namedChildren ?? [];
      names.forEach((n, i) => {
        if (n) subst.set(n.text, named.args[i] ?? unknown('uninstantiated'));
      });
    }
    return this.signatureOf(decl, subst);
  }
}

function first(t: AnalysisType): AnalysisType {
  if (t.k !== 'tuple') return t;
  return t.items[0] ?? unknown('the call has no result');
}

function tupleOf(items: AnalysisType[]): AnalysisType {
  return items.length === 1 ? items[0] : { k: 'tuple', items };
}

function isTypeSyntax(n: Node): boolean {
  return (
    [
      'slice_type',
      'map_type',
      'array_type',
      'pointer_type',
      'channel_type',
      'function_type',
      'struct_type',
      'interface_type',
      'parenthesized_type',
      'generic_type',
      'qualified_type',
    ].includes(n.type) ||
    (n.type === 'unary_expression' && n.childForFieldName('operator')?.text === '*' && n.parent?.type === 'parenthesized_expression')
  );
}

function typeSwitchOperand(caseNode: Node): Node | null {
  const sw = caseNode.parent;
  let v = sw?.childForFieldName('value') ?? null;
  // The value field holds `x` from `x.(type)`; older grammars keep the whole assertion.
  if (v?.type === 'type_assertion_expression') v = v.childForFieldName('operand');
  return v;
}
