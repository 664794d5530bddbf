// Type argument inference for calls of generic functions (go/types' infer.go and unify.go).
import type { Node } from 'web-tree-sitter';
import type { AnalysisType } from './analysisType';
import type { Subst } from './typexpr';
import { TypeSets } from './typeset';

/** Infers a generic call's type arguments; the arguments' types come from typeOf (expr.ts). */
export abstract class Inference extends TypeSets {
  /** The static type of an expression. */
  abstract typeOf(e: Node): AnalysisType;

  /** Binds a generic function's type parameters to explicit arguments (the rest keep their constraints). */
  private bindTypeParams(fn: Node, args: AnalysisType[]): Subst {
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
  protected inferTypeArgs(fn: Node, explicit: AnalysisType[], args: Node[]): Subst {
    const subst = this.bindTypeParams(fn, explicit);
    const sig = this.signatureOf(fn, new Map());
    const params = sig.params;
    params.forEach((p, i) => {
      const last = sig.variadic && i === params.length - 1;
      if (last && p.k === 'slice' && !args[i]?.text.endsWith('...')) {
        // f(a, b, c) against ...T: each remaining argument is a T.
        for (const a of args.slice(i)) this.unify(p.elem, this.typeOf(a), subst);
      } else if (args[i]) this.unify(p, this.typeOf(args[i]), subst);
    });
    const decls = (fn.childForFieldName('type_parameters')?.namedChildren ?? []).flatMap((d) =>
      d ? d.childrenForFieldName('name').map((n) => ({ name: n.text, d })) : [],
    );
    for (let pass = 0; pass < 3; pass++) {
      for (const { name, d } of decls) {
        const bound = subst.get(name);
        if (!bound) continue;
        const core = this.coreType(this.typeParam(name, d, new Map()) as Extract<AnalysisType, { k: 'typeparam' }>);
        if (core) this.unify(core, this.underlying(bound), subst);
      }
    }
    // A parameter nothing fixed stays unknown: its name must never be printed as a type.
    for (const { name } of decls) if (!subst.has(name)) subst.set(name, { k: 'unknown', why: `cannot infer ${name}` });
    return subst;
  }

  /** Binds the type parameters in `p` by matching it against an argument's type `a`. */
  private unify(p: AnalysisType, a: AnalysisType, subst: Subst, depth = 0): void {
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
    if (p.k === 'map' && u.k === 'map') {
      this.unify(p.key, u.key, subst, depth + 1);
      this.unify(p.elem, u.elem, subst, depth + 1);
    } else if (
      (p.k === 'slice' && u.k === 'slice') ||
      (p.k === 'pointer' && u.k === 'pointer') ||
      (p.k === 'array' && u.k === 'array') ||
      (p.k === 'chan' && u.k === 'chan')
    )
      this.unify(p.elem, u.elem, subst, depth + 1);
    else if (p.k === 'func' && u.k === 'func') {
      p.params.forEach((x, i) => u.params[i] && this.unify(x, u.params[i], subst, depth + 1));
      p.results.forEach((x, i) => u.results[i] && this.unify(x, u.results[i], subst, depth + 1));
    }
  }
}
