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
