// Reading gopls's answers about a clear argument our analysis left unknown (another package's
// type): its hover's declaration line, and the line of the type's definition. The VS Code calls
// that fetch them are in src/vscode/lens/goplsType.ts.
import type { ClearCall } from './analysis';
import { summary } from './facts';

/** A map or slice type as gopls writes it. */
export interface GoplsType {
  kind: 'map' | 'slice';
  type: string;
}

/** The type in gopls's first code line: `var h http.Header`, `field Header http.Header`, `h http.Header`. */
export function declaredType(markdown: string): string | undefined {
  const block = /```go\n([^\n]+)/.exec(markdown)?.[1] ?? markdown.split('\n')[0];
  const m = /^(?:var|field|const|param(?:eter)?)?\s*[A-Za-z_]\w*\s+(.+)$/.exec(block.trim());
  return m?.[1];
}

/** The defined type of a type declaration's line: `type Header map[string][]string` → `map[string][]string`. */
export function definedType(line: string): string | undefined {
  return /^\s*(?:type\s+)?[A-Za-z_]\w*(?:\[[^\]]*\])?\s+(?:=\s*)?(.+?)\s*(?:\/\/.*)?$/.exec(line)?.[1];
}

/** The type if it is written as a map or a slice (a named type needs its definition first). */
export function mapOrSlice(type: string | undefined): GoplsType | undefined {
  if (type?.startsWith('map[')) return { kind: 'map', type };
  if (type?.startsWith('[]')) return { kind: 'slice', type };
  return undefined;
}

/** The first declared type among hover texts, when it is a map or slice as written. */
export function typeFromHovers(markdowns: string[]): GoplsType | undefined {
  return mapOrSlice(markdowns.map(declaredType).find((t) => t));
}

/**
 * The fields of an unknown call once gopls named its type. Quick fixes stay off (not releasable):
 * we do not know the holders.
 */
export function withGoplsType(call: ClearCall, found: GoplsType): Partial<ClearCall> {
  return {
    kind: found.kind,
    type: found.type,
    spelledType: found.type,
    engineType: found.kind === 'map' ? found.type : undefined,
    retains: true,
    summary: summary(found.kind, call.goVersion),
    releasable: false,
    via: 'gopls',
  };
}
