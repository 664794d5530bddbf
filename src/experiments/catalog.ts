// The engine's catalog as the commands and the panel use it (cheap: no simulation here).
import { listScenarios } from '../engine';
import { GO_BUILDS } from '../shared/goVersion';
import type { ScenarioInfo } from '../shared/protocol/experimentView';

/** What the panel needs from the engine that the host may load without the worker. */
export interface EngineCatalog {
  scenarios: ScenarioInfo[];
  goVersions: readonly string[];
}

/** Scenarios and Go builds the engine offers (versions, then the GOEXPERIMENT=noswissmap builds). */
export function engineCatalog(): EngineCatalog {
  const scenarios = listScenarios().map((s) => ({ id: s.id, title: s.title, description: s.description }));
  return { scenarios, goVersions: [...GO_BUILDS] };
}
