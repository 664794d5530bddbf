import type * as vscode from 'vscode';
import * as path from 'path';
import type { ClearCall, SourceFile } from '../../goanalysis/analysis';
import { ClearEstimates } from '../../goanalysis/estimates';
import type { ProfileLineSource } from '../../goanalysis/profileHook';
import { LensWorkerClient, runEstimateWorker } from '../../workers/lensClient';
import { type BuildSettings, buildSettingsKey } from '../../goanalysis/lensOptions';

/** Settings the analysis reads (the VS Code layer passes them in). */
export interface LensSettings {
  goVersion: string;
  /** The build analysed (Go extension settings); absent: linux/amd64 and the worker's environment. */
  build?: BuildSettings;
}

const CLEAR_CALL = /\bclear\s*\(/;

/**
 * The analysis behind the lenses, hovers and quick fixes. It runs in dist/lensWorker.js, started
 * on the first Go file that calls clear (never at activation); the grammar loads there. One
 * result is cached per document version; a newer version cancels the analysis of the older.
 */
export class LensService {
  private readonly worker: LensWorkerClient;
  private readonly results = new Map<string, { key: string; calls: Promise<ClearCall[]>; cancel: AbortController }>();
  /** Aborted on dispose: ends the estimate workers still running. */
  private readonly stopping = new AbortController();
  readonly estimates: ClearEstimates;

  constructor(
    distDir: string,
    readonly profile: ProfileLineSource | undefined,
    /** Unsaved texts of open Go files in a directory (they win over the disk). */
    private readonly openFiles: (dir: string) => SourceFile[],
  ) {
    const workerFile = path.join(distDir, 'lensWorker.js');
    this.worker = new LensWorkerClient(workerFile);
    this.estimates = new ClearEstimates((req) => runEstimateWorker(workerFile, req, this.stopping.signal));
  }

  /** Whether the analysis worker (and with it the grammar) has been started. */
  get started(): boolean {
    return this.worker.started;
  }

  /** The clear calls of a Go document (cached per version, Go-version setting and profile state). */
  analyze(doc: vscode.TextDocument, settings: LensSettings): Promise<ClearCall[]> {
    const text = doc.getText();
    // Files without a clear call never need the worker or the grammar.
    if (!CLEAR_CALL.test(text)) return Promise.resolve([]);
    const allocLines = this.profile?.sampleType() !== undefined;
    const uri = doc.uri.toString();
    const key = `${doc.version} ${settings.goVersion} ${allocLines} ${buildSettingsKey(settings.build)}`;
    const hit = this.results.get(uri);
    if (hit?.key === key) return hit.calls;
    hit?.cancel.abort();
    const file = { path: doc.uri.fsPath, text };
    const cancel = new AbortController();
    const calls = this.worker.analyze(
      {
        file,
        allocLines,
        openFiles: this.openFiles(path.dirname(file.path)).filter((f) => f.path !== file.path),
        onDisk: doc.uri.scheme === 'file',
        goVersionOverride: settings.goVersion || undefined,
        build: settings.build,
      },
      cancel.signal,
    );
    const entry = { key, calls, cancel };
    this.results.set(uri, entry);
    calls.catch(() => {
      if (this.results.get(uri) === entry) this.results.delete(uri);
    });
    return calls;
  }

  /** Forgets a closed document's result, cancelling its analysis if still running. */
  forget(uri: vscode.Uri): void {
    this.results.get(uri.toString())?.cancel.abort();
    this.results.delete(uri.toString());
  }

  /** Forgets every result (the open profile changed, so allocation lines are wanted or not). */
  forgetAll(): void {
    this.results.clear();
  }

  dispose(): void {
    this.stopping.abort();
    this.worker.dispose();
    this.results.clear();
  }
}
