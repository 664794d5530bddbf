import type * as vscode from 'vscode';

/** Registers the profile viewer (custom editor) and its commands. */
export function registerProfileEditor(_context: vscode.ExtensionContext): void {}
