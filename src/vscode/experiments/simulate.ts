// Simulations with VS Code's cancellable progress notification: each run in a fresh worker, one
// equal share of the bar per run; the same progress goes to the results view.
import * as vscode from 'vscode';
import { runLabel } from '../../experiments/panelLogic';
import type { ExperimentParams, Progress, RunView } from '../../shared/protocol/experimentView';
import { runInWorker } from '../../workers/experimentClient';

/** Runs the experiments in order; `ac` (or the notification's Cancel) stops them. */
export async function simulate(workerFile: string, list: ExperimentParams[], ac: AbortController, onProgress: (p: Progress) => void): Promise<RunView[]> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'HeapLens: simulating map', cancellable: true },
    async (progress, token) => {
      token.onCancellationRequested(() => ac.abort());
      const out: RunView[] = [];
      // withProgress takes increments of a 0–100 bar.
      let reported = 0;
      const report = (what: string, fraction: number) => {
        const total = ((out.length + fraction) / list.length) * 100;
        progress.report({ message: what, increment: total - reported });
        reported = total;
        onProgress({ what, fraction: total / 100 });
      };
      for (const params of list) {
        const what = runLabel(params);
        report(what, 0);
        const result = await runInWorker(workerFile, params, ac.signal, (fraction) => report(what, fraction));
        out.push({ params, result });
      }
      return out;
    },
  );
}
