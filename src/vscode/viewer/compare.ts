// "Compare With…": picks a base for the profile tab in front (another open profile, a recently
// opened one, or a file) and compares the tab with it, as `go tool pprof -diff_base` does.
import * as vscode from 'vscode';
import * as path from 'path';
import { compareChoices, withRecent, type CompareChoice } from '../../shared/compareChoices';
import { oneLine } from '../../shared/errors';
import type { ProfileEditorProvider } from './provider';

const RECENT_KEY = 'heaplens.recentProfiles';

/** Remembers a profile opened in the viewer, for the picker. */
export function rememberProfile(context: vscode.ExtensionContext, uri: vscode.Uri): void {
  void context.globalState.update(RECENT_KEY, withRecent(context.globalState.get<string[]>(RECENT_KEY) ?? [], uri.toString()));
}

type Item = vscode.QuickPickItem & { choice: CompareChoice };

function item(choice: CompareChoice): Item {
  switch (choice.kind) {
    case 'stop':
      return { choice, label: '$(close) Stop Comparing', description: `with ${path.basename(vscode.Uri.parse(choice.base).path)}` };
    case 'browse':
      return { choice, label: '$(folder-opened) Browse…', description: 'a profile file' };
    case 'profile': {
      const uri = vscode.Uri.parse(choice.uri);
      return { choice, label: path.basename(uri.path), description: choice.open ? 'open in a tab' : 'recently opened', detail: uri.fsPath || uri.path };
    }
  }
}

/** The command: `arg` is the tab's resource when run from its title bar. */
export async function compareWith(context: vscode.ExtensionContext, provider: ProfileEditorProvider, arg?: unknown): Promise<void> {
  const panel = provider.current(arg instanceof vscode.Uri ? arg : undefined);
  if (!panel) {
    void vscode.window.showInformationMessage('HeapLens: open a profile first; Compare With… compares it with another one.');
    return;
  }
  const choices = compareChoices(
    panel.uri.toString(),
    provider.openProfiles().map((u) => u.toString()),
    context.globalState.get<string[]>(RECENT_KEY) ?? [],
    panel.base?.toString(),
  );
  const picked = await vscode.window.showQuickPick(choices.map(item), {
    title: `Compare ${path.basename(panel.file)} with…`,
    placeHolder: 'A base profile: values become this profile minus the base (go tool pprof -diff_base)',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked) return;
  let base: vscode.Uri | undefined;
  switch (picked.choice.kind) {
    case 'stop':
      base = undefined;
      break;
    case 'profile':
      base = vscode.Uri.parse(picked.choice.uri);
      break;
    case 'browse': {
      const files = await vscode.window.showOpenDialog({
        title: `Compare ${path.basename(panel.file)} with`,
        openLabel: 'Compare',
        canSelectMany: false,
        defaultUri: vscode.Uri.joinPath(panel.uri, '..'),
      });
      if (!files?.length) return;
      base = files[0];
      break;
    }
  }
  try {
    await panel.compare(base);
    if (base) rememberProfile(context, base);
  } catch (e) {
    void vscode.window.showErrorMessage(`HeapLens: cannot compare with ${base ? path.basename(base.fsPath || base.path) : 'nothing'}: ${oneLine(e)}`);
  }
}

/**
 * Opens `other` in the viewer compared with `base` (as `go tool pprof -diff_base=base other`):
 * the command `heaplens.compareWith(base, other)` that the capture timeline calls for two points.
 */
export async function compareFiles(context: vscode.ExtensionContext, provider: ProfileEditorProvider, base: unknown, other: unknown): Promise<void> {
  if (!(base instanceof vscode.Uri) || !(other instanceof vscode.Uri)) throw new Error('heaplens.compareWith needs two profile URIs (base, other)');
  // beside the caller (the capture timeline stays in view)
  await vscode.commands.executeCommand('vscode.openWith', other, 'heaplens.profile', vscode.ViewColumn.Beside);
  // the custom editor registers its panel when VS Code resolves it, a moment after openWith returns
  let panel = provider.current(other);
  for (let waited = 0; !panel && waited < 15_000; waited += 50) {
    await new Promise((r) => setTimeout(r, 50));
    panel = provider.current(other);
  }
  if (!panel) throw new Error(`${path.basename(other.fsPath || other.path)} did not open in the viewer`);
  try {
    await panel.compare(base);
    rememberProfile(context, base);
  } catch (e) {
    void vscode.window.showErrorMessage(`HeapLens: cannot compare with ${path.basename(base.fsPath || base.path)}: ${oneLine(e)}`);
  }
}
