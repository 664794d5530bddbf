// A stand-in for the Go extension (same id, golang.go) in the end-to-end suite: an LSP client
// for a real gopls (Debian's /usr/bin/gopls) on Go 1.19 (HEAPLENS_E2E_GOROOT, set by the e2e run), which that gopls understands.
// It stays dormant until the gopls scenario runs its command, so other scenarios see no Go extension.
import * as path from 'path';
import { commands, Uri, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, RevealOutputChannelOn } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const goBin = path.join(process.env.HEAPLENS_E2E_GOROOT ?? '/nonexistent-goroot', 'bin');
  const env = { ...process.env, PATH: `${goBin}:${process.env.PATH ?? ''}`, GOTOOLCHAIN: 'local', GOPROXY: 'off', GOFLAGS: '-mod=mod', GO111MODULE: 'on' };
  client = new LanguageClient(
    'gopls',
    'gopls (e2e stand-in)',
    {
      command: process.env.HEAPLENS_E2E_GOPLS ?? '/usr/bin/gopls',
      // gopls's own log beside the screenshots, so a failed run says what gopls saw.
      args: ['serve', ...(process.env.HEAPLENS_E2E_GOPLS_LOG ? ['-rpc.trace', '-logfile', process.env.HEAPLENS_E2E_GOPLS_LOG] : [])],
      options: { env },
    },
    {
      documentSelector: [{ scheme: 'file', language: 'go' }],
      // gopls's root is the scenario's module (gopls/go.mod), not the workspace, which is no
      // module: at the workspace root gopls only reports "not able to find modules" and types
      // the file ad hoc, which on a slow machine did not answer a hover within two minutes.
      workspaceFolder: goplsFolder(),
      // Only hovers and type definitions matter here; gopls 0.5's code actions fail on new Go.
      middleware: { provideCodeActions: () => undefined },
      revealOutputChannelOn: RevealOutputChannelOn.Never,
    },
  );
  context.subscriptions.push(
    { dispose: () => void client?.stop() },
    commands.registerCommand('goplsStandin.start', () => client?.isRunning()),
    commands.registerCommand('goplsStandin.stop', () => client?.stop()),
  );
  await client.start();
}

function goplsFolder() {
  const root = workspace.workspaceFolders?.[0];
  return root && { uri: Uri.joinPath(root.uri, 'gopls'), name: 'gopls', index: 0 };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
