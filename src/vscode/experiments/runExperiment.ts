// "HeapLens: Run Map Experiment…" (also the clear( lens's Simulate, with values filled in).
import type * as vscode from 'vscode';
import { nearestSupported } from '../../shared/goVersion';
import { ExperimentPanel } from './resultsPanel';
import { engineCatalog, mapTypeProblem } from '../../experiments/catalog';
import { askExperiment, DEFAULT_N, pickGoVersion, workspaceGoVersion, type ExperimentSeed } from './experimentInputs';

/** The scenario a lens's Simulate opens with: the one asked for, else fill-clear-refill, else the first. */
function seededScenario(ids: string[], wanted: string | undefined): string {
  return [wanted, 'fill-clear-refill'].find((id) => id !== undefined && ids.includes(id)) ?? ids[0];
}

/** Asks for the parameters (seeded by the argument) and opens the results view. */
export async function runExperimentCommand(context: vscode.ExtensionContext, seed: ExperimentSeed = {}): Promise<void> {
  const catalog = engineCatalog();
  const title = 'Run Map Experiment';
  const seededGo = seed.go && /^1\.\d+/.test(seed.go) ? nearestSupported(seed.go, catalog.goVersions) : undefined;
  // From the lens (a valid type given): straight to the view; parameters change there.
  if (seed.type && !mapTypeProblem(seed.type)) {
    const go = seededGo ?? (await workspaceGoVersion(catalog.goVersions));
    const scenario = seededScenario(catalog.scenarios.map((s) => s.id), seed.scenario);
    ExperimentPanel.show(context, catalog, [{ scenario, type: seed.type, n: DEFAULT_N, hint: -1, go }], false);
    return;
  }
  const params = await askExperiment(catalog, seed, title);
  if (!params) return;
  const preferred = seededGo ?? (await workspaceGoVersion(catalog.goVersions));
  const go = await pickGoVersion(`${title}: Go version`, catalog.goVersions, preferred);
  if (!go) return;
  ExperimentPanel.show(context, catalog, [{ ...params, go }], false);
}
