// The viewer's commands for its editor title bar (and the palette while a profile tab is in front).
import * as vscode from 'vscode';
import type { ProfileEditorProvider } from './provider';
import { openSource } from './sourceResolver';
import { compareFiles, compareWith } from './compare';

/** "Open Source": the code of the selected row or frame, as a double-click on it opens. */
async function openSelectedSource(provider: ProfileEditorProvider, uri?: vscode.Uri): Promise<void> {
  const panel = provider.current(uri);
  if (!panel) return;
  const source = await panel.selectedSource();
  if (source) await openSource(source.file, source.line, source.name);
  else void vscode.window.showInformationMessage('HeapLens: select a row or a flame graph frame first; Open Source opens its code.');
}

/** The resource a title-bar command gets; nothing from the palette. */
function asUri(arg: unknown): vscode.Uri | undefined {
  return arg instanceof vscode.Uri ? arg : undefined;
}

/** Registers Reopen as Text, Open Source and Compare With…, acting on the profile tab in front (or the one whose title bar was used). */
export function registerViewerCommands(context: vscode.ExtensionContext, provider: ProfileEditorProvider): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('heaplens.profile.reopenAsText', (uri?: unknown) => provider.current(asUri(uri))?.reopenAsText()),
    vscode.commands.registerCommand('heaplens.profile.openSource', (uri?: unknown) => openSelectedSource(provider, asUri(uri))),
    vscode.commands.registerCommand('heaplens.profile.compareWith', (uri?: unknown) => compareWith(context, provider, uri)),
    // not in the palette: for other parts of HeapLens (the capture timeline's two points)
    vscode.commands.registerCommand('heaplens.compareWith', (base?: unknown, other?: unknown) => compareFiles(context, provider, base, other)),
  ];
}
