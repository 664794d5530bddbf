// The Go map engine's public API (pure: no vscode). See shared/spec/cli.md and go-map-facts.md.
import type { ScenarioInfo } from '../shared/protocol/experimentView';
import { SCENARIOS, type ScenarioParam } from './scenarios';
import { runScenario } from './run';

export { parseGoType, parseMapType, type GoType } from './goTypes';
export { mapLayout, type MapLayout } from './layout';
export { GO_BUILDS, SUPPORTED_GO_VERSIONS, DEFAULT_GO_VERSION, implForGo, versionRules, type MapImpl } from './versions';
export { runExperiment, runScenario, CancelledError, type RunOptions, type ExperimentRun } from './run';
export { profileFromExperiment } from './toPprof';
export { SCENARIOS, findScenario, type Scenario } from './scenarios';

/** A scenario as listed: id, title, description, parameters. */
export interface ScenarioListing extends ScenarioInfo {
  parameters: ScenarioParam[];
  defaults?: { type?: string; n?: number; hint?: number };
}

/** The scenarios the engine offers (cheap: no simulation). */
export function listScenarios(): ScenarioListing[] {
  return SCENARIOS.map((s) => ({
    id: s.id,
    title: s.title,
    description: s.description,
    parameters: s.parameters,
    ...(s.defaults ? { defaults: s.defaults } : {}),
  }));
}

const retainedCache = new Map<string, number>();

/**
 * Bytes a map of this type with n entries still holds after clear(m) on this Go version
 * (fill from empty, then clear): what the lens hover quotes. Cached; throws InputError on a bad type.
 */
export function bytesRetainedAfterClear(type: string, n: number, go: string): number {
  const key = `${type}|${n}|${go}`;
  let v = retainedCache.get(key);
  if (v === undefined) {
    const r = runScenario({ scenario: 'fill-clear-refill', type, n, hint: -1, go }).result;
    v = r.steps.find((s) => s.step === 'clear')?.live_bytes ?? 0;
    if (retainedCache.size > 256) retainedCache.clear();
    retainedCache.set(key, v);
  }
  return v;
}
