import type { Node } from 'web-tree-sitter';

/**
 * A Go type as the clear( analysis reads it from the source (named types stay references to their
 * declaration until asked); not the engine's GoType, which is a type with its memory layout.
 */
export type AnalysisType =
  | { k: 'basic'; name: string }
  | { k: 'named'; name: string; decl: Node; args: AnalysisType[]; /** the declaring package's name, when not the analysed one */ pkg?: string }
  | { k: 'qualified'; text: string }
  | { k: 'map'; key: AnalysisType; elem: AnalysisType }
  | { k: 'slice'; elem: AnalysisType }
  | { k: 'array'; len: string; elem: AnalysisType }
  | { k: 'pointer'; elem: AnalysisType }
  | { k: 'chan'; dir: '' | 'send' | 'recv'; elem: AnalysisType }
  | { k: 'func'; params: AnalysisType[]; results: AnalysisType[]; variadic: boolean }
  | { k: 'struct'; fields: Field[] }
  | { k: 'interface'; terms: Term[][]; methods: string[]; /** each method's signature, by name */ sigs?: { name: string; type: AnalysisType }[] }
  | { k: 'typeparam'; name: string; constraint: AnalysisType }
  | { k: 'tuple'; items: AnalysisType[] }
  | { k: 'unknown'; why: string };

/** A struct field; embedded fields are named after their type. */
export interface Field {
  name: string;
  type: AnalysisType;
  embedded: boolean;
  tag?: string;
}

/** One term of a constraint's union: `T` or `~T`. */
export interface Term {
  tilde: boolean;
  type: AnalysisType;
}

/** The predeclared type names (plus `any` and `error`, which are aliases/interfaces). */
export const predeclaredTypes = new Set([
  'bool',
  'string',
  'int',
  'int8',
  'int16',
  'int32',
  'int64',
  'uint',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'uintptr',
  'float32',
  'float64',
  'complex64',
  'complex128',
  'byte',
  'rune',
  'any',
  'error',
  'comparable',
]);

/** Shorthand for an unresolved type with the reason kept for the hover. */
export function unknown(why: string): AnalysisType {
  return { k: 'unknown', why };
}

/**
 * Writes a type the way go/types' TypeString does with a package-relative qualifier
 * (`map[Key][]byte`, `struct{Tenant string; ID int64}`), so our answers compare with the oracle's.
 */
export function formatType(t: AnalysisType): string {
  switch (t.k) {
    case 'basic':
      return t.name;
    case 'named':
      return (t.pkg ? `${t.pkg}.` : '') + (t.args.length ? `${t.name}[${t.args.map(formatType).join(', ')}]` : t.name);
    case 'qualified':
      return t.text;
    case 'map':
      return `map[${formatType(t.key)}]${formatType(t.elem)}`;
    case 'slice':
      return `[]${formatType(t.elem)}`;
    case 'array':
      return `[${t.len}]${formatType(t.elem)}`;
    case 'pointer':
      return `*${formatType(t.elem)}`;
    case 'chan': {
      const prefix = t.dir === 'recv' ? '<-chan ' : t.dir === 'send' ? 'chan<- ' : 'chan ';
      // go/types parenthesises `chan (<-chan T)` to keep it unambiguous.
      const inner = formatType(t.elem);
      return prefix + (t.dir !== 'send' && t.elem.k === 'chan' && t.elem.dir === 'recv' ? `(${inner})` : inner);
    }
    case 'func':
      return 'func' + formatSignature(t);
    case 'struct':
      return `struct{${t.fields.map((f) => (f.embedded ? formatType(f.type) : `${f.name} ${formatType(f.type)}`) + (f.tag ? ` ${f.tag}` : '')).join('; ')}}`;
    case 'interface': {
      if (!t.terms.length && !t.methods.length) return 'interface{}';
      const parts = [...t.methods, ...t.terms.map((u) => u.map((x) => (x.tilde ? '~' : '') + formatType(x.type)).join(' | '))];
      return `interface{${parts.join('; ')}}`;
    }
    case 'typeparam':
      return t.name;
    case 'tuple':
      return `(${t.items.map(formatType).join(', ')})`;
    case 'unknown':
      return '?';
  }
}

function formatSignature(t: { params: AnalysisType[]; results: AnalysisType[]; variadic: boolean }): string {
  const params = t.params.map((p, i) => (t.variadic && i === t.params.length - 1 && p.k === 'slice' ? '...' + formatType(p.elem) : formatType(p)));
  const results = t.results.length === 0 ? '' : t.results.length === 1 ? ' ' + formatType(t.results[0]) : ` (${t.results.map(formatType).join(', ')})`;
  return `(${params.join(', ')})${results}`;
}
