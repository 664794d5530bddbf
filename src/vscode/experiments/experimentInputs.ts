// The palette's input steps for an experiment: scenario, map type, N, hint, Go version.
import * as path from 'path';
import * as vscode from 'vscode';
import { findGoMod } from '../../goanalysis/packageFiles';
import type { ExperimentParams } from '../../shared/protocol/experimentView';
import { defaultGoVersion, isSwiss } from '../../shared/goVersion';
import type { EngineCatalog } from './resultsPanel';
import { mapTypeProblem } from '../../experiments/catalog';

/** Values another feature (the clear( lens's Simulate) fills in ahead of time. */
export interface ExperimentSeed {
  type?: string;
  go?: string;
  scenario?: string;
}

/** Entries when nobody says otherwise: big enough to see growth, quick to simulate. */
export const DEFAULT_N = 100_000;
const MAX_N = 10_000_000;

/** An input box whose validation message updates as the user types; undefined when dismissed. */
function ask(title: string, prompt: string, value: string, validate: (text: string) => string | undefined): Promise<string | undefined> {
  return new Promise((resolve) => {
    const box = vscode.window.createInputBox();
    box.title = title;
    box.prompt = prompt;
    box.value = value;
    box.ignoreFocusOut = true;
    let accepted = false;
    box.onDidChangeValue((v) => { box.validationMessage = validate(v); });
    box.onDidAccept(() => {
      const problem = validate(box.value);
      box.validationMessage = problem;
      if (problem) return;
      accepted = true;
      resolve(box.value.trim());
      box.hide();
    });
    box.onDidHide(() => { if (!accepted) resolve(undefined); box.dispose(); });
    box.show();
  });
}

function integerProblem(text: string, min: number, max: number, what: string): string | undefined {
  const t = text.trim().replace(/_/g, '');
  if (!/^-?\d+$/.test(t)) return `${what} must be a whole number`;
  const v = Number(t);
  if (v < min || v > max) return `${what} must be between ${min.toLocaleString('en-US')} and ${max.toLocaleString('en-US')}`;
  return undefined;
}

/** The go.mod nearest the active Go file, else the first workspace folder's, as text. */
/** The go.mod nearest the active Go file (else the first workspace folder's), found as the lens finds it. */
function nearestGoMod(): string | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active?.scheme === 'file') return findGoMod(path.dirname(active.fsPath));
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder?.uri.scheme === 'file' ? findGoMod(folder.uri.fsPath) : undefined;
}

/** The workspace's default Go version (setting, go.mod, newest). */
export async function workspaceGoVersion(supported: readonly string[]): Promise<string> {
  const setting = vscode.workspace.getConfiguration('heaplens').get<string>('goVersion', '');
  return defaultGoVersion(setting, nearestGoMod(), supported);
}

/** Asks for a Go version among the supported ones, the default first. */
export async function pickGoVersion(title: string, versions: readonly string[], preferred: string, filter?: (v: string) => boolean): Promise<string | undefined> {
  const items = [...versions].filter((v) => !filter || filter(v)).reverse().map((v) => ({
    label: `Go ${v}`, version: v,
    description: `${isSwiss(v) ? 'Swiss tables' : 'classic hmap'}${v === preferred ? ' · default' : ''}`,
  }));
  const pick = vscode.window.createQuickPick<(typeof items)[number]>();
  pick.title = title;
  pick.items = items;
  pick.activeItems = items.filter((i) => i.version === preferred);
  return new Promise((resolve) => {
    let done = false;
    pick.onDidAccept(() => { done = true; resolve(pick.selectedItems[0]?.version ?? pick.activeItems[0]?.version); pick.hide(); });
    pick.onDidHide(() => { if (!done) resolve(undefined); pick.dispose(); });
    pick.show();
  });
}

/** Asks for everything but the Go version; undefined when the user gives up. */
export async function askExperiment(catalog: EngineCatalog, seed: ExperimentSeed, title: string): Promise<Omit<ExperimentParams, 'go'> | undefined> {
  let scenario = catalog.scenarios.find((s) => s.id === seed.scenario)?.id;
  if (!scenario) {
    const picked = await vscode.window.showQuickPick(
      catalog.scenarios.map((s) => ({ label: s.title, description: s.id, detail: s.description, id: s.id })),
      { title: `${title}: experiment`, placeHolder: 'What should the map go through?', matchOnDetail: true });
    if (!picked) return undefined;
    scenario = picked.id;
  }
  const type = await ask(`${title}: map type`, 'Key and value types, e.g. map[string]*User', seed.type ?? 'map[int]int', mapTypeProblem);
  if (type === undefined) return undefined;
  const n = await ask(`${title}: entries`, 'Number of entries (N)', String(DEFAULT_N), (t) => integerProblem(t, 0, MAX_N, 'N'));
  if (n === undefined) return undefined;
  const hint = await ask(`${title}: size hint`, 'Size hint given to make; -1 for make(map[K]V) without one', '-1', (t) => integerProblem(t, -1, MAX_N, 'The hint'));
  if (hint === undefined) return undefined;
  return { scenario, type, n: Number(n.replace(/_/g, '')), hint: Number(hint.replace(/_/g, '')) };
}
