import * as vscode from 'vscode';

/** "HeapLens: Open Sample Heap Profile": the bundled Go heap profile in the viewer, for a first look. */
export async function openSampleProfileCommand(context: vscode.ExtensionContext): Promise<void> {
  const sample = vscode.Uri.joinPath(context.extensionUri, 'samples', 'sample-heap.pb.gz');
  await vscode.commands.executeCommand('vscode.openWith', sample, 'heaplens.profile');
}
