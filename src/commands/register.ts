import type * as vscode from 'vscode';

/** Registers the experiment commands (Run Map Experiment…, Compare Go Versions…). */
export function registerExperimentCommands(_context: vscode.ExtensionContext): void {}
