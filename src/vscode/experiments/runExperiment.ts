// "HeapLens: Run Map Experiment…" and "HeapLens: Compare Go Versions…": both open the results
// panel's form. An argument that settles everything (the clear( lens's Simulate) runs at once.
import type * as vscode from 'vscode';
import { engineCatalog } from '../../experiments/catalog';
import { formFor, seedRunsAtOnce, type ExperimentSeed } from '../../experiments/panelLogic';
import { ExperimentPanel } from './resultsPanel';
import { workspaceGoVersion } from './workspaceGo';

/** Opens the results panel with the seeded (else default) values in its form. */
function openExperiment(context: vscode.ExtensionContext, seed: ExperimentSeed, compare: boolean): void {
  const catalog = engineCatalog();
  const defaultGo = workspaceGoVersion(catalog.goVersions);
  const form = formFor(catalog, seed, defaultGo, compare);
  ExperimentPanel.show(context, catalog, form, { compare, runNow: seedRunsAtOnce(seed), defaultGo });
}

/** One experiment on one Go version. */
export async function runExperimentCommand(context: vscode.ExtensionContext, seed: ExperimentSeed = {}): Promise<void> {
  openExperiment(context, seed, false);
}

/** One experiment on a classic (≤ 1.23) and a Swiss-table (≥ 1.24) Go, side by side. */
export async function compareGoVersionsCommand(context: vscode.ExtensionContext, seed: ExperimentSeed = {}): Promise<void> {
  openExperiment(context, seed, true);
}
