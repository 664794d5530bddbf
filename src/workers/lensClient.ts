// Host side of dist/lensWorker.js (no vscode import): the long-lived analysis worker, started on
// first use and again after a crash, and a fresh worker per hover estimate.
import { Worker } from 'worker_threads';
import type { ClearCall } from '../goanalysis/analysis';
import type { EstimateRequest, EstimateRow } from '../goanalysis/estimates';
import { Endpoint, type Params, type Result } from '../shared/rpc';
import type { AnalyzeParams, LensHostSide, LensWorkerSide, MapLinesParams } from '../shared/protocol/lensWorker';
import type { MapLinesAnswer } from '../maps/model';
import { nodePort } from './port';

type Method = keyof LensWorkerSide['requests'] & string;

/** One lens worker and the host's end of its channel; `ended` says why it stopped, once it has. */
class Connection {
  private readonly worker: Worker;
  private readonly rpc: Endpoint<LensHostSide, LensWorkerSide>;
  ended: string | undefined;

  constructor(workerFile: string, what: string) {
    this.worker = new Worker(workerFile);
    // The host answers nothing: no requests, no events.
    this.rpc = new Endpoint<LensHostSide, LensWorkerSide>(nodePort(this.worker), {}, {});
    this.worker.on('error', (err) => this.end(`${what} failed: ${err.message}`));
    this.worker.on('exit', () => this.end(`${what} stopped`));
  }

  /** Calls the worker; when it crashes meanwhile, the call rejects with why rather than as cancelled. */
  request<M extends Method>(method: M, params: Params<LensWorkerSide['requests'][M]>, signal?: AbortSignal): Promise<Result<LensWorkerSide['requests'][M]>> {
    return this.rpc.request(method, params, { signal }).catch((err: unknown) => {
      throw this.ended && !signal?.aborted ? new Error(this.ended) : err;
    });
  }

  private end(why: string): void {
    if (this.ended) return;
    this.ended = why;
    this.rpc.close();
  }

  /** Ends the worker; calls still waiting reject as cancelled. */
  dispose(): void {
    this.rpc.close();
    void this.worker.terminate();
  }
}

/** The clear( analysis worker, started on the first analysis (the grammar loads there, not in the host). */
export class LensWorkerClient {
  private connection: Connection | undefined;

  constructor(private readonly workerFile: string) {}

  /** Whether the worker is running. */
  get started(): boolean {
    return this.connection !== undefined && !this.connection.ended;
  }

  /** A file's clear calls; `signal` cancels the analysis (skipped in the worker if not begun). */
  analyze(params: AnalyzeParams, signal?: AbortSignal): Promise<ClearCall[]> {
    if (!this.connection || this.connection.ended) this.connection = new Connection(this.workerFile, 'the clear( analysis');
    return this.connection.request('analyze', params, signal);
  }

  /** The map statements at lines of local files, for the viewer's map sites. */
  mapLines(params: MapLinesParams, signal?: AbortSignal): Promise<MapLinesAnswer[]> {
    if (!this.connection || this.connection.ended) this.connection = new Connection(this.workerFile, 'the clear( analysis');
    return this.connection.request('mapLines', params, signal);
  }

  dispose(): void {
    this.connection?.dispose();
    this.connection = undefined;
  }
}

/** Runs one estimate in a fresh worker, ended when it answers or when `signal` aborts. */
export async function runEstimateWorker(workerFile: string, req: EstimateRequest, signal?: AbortSignal): Promise<EstimateRow[]> {
  const connection = new Connection(workerFile, 'estimate worker');
  try {
    return await connection.request('estimate', req, signal);
  } finally {
    connection.dispose();
  }
}
