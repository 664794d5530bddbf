// Type expressions to types: what a type written in the source denotes, and a named type's
// underlying type (go/types' typexpr.go, signature.go, struct.go, interface.go, under.go).
import type { Node } from 'web-tree-sitter';
import { type AnalysisType, type Field, type Term, predeclaredTypes, unknown } from './analysisType';
import { receiverBaseName } from './packageIndex';
import { Constants } from './constants';

/** Type parameters bound to type arguments, by name. */
export type Subst = Map<string, AnalysisType>;

/** How deep expressions and types may nest before the analysis gives up on them. */
export const MAX_DEPTH = 40;

/** Reads type syntax into types, over the names Scope resolves. */
export class TypeExprs extends Constants {
  /** Nesting of typeOf and typeFromNode together, bounded by MAX_DEPTH. */
  protected depth = 0;
  private readonly typeCache = new Map<number, AnalysisType>();
  private readonly underlyingCache = new Map<number, AnalysisType>();

  /** A function's (or function type's) signature, its type parameters replaced as `subst` says. */
  protected signatureOf(fn: Node, subst: Subst): Extract<AnalysisType, { k: 'func' }> {
    const params: AnalysisType[] = [];
    let variadic = false;
    for (const p of fn.childForFieldName('parameters')?.namedChildren ?? []) {
      if (!p || (p.type !== 'parameter_declaration' && p.type !== 'variadic_parameter_declaration')) continue;
      let t = this.typeFromNode(p.childForFieldName('type')!, subst);
      if (p.type === 'variadic_parameter_declaration') {
        t = { k: 'slice', elem: t };
        variadic = true;
      }
      const n = Math.max(1, p.childrenForFieldName('name').length);
      for (let i = 0; i < n; i++) params.push(t);
    }
    return { k: 'func', params, results: this.resultTypes(fn.childForFieldName('result'), subst), variadic };
  }

  private resultTypes(result: Node | null, subst: Subst): AnalysisType[] {
    if (!result) return [];
    if (result.type !== 'parameter_list') return [this.typeFromNode(result, subst)];
    const out: AnalysisType[] = [];
    for (const p of result.namedChildren) {
      if (!p || p.type !== 'parameter_declaration') continue;
      const t = this.typeFromNode(p.childForFieldName('type')!, subst);
      const n = Math.max(1, p.childrenForFieldName('name').length);
      for (let i = 0; i < n; i++) out.push(t);
    }
    return out;
  }

  /** A type written in the source (or an expression that names a type, as in `make(T)`). */
  typeFromNode(n: Node, subst: Subst = new Map()): AnalysisType {
    const cacheable = subst.size === 0;
    const hit = cacheable ? this.typeCache.get(n.id) : undefined;
    if (hit) return hit;
    if (++this.depth > MAX_DEPTH) {
      this.depth--;
      return unknown('type nests too deeply');
    }
    try {
      const t = this.typeFromNodeInner(n, subst);
      if (cacheable) this.typeCache.set(n.id, t);
      return t;
    } finally {
      this.depth--;
    }
  }

  private typeFromNodeInner(n: Node, subst: Subst): AnalysisType {
    switch (n.type) {
      case 'type_identifier':
      case 'identifier': {
        const bound = subst.get(n.text);
        if (bound) return bound;
        const sym = this.lookup(n.text, n);
        if (sym?.s === 'type') {
          const named = this.namedOf(n.text, sym.decl);
          return sym.decl.type === 'type_alias' && !sym.decl.childForFieldName('type_parameters') ? this.expandAlias(named) : named;
        }
        if (sym?.s === 'typeparam') return this.typeParam(n.text, sym.decl, subst);
        if (sym?.s === 'recvparam') return this.recvParam(n.text, sym.method, sym.index);
        if (!sym && predeclaredTypes.has(n.text)) {
          return { k: 'basic', name: n.text };
        }
        if (sym?.s === 'package') return unknown(`'${n.text}' is a package, not a type`);
        return unknown(`'${n.text}' is not a type declared in this package`);
      }
      case 'generic_type': {
        const base = this.typeFromNode(n.childForFieldName('type')!, subst);
        const args = (n.childForFieldName('type_arguments')?.namedChildren ?? []).map((a) => this.typeFromNode(a!, subst));
        return base.k === 'named' ? this.instantiated(base, args) : base;
      }
      case 'index_expression': {
        const base = this.typeFromNode(n.childForFieldName('operand')!, subst);
        const args = n.childrenForFieldName('index').map((a) => this.typeFromNode(a, subst));
        return base.k === 'named' ? this.instantiated(base, args) : base;
      }
      case 'qualified_type':
      case 'selector_expression': {
        // pkg.T: the package the file imports under that name.
        const pkgNode = n.childForFieldName(n.type === 'qualified_type' ? 'package' : 'operand');
        const nameNode = n.childForFieldName(n.type === 'qualified_type' ? 'name' : 'field');
        if (pkgNode?.type !== 'package_identifier' && pkgNode?.type !== 'identifier') return unknown(`${n.text} is not a type`);
        const sym = this.lookup(pkgNode.text, pkgNode);
        if (sym?.s !== 'package') return unknown(`'${pkgNode.text}' is not an imported package`);
        if (!sym.pkg) return unknown(`${n.text.replace(/\s+/g, '')}: ${sym.why ?? 'its package is not on disk'}`);
        if (sym.pkg.files.importPath === 'unsafe' && nameNode?.text === 'Pointer') return { k: 'basic', name: 'unsafe.Pointer' };
        const member = this.member(sym.pkg, nameNode?.text ?? '');
        if (member?.s !== 'type') return unknown(`${n.text.replace(/\s+/g, '')} is not a type of package ${sym.pkg.files.importPath}`);
        const named = this.namedOf(nameNode!.text, member.decl);
        return member.decl.type === 'type_alias' && !member.decl.childForFieldName('type_parameters') ? this.expandAlias(named) : named;
      }
      case 'type_elem':
      case 'type_constraint':
      case 'parenthesized_type':
      case 'parenthesized_expression':
        return n.namedChildCount === 1 ? this.typeFromNode(n.namedChild(0)!, subst) : this.constraint(n, subst);
      case 'pointer_type':
        return { k: 'pointer', elem: this.typeFromNode(n.namedChild(0)!, subst) };
      case 'unary_expression': // `*T` written where an expression may stand, as in (*T)(x)
        return n.childForFieldName('operator')?.text === '*'
          ? { k: 'pointer', elem: this.typeFromNode(n.childForFieldName('operand')!, subst) }
          : unknown('not a type');
      case 'slice_type':
        return { k: 'slice', elem: this.typeFromNode(n.childForFieldName('element')!, subst) };
      case 'array_type': {
        // go/types prints the evaluated length; one we cannot evaluate is printed unknown.
        const len = this.constValue(n.childForFieldName('length')!);
        return { k: 'array', len: len === undefined ? '?' : len.toString(), elem: this.typeFromNode(n.childForFieldName('element')!, subst) };
      }
      case 'implicit_length_array_type':
        return { k: 'array', len: '...', elem: this.typeFromNode(n.childForFieldName('element')!, subst) };
      case 'map_type':
        return { k: 'map', key: this.typeFromNode(n.childForFieldName('key')!, subst), elem: this.typeFromNode(n.childForFieldName('value')!, subst) };
      case 'channel_type': {
        const dir = n.text.startsWith('<-') ? 'recv' : /^chan\s*<-/.test(n.text) ? 'send' : '';
        return { k: 'chan', dir, elem: this.typeFromNode(n.childForFieldName('value')!, subst) };
      }
      case 'function_type':
        return this.signatureOf(n, subst);
      case 'struct_type':
        return this.structType(n, subst);
      case 'interface_type':
        return this.constraint(n, subst);
      case 'negated_type':
        return this.constraint(n, subst);
    }
    return unknown(`type syntax ${n.type} is not resolved`);
  }

  private structType(n: Node, subst: Subst): AnalysisType {
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
  private constraint(n: Node, subst: Subst): AnalysisType {
    const terms: Term[][] = [];
    const methods: string[] = [];
    const sigs: { name: string; type: AnalysisType }[] = [];
    const union = (parts: Node[]): Term[] =>
      parts.map((p) =>
        p.type === 'negated_type' ? { tilde: true, type: this.typeFromNode(p.namedChild(0)!, subst) } : { tilde: false, type: this.typeFromNode(p, subst) },
      );
    if (n.type === 'interface_type') {
      for (const el of n.namedChildren) {
        if (!el) continue;
        if (el.type === 'method_elem') {
          methods.push(el.text.replace(/\s+/g, ' '));
          const name = el.childForFieldName('name')?.text;
          if (name) sigs.push({ name, type: this.signatureOf(el, subst) });
        } else if (el.type === 'type_elem') terms.push(union(el.namedChildren.filter((c): c is Node => !!c)));
      }
    } else {
      terms.push(union(n.type === 'negated_type' ? [n] : n.namedChildren.filter((c): c is Node => !!c)));
    }
    return { k: 'interface', terms, methods, sigs };
  }

  protected typeParam(name: string, decl: Node, subst: Subst): AnalysisType {
    const c = decl.childForFieldName('type');
    return { k: 'typeparam', name, constraint: c ? this.typeFromNode(c, subst) : unknown('no constraint') };
  }

  private recvParam(name: string, method: Node, index: number): AnalysisType {
    // `K` in `func (s *Set[K])` stands for the type declaration's index-th parameter.
    const base = receiverBaseName(method);
    const decl = base ? this.universe.packageOf(method).get(base) : undefined;
    const params = (decl?.decl.childForFieldName('type_parameters')?.namedChildren ?? []).flatMap((p) =>
      p ? p.childrenForFieldName('name').map((nm) => ({ p, nm })) : [],
    );
    const hit = params[index];
    if (!hit) return unknown(`receiver type parameter ${name}`);
    const t = this.typeParam(name, hit.p, new Map());
    return t;
  }

  /** A named type, qualified by its package's name when another package declares it (as go/types prints it). */
  protected namedOf(name: string, decl: Node): Extract<AnalysisType, { k: 'named' }> {
    return { k: 'named', name, decl, args: [], pkg: this.universe.isForeign(decl) ? this.universe.packageOf(decl).name : undefined };
  }

  /** A named type given type arguments; a generic alias is replaced by what it stands for. */
  private instantiated(base: Extract<AnalysisType, { k: 'named' }>, args: AnalysisType[]): AnalysisType {
    const t = { ...base, args };
    return base.decl.type === 'type_alias' ? this.expandAlias(t) : t;
  }

  /** What an alias stands for (go/types with gotypesalias=0, as the oracle runs, prints that). */
  private expandAlias(t: Extract<AnalysisType, { k: 'named' }>): AnalysisType {
    const typeNode = t.decl.childForFieldName('type');
    if (!typeNode) return unknown(`alias ${t.name} has no type`);
    const subst: Subst = new Map();
    const params = (t.decl.childForFieldName('type_parameters')?.namedChildren ?? []).flatMap((p) => (p ? p.childrenForFieldName('name') : []));
    params.forEach((p, j) => subst.set(p.text, t.args[j] ?? unknown('uninstantiated')));
    return this.typeFromNode(typeNode, subst);
  }

  /** A type's underlying type: named types and aliases followed to their definition. */
  underlying(t: AnalysisType): AnalysisType {
    if (t.k === 'named' && t.args.length === 0) {
      let u = this.underlyingCache.get(t.decl.id);
      if (!u) this.underlyingCache.set(t.decl.id, (u = this.underlyingOf(t)));
      return u;
    }
    return this.underlyingOf(t);
  }

  private underlyingOf(t: AnalysisType): AnalysisType {
    for (let i = 0; i < 20 && t.k === 'named'; i++) {
      const decl = t.decl;
      const typeNode = decl.childForFieldName('type');
      if (!typeNode) return unknown(`type ${t.name} has no definition`);
      const subst: Subst = new Map();
      const params = (decl.childForFieldName('type_parameters')?.namedChildren ?? []).flatMap((p) => (p ? p.childrenForFieldName('name') : []));
      params.forEach((p, j) => subst.set(p.text, t.k === 'named' ? (t.args[j] ?? unknown('uninstantiated')) : unknown('')));
      t = this.typeFromNode(typeNode, subst);
    }
    return t.k === 'named' ? unknown('type definitions loop') : t;
  }
}
