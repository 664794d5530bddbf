import type * as vscode from 'vscode';
import { registerProfileEditor } from './viewer/register';
import { registerLens } from './lens/register';
import { registerExperimentCommands } from './experiments/register';
import { registerCapture } from './capture/register';

/** Entry point: each feature registers itself; nothing heavy happens here. */
export function activate(context: vscode.ExtensionContext): void {
  registerProfileEditor(context);
  registerLens(context);
  registerExperimentCommands(context);
  registerCapture(context);
}

export function deactivate(): void {}
