import * as vscode from 'vscode';

/** Entry point: each feature registers itself; nothing heavy happens here. */
export function activate(_context: vscode.ExtensionContext): void {
  // Features register here: editor (profile viewer), lens (clear( analysis), commands (experiments).
}

export function deactivate(): void {}
