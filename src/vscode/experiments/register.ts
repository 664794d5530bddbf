import * as vscode from 'vscode';
import { oneLine } from '../../shared/errors';
import { seedFrom } from '../../experiments/panelLogic';
import { compareGoVersionsCommand, runExperimentCommand } from './runExperiment';
import { openSampleProfileCommand } from '../viewer/openSampleProfile';

/** Wraps a command so any failure is one error line, never an unhandled rejection. */
function guarded(run: () => Promise<void>): Promise<void> {
  return run().catch((err: unknown) => {
    void vscode.window.showErrorMessage(`HeapLens: ${oneLine(err)}`);
  });
}

/** Registers the palette commands: Run Map Experiment…, Compare Go Versions…, Open Sample Heap Profile. */
export function registerExperimentCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    // The argument { type?, go?, scenario? } comes from the clear( lens's Simulate command.
    vscode.commands.registerCommand('heaplens.runExperiment', (arg?: unknown) => guarded(() => runExperimentCommand(context, seedFrom(arg)))),
    vscode.commands.registerCommand('heaplens.compareGoVersions', (arg?: unknown) => guarded(() => compareGoVersionsCommand(context, seedFrom(arg)))),
    vscode.commands.registerCommand('heaplens.openSampleProfile', () => guarded(() => openSampleProfileCommand(context))),
  );
}
