// Registers capture: "Capture Profile…", "Watch Heap…", "Stop Watching", "Open Watch Series…", and the timeline
// panel's serializer (a series survives a window reload).
import * as vscode from 'vscode';
import { oneLine } from '../../shared/errors';
import { captureCommand } from './captureCommand';
import { captureFolder } from './folder';
import { pickUrl } from './pickUrl';
import { mayFetch } from './safety';
import { TimelinePanel } from './timelinePanel';

function guarded(run: () => Promise<void>): Promise<void> {
  return run().catch((err: unknown) => {
    void vscode.window.showErrorMessage(`HeapLens: ${oneLine(err)}`);
  });
}

/** "Watch Heap…": the URL, the safety questions, then a new series in its timeline panel. */
async function watchCommand(context: vscode.ExtensionContext): Promise<void> {
  const url = await pickUrl(context, 'HeapLens: Watch Heap');
  if (!url) return;
  // A watch reads protobuf profiles: the text form (?debug=1) is for a single look.
  url.searchParams.delete('debug');
  url.searchParams.delete('seconds');
  if (!(await mayFetch(context, url))) return;
  await TimelinePanel.start(context, url, await captureFolder(context));
}

/** Registers the capture commands and the timeline serializer. */
export function registerCapture(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('heaplens.capture', () => guarded(() => captureCommand(context))),
    vscode.commands.registerCommand('heaplens.watch', () => guarded(() => watchCommand(context))),
    vscode.commands.registerCommand('heaplens.stopWatching', () => TimelinePanel.stopAll()),
    vscode.commands.registerCommand('heaplens.openWatchSeries', () => guarded(() => TimelinePanel.pickAndOpen(context))),
    vscode.window.registerWebviewPanelSerializer(TimelinePanel.viewType, {
      deserializeWebviewPanel: (panel, state) => TimelinePanel.restore(context, panel, state),
    }),
  );
}
