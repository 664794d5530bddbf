// The extension in desktop VS Code: activation, commands, editors and lenses through the API.
// Assertions share their expectations with the e2e suite (../../e2e/expect.ts).
import { strict as assert } from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { lensSites, manifestPaletteCommands } from '../../e2e/expect';
import { files } from '../../e2e/workspace';
import { waitFor } from '../../support/waitFor';

const repoRoot = path.resolve(__dirname, '../..');

function workspaceUri(rel: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is not open');
  return vscode.Uri.joinPath(folder.uri, rel);
}

/** waitFor with the desktop suite's longer default wait. */
const until = <T>(what: string, f: () => T | undefined | Promise<T | undefined>, ms = 20_000): Promise<T> => waitFor(what, f, ms, 200);

/** The custom editor tab open for `uri`, if any. */
function customTab(uri: vscode.Uri): vscode.Tab | undefined {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputCustom && t.input.uri.toString() === uri.toString());
}

/** Defines the tests (called once mocha's globals exist). */
export function defineTests(): void {
  describe('HeapLens in desktop VS Code', () => {
    afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

    it('activates on a Go file and registers every palette command', async () => {
      const ext = vscode.extensions.getExtension('heaplens.heaplens');
      assert.ok(ext, 'heaplens.heaplens is not installed');
      await vscode.window.showTextDocument(workspaceUri(files.lensGo));
      await until('activation', () => ext.isActive);
      const commands = await vscode.commands.getCommands(true);
      for (const c of manifestPaletteCommands(repoRoot)) assert.ok(commands.includes(c.id), `${c.id} is not registered`);
    });

    it('opens a .pb.gz in the HeapLens viewer by default', async () => {
      const uri = workspaceUri(files.mapclear);
      await vscode.commands.executeCommand('vscode.open', uri);
      const tab = await until('the viewer tab', () => customTab(uri));
      assert.equal((tab.input as vscode.TabInputCustom).viewType, 'heaplens.profile');
    });

    it('keeps a truncated profile open in the viewer instead of failing', async () => {
      const uri = workspaceUri(files.malformed);
      await vscode.commands.executeCommand('vscode.openWith', uri, 'heaplens.profile');
      await until('the viewer tab', () => customTab(uri));
    });

    it('puts a code lens on each builtin clear( call and none elsewhere', async () => {
      const uri = workspaceUri(files.lensGo);
      await vscode.window.showTextDocument(uri);
      const expected = lensSites('cache/cache.go');
      const lenses = await until('code lenses', async () => {
        const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100);
        return l && l.length > 0 ? l : undefined;
      });
      const lines = new Set(lenses.map((l) => l.range.start.line + 1));
      for (const s of expected) {
        const builtin = s.kind === 'map' || s.kind === 'slice';
        assert.equal(lines.has(s.line), builtin, `line ${s.line} (${s.kind}): lens ${lines.has(s.line) ? 'present' : 'absent'}`);
      }
    });

    it('hovers clear(c.entries) with a text about the map it keeps', async () => {
      const uri = workspaceUri(files.lensGo);
      const doc = await vscode.workspace.openTextDocument(uri);
      const line = doc
        .getText()
        .split('\n')
        .findIndex((l) => l.includes('clear(c.entries)'));
      const col = doc.lineAt(line).text.indexOf('clear') + 1;
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, col));
      const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      assert.match(text, /map/i, `hover: ${text}`);
    });
  });
}
