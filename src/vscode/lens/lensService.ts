import type * as vscode from 'vscode';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { ClearCall, SourceFile } from '../../goanalysis/analysis';
import { ClearEstimates, runEstimateWorker } from '../../goanalysis/estimates';
import type { ProfileLineSource } from '../../goanalysis/profileHook';
import type { AnalyzeReply, AnalyzeRequest } from '../../shared/protocol/lensWorker';

/** Settings the analysis reads (the VS Code layer passes them in). */
export interface LensSettings {
  goVersion: string;
}

const CLEAR_CALL = /\bclear\s*\(/;

/**
 * The analysis behind the lenses, hovers and quick fixes. It runs in dist/lensWorker.js, started
 * on the first Go file that calls clear (never at activation); the grammar loads there. One
 * result is cached per document version.
 */
export class LensService {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (c: ClearCall[]) => void; reject: (e: Error) => void }>();
  private readonly results = new Map<string, { key: string; calls: Promise<ClearCall[]> }>();
  readonly estimates: ClearEstimates;

  constructor(
    private readonly distDir: string,
    readonly profile: ProfileLineSource | undefined,
    /** Unsaved texts of open Go files in a directory (they win over the disk). */
    private readonly openFiles: (dir: string) => SourceFile[],
  ) {
    this.estimates = new ClearEstimates((req) => runEstimateWorker(this.workerFile, req));
  }

  private get workerFile(): string {
    return path.join(this.distDir, 'lensWorker.js');
  }

  /** Whether the analysis worker (and with it the grammar) has been started. */
  get started(): boolean {
    return this.worker !== undefined;
  }

  /** The clear calls of a Go document (cached per version, Go-version setting and profile state). */
  analyze(doc: vscode.TextDocument, settings: LensSettings): Promise<ClearCall[]> {
    const text = doc.getText();
    // Files without a clear call never need the worker or the grammar.
    if (!CLEAR_CALL.test(text)) return Promise.resolve([]);
    const allocLines = this.profile?.sampleType() !== undefined;
    const uri = doc.uri.toString();
    const key = `${doc.version} ${settings.goVersion} ${allocLines}`;
    const hit = this.results.get(uri);
    if (hit?.key === key) return hit.calls;
    const file = { path: doc.uri.fsPath, text };
    const calls = this.request({
      op: 'analyze', id: this.nextId++, file, allocLines,
      openFiles: this.openFiles(path.dirname(file.path)).filter((f) => f.path !== file.path),
      onDisk: doc.uri.scheme === 'file',
      goVersionOverride: settings.goVersion || undefined,
    });
    this.results.set(uri, { key, calls });
    calls.catch(() => this.results.delete(uri));
    return calls;
  }

  private request(req: AnalyzeRequest): Promise<ClearCall[]> {
    if (!this.worker) {
      const worker = new Worker(this.workerFile);
      worker.on('message', (reply: AnalyzeReply) => {
        const p = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        if (reply.ok) p?.resolve(reply.calls);
        else p?.reject(new Error(reply.message));
      });
      const fail = (why: string) => {
        for (const p of this.pending.values()) p.reject(new Error(why));
        this.pending.clear();
        if (this.worker === worker) this.worker = undefined;
      };
      worker.on('error', (err) => fail(`the clear( analysis failed: ${err.message}`));
      worker.on('exit', () => fail('the clear( analysis stopped'));
      this.worker = worker;
    }
    return new Promise((resolve, reject) => {
      this.pending.set(req.id, { resolve, reject });
      this.worker!.postMessage(req);
    });
  }

  /** Forgets a closed document's result. */
  forget(uri: vscode.Uri): void {
    this.results.delete(uri.toString());
  }

  /** Forgets every result (the open profile changed, so allocation lines are wanted or not). */
  forgetAll(): void {
    this.results.clear();
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
    this.results.clear();
  }
}
