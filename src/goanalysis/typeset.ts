// Type sets: the types a type parameter's constraint allows, and its core type (go/types'
// typeset.go and under.go's coreType).
import type { AnalysisType } from './analysisType';
import { TypeExprs } from './typexpr';

/** Type sets and core types of type parameters. */
export class TypeSets extends TypeExprs {
  /** The terms of a type parameter's type set, each as an underlying type; undefined when unrestricted. */
  typeSet(t: Extract<AnalysisType, { k: 'typeparam' }>, depth = 0): AnalysisType[] | undefined {
    if (depth > 8) return undefined;
    const c = this.underlying(t.constraint);
    if (c.k !== 'interface') return c.k === 'unknown' ? undefined : [c];
    if (c.terms.length === 0) return undefined;
    // Several type elements intersect; take the first line's union (the usual case is one).
    const out: AnalysisType[] = [];
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
  protected coreOrUnderlying(t: AnalysisType): AnalysisType {
    const u = this.underlying(t);
    return u.k === 'typeparam' ? (this.coreType(u) ?? u) : u;
  }

  /** A type parameter's core type: the single underlying type of its type set, if there is one. */
  coreType(t: Extract<AnalysisType, { k: 'typeparam' }>): AnalysisType | undefined {
    const set = this.typeSet(t);
    return set && set.length === 1 ? set[0] : undefined;
  }
}
