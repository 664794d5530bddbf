import type { ClearCall, Span } from './analysis';

/** One quick fix as plain data: a title and text edits (the VS Code layer turns it into a CodeAction). */
export interface QuickFix {
  title: string;
  edits: { span: Span; newText: string }[];
  preferred: boolean;
}

/**
 * The release quick fixes for a clear call: on a map, replace it with `x = make(T)`; on a slice,
 * `x = nil` instead, or keep clear and add `x = x[:0]`. Only where assigning `x` frees the memory
 * for everyone holding it (not a parameter, a receiver copy or a call result) and clear is a statement.
 * `lineText` is the source line of the call, for the indentation of an added line.
 */
export function releaseFixes(call: ClearCall, lineText: string): QuickFix[] {
  if (!call.releasable || !call.standalone || (call.kind !== 'map' && call.kind !== 'slice')) return [];
  const x = call.argument;
  const replace = (newText: string) => [{ span: call.callSpan, newText }];
  if (call.kind === 'map') {
    // Only a type that can be written here (see spellableAt in analysis.ts) makes a fix.
    const t = call.spelledType ?? (call.type && !/[.]/.test(call.type) ? call.type : undefined);
    if (!t) return [];
    const make = `${x} = make(${t})`;
    return [{ title: `Release memory: ${make}`, edits: replace(make), preferred: true }];
  }
  const indent = /^\s*/.exec(lineText)?.[0] ?? '';
  const end = call.callSpan;
  return [
    {
      title: `Keep capacity, drop len: ${x} = ${x}[:0] (after clear)`,
      preferred: false,
      edits: [
        { span: { startLine: end.endLine, startColumn: end.endColumn, endLine: end.endLine, endColumn: end.endColumn }, newText: `\n${indent}${x} = ${x}[:0]` },
      ],
    },
    { title: `Release memory: ${x} = nil`, edits: replace(`${x} = nil`), preferred: true },
  ];
}
