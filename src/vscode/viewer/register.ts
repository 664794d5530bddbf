import * as vscode from 'vscode';
import { ProfileEditorProvider } from './provider';
import { ProfileAnnotations } from './annotations';
import { clearSourceCache } from './sourceResolver';
import { registerViewerCommands } from './commands';
import { registerMapSites } from './mapSites';

/** Registers the profile viewer (custom editor), its title-bar commands, its annotations and their command. */
export function registerProfileEditor(context: vscode.ExtensionContext): void {
  const provider = new ProfileEditorProvider(context);
  registerMapSites(context);
  // No retainContextWhenHidden: the worker keeps the data and the webview restores its view
  // from getState, so a hidden tab costs no renderer memory.
  const options = { supportsMultipleEditorsPerDocument: true };
  const annotations = new ProfileAnnotations();
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.go', false, true, false);
  context.subscriptions.push(
    vscode.window.registerCustomEditorProvider(ProfileEditorProvider.viewType, provider, options),
    vscode.window.registerCustomEditorProvider(ProfileEditorProvider.optionalViewType, provider, options),
    ...registerViewerCommands(context, provider),
    vscode.commands.registerCommand('heaplens.clearAnnotations', () => annotations.clear()),
    annotations,
    watcher,
    watcher.onDidCreate(clearSourceCache),
    watcher.onDidDelete(clearSourceCache),
  );
}
