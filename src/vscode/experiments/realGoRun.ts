// Run on My Go: the same experiment built and measured with the user's toolchain, beside the
// simulation of the runtime that toolchain has.
import * as vscode from 'vscode';
import { realRuntimeNote } from '../../experiments/panelLogic';
import { compareSteps } from '../../realgo/compare';
import { runOnRealGo } from '../../realgo/goRunner';
import { isNoSwissMap, nearestSupported } from '../../shared/goVersion';
import type { ComparisonRow, RunView } from '../../shared/protocol/experimentView';
import { runInWorker } from '../../workers/experimentClient';

/** Measures `run` with `goBinary` (cancellable from the notification) and compares it step by step with the simulation. */
export async function measureOnMyGo(
  run: RunView,
  goBinary: string,
  goVersions: readonly string[],
  workerFile: string,
): Promise<{ goRuntime: string; rows: ComparisonRow[] }> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'HeapLens: measuring on your Go', cancellable: true },
    async (progress, token) => {
      const ac = new AbortController();
      token.onCancellationRequested(() => ac.abort());
      progress.report({ message: 'building and running the measurement program…' });
      const p = run.params;
      const real = await runOnRealGo({ goBinary, scenario: p.scenario, type: p.type, n: p.n, hint: p.hint, signal: ac.signal, noSwissMap: isNoSwissMap(p.go) });
      // Simulate the runtime the user's toolchain has, which may differ from the view's.
      const simParams = { ...run.params, go: nearestSupported(real.go, goVersions) };
      const sim = simParams.go === run.params.go ? run.result : await runInWorker(workerFile, simParams, ac.signal);
      return { goRuntime: realRuntimeNote(real, simParams), rows: compareSteps(real.steps, sim.steps) };
    },
  );
}
