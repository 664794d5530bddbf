// "HeapLens: Compare Go Versions…": one experiment on a classic and on a Swiss runtime.
import type * as vscode from 'vscode';
import { isSwiss } from '../../shared/goVersion';
import { ExperimentPanel } from './resultsPanel';
import { engineCatalog } from '../../experiments/catalog';
import { askExperiment, pickGoVersion, workspaceGoVersion, type ExperimentSeed } from './experimentInputs';

/** Asks for one experiment and two Go versions (≤ 1.23, ≥ 1.24) and shows both runs side by side. */
export async function compareGoVersionsCommand(context: vscode.ExtensionContext, seed: ExperimentSeed = {}): Promise<void> {
  const catalog = engineCatalog();
  const title = 'Compare Go Versions';
  const params = await askExperiment(catalog, seed, title);
  if (!params) return;
  const classic = catalog.goVersions.filter((v) => !isSwiss(v));
  const swiss = catalog.goVersions.filter(isSwiss);
  const wanted = await workspaceGoVersion(catalog.goVersions);
  const older = await pickGoVersion(`${title}: classic runtime (hmap)`, catalog.goVersions, isSwiss(wanted) ? classic[classic.length - 1] : wanted, (v) => !isSwiss(v));
  if (!older) return;
  const newer = await pickGoVersion(`${title}: Swiss-table runtime`, catalog.goVersions, isSwiss(wanted) ? wanted : swiss[swiss.length - 1], isSwiss);
  if (!newer) return;
  ExperimentPanel.show(context, catalog, [{ ...params, go: older }, { ...params, go: newer }], true);
}
