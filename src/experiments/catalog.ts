// The engine's catalog as the commands and the panel use it (cheap: no simulation here).
import { listScenarios, parseGoType, SUPPORTED_GO_VERSIONS } from './engine';
import { oneLine } from '../shared/errors';
import type { EngineCatalog } from '../vscode/experiments/resultsPanel';

/** Scenarios and Go versions the engine offers. */
export function engineCatalog(): EngineCatalog {
  const scenarios = listScenarios().map((s) => ({ id: s.id, title: s.title, description: s.description }));
  return { scenarios, goVersions: [...SUPPORTED_GO_VERSIONS] };
}

/** The engine type parser's message for a bad map type, or undefined when it parses. */
export function mapTypeProblem(text: string): string | undefined {
  const t = text.trim();
  if (!t.startsWith('map[')) return `'${t}' is not a map type: write it like map[string]*User`;
  try {
    parseGoType(t);
    return undefined;
  } catch (err) {
    return oneLine(err);
  }
}
