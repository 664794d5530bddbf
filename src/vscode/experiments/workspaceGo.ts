// The Go version experiments start with: heaplens.goVersion, else the nearest go.mod's go line,
// else the newest (shared/goVersion.ts's defaultGoVersion decides; this only finds its inputs).
import * as path from 'path';
import * as vscode from 'vscode';
import { findGoMod } from '../../goanalysis/packageFiles';
import { defaultGoVersion } from '../../shared/goVersion';

/** The go.mod nearest the active Go file (else the first workspace folder's), found as the lens finds it. */
function nearestGoMod(): string | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active?.scheme === 'file') return findGoMod(path.dirname(active.fsPath));
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder?.uri.scheme === 'file' ? findGoMod(folder.uri.fsPath) : undefined;
}

/** The workspace's default Go version among the supported ones. */
export function workspaceGoVersion(supported: readonly string[]): string {
  const setting = vscode.workspace.getConfiguration('heaplens').get<string>('goVersion', '');
  return defaultGoVersion(setting, nearestGoMod(), supported);
}
