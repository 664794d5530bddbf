import * as path from 'path';
import * as vscode from 'vscode';
import { LensService } from './lensService';
import { ClearCodeLensProvider, type ClearCommandArg } from './codeLens';
import { ClearHoverProvider } from './hover';
import { ClearCodeActionProvider } from './codeActions';
import { explainMarkdown } from '../../goanalysis/facts';
import { engineGoVersion } from '../../goanalysis/estimates';
import type { ProfileLineSource } from '../../goanalysis/profileHook';
import { getActiveProfile, mapSitesForFile, onDidChangeActiveProfile, valuesForFile } from '../../profile/activeProfile';

/** The open profile (published by the profile viewer) as the lens's line-value source. */
const activeProfileSource: ProfileLineSource = {
  // a comparison's values are changes, not what a make line holds: the lens shows none of them
  valuesForFile: (fsPath) => (getActiveProfile()?.values.base ? undefined : valuesForFile(fsPath)),
  sampleType: () => {
    const t = getActiveProfile()?.values.sampleType;
    return t ? { name: t.type, unit: t.unit } : undefined;
  },
  mapSitesForFile: (fsPath) => mapSitesForFile(fsPath),
  onDidChange: (listener) => onDidChangeActiveProfile(() => listener()),
};

/**
 * Registers the clear( code lenses, hovers and quick fixes for Go files. Cheap: the grammar
 * loads when a Go file containing `clear` is first analysed, not here.
 */
export function registerLens(context: vscode.ExtensionContext): void {
  const distDir = vscode.Uri.joinPath(context.extensionUri, 'dist').fsPath;
  const openFiles = (dir: string) =>
    vscode.workspace.textDocuments
      .filter((d) => d.isDirty && d.languageId === 'go' && path.dirname(d.uri.fsPath) === dir)
      .map((d) => ({ path: d.uri.fsPath, text: d.getText() }));
  const service = new LensService(distDir, activeProfileSource, openFiles);
  const lenses = new ClearCodeLensProvider(service);
  const go: vscode.DocumentSelector = { language: 'go' };
  context.subscriptions.push(
    { dispose: () => service.dispose() },
    vscode.languages.registerCodeLensProvider(go, lenses),
    vscode.languages.registerHoverProvider(go, new ClearHoverProvider(service)),
    vscode.languages.registerCodeActionsProvider(go, new ClearCodeActionProvider(service), { providedCodeActionKinds: ClearCodeActionProvider.kinds }),
    vscode.workspace.registerTextDocumentContentProvider(EXPLAIN_SCHEME, explainDocs),
    vscode.commands.registerCommand('heaplens.explainClear', (arg?: ClearCommandArg) => explain(arg)),
    vscode.commands.registerCommand('heaplens.simulateClear', (arg?: ClearCommandArg) => simulate(arg)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('heaplens.lens') || e.affectsConfiguration('heaplens.goVersion')) lenses.refresh();
    }),
    vscode.workspace.onDidCloseTextDocument((d) => service.forget(d.uri)),
    // Another file of the package or go.mod changed: every cached answer may be stale.
    vscode.workspace.onDidSaveTextDocument((d) => {
      if (d.languageId === 'go' || d.fileName.endsWith('go.mod')) {
        service.forgetAll();
        lenses.refresh();
      }
    }),
    activeProfileSource.onDidChange(() => {
      service.forgetAll();
      lenses.refresh();
    }),
  );
}

const EXPLAIN_SCHEME = 'heaplens-clear';

/** Read-only markdown documents for Explain: no untitled buffer that asks to be saved. */
const explainDocs: vscode.TextDocumentContentProvider = {
  provideTextDocumentContent(uri: vscode.Uri): string {
    const q = new URLSearchParams(uri.query);
    const kind = q.get('kind') === 'slice' ? 'slice' : 'map';
    // The argument and type come from the user's source: shown as code, never as markdown.
    const code = (t: string) => '`` ' + t.replace(/`/g, "'") + ' ``';
    return `# ${code(`clear(${q.get('argument') ?? ''})`)} on ${code(q.get('type') ?? '')}\n\n${explainMarkdown(kind, q.get('go') ?? '')}\n`;
  },
};

/** Shows the facts for this call's Go version in a markdown preview beside the code. */
async function explain(arg: ClearCommandArg | undefined): Promise<void> {
  if (!arg || (arg.kind !== 'map' && arg.kind !== 'slice')) return;
  const query = new URLSearchParams({ kind: arg.kind, go: arg.goVersion, type: arg.type, argument: arg.argument }).toString();
  const uri = vscode.Uri.from({ scheme: EXPLAIN_SCHEME, path: `/clear-go${arg.goVersion}-${arg.kind}.md`, query });
  await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
}

/** Runs the fill-clear-refill experiment for this map type (the experiments feature owns the command). */
async function simulate(arg: ClearCommandArg | undefined): Promise<void> {
  if (!arg || arg.kind !== 'map') return;
  const go = engineGoVersion(arg.goVersion);
  if (!arg.engineType) {
    void vscode.window.showWarningMessage(
      `HeapLens: cannot simulate ${arg.type}: its key or value type is a type parameter or comes from another package, and the engine needs concrete types.`,
    );
    return;
  }
  await vscode.commands.executeCommand('heaplens.runExperiment', { type: arg.engineType, go, scenario: 'fill-clear-refill' });
}
