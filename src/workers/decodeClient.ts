// The host's handle on one decode worker, over the rpc layer: sends the file, relays queries.
// The host never holds the decoded profile. No vscode import.
import { Worker } from 'worker_threads';
import * as path from 'path';
import type { DecodeHost, DecodeWorker, LineValues, ProfileSummary, ViewSettings } from '../shared/protocol/profileView';
import { Endpoint, type Params, type Result } from '../shared/rpc';
import { nodePort } from './port';

type Requests = DecodeWorker['requests'];

/**
 * A decode worker's young generation is capped: its work is typed arrays, its objects few and
 * short-lived, and V8's default lets the young generation grow to 16 MB semi-spaces, ~15 MB of
 * resident memory that a large profile's worker holds for nothing (measured: bench/viewer.ts).
 */
export const DECODE_WORKER_OPTIONS = { resourceLimits: { maxYoungGenerationSizeMb: 8 } };

/** A started, idle worker for the next profile: starting one (a thread, its bundle) costs ~0.1 s of the first paint. */
let spare: { script: string; worker: Worker } | undefined;

function takeWorker(script: string): Worker {
  const s = spare;
  spare = undefined;
  if (s && s.script === script) {
    s.worker.removeAllListeners();
    s.worker.ref();
    return s.worker;
  }
  void s?.worker.terminate();
  return new Worker(script, DECODE_WORKER_OPTIONS);
}

/** Starts a spare worker for the next profile (called after one has opened, so the two never compete). */
function prepareSpare(script: string): void {
  if (spare) return;
  const worker = new Worker(script, DECODE_WORKER_OPTIONS);
  worker.unref(); // an idle spare never keeps the host alive
  const drop = () => {
    if (spare?.worker === worker) spare = undefined;
  };
  worker.on('error', drop);
  worker.on('exit', drop);
  spare = { script, worker };
}

/** One worker per open profile editor. */
export class WorkerClient {
  private readonly script: string;
  private readonly worker: Worker;
  private readonly rpc: Endpoint<DecodeHost, DecodeWorker>;
  private disposed = false;
  private opening = false;
  /** Why the worker stopped on its own; every later call rejects with it. */
  private stopped: Error | undefined;
  private readonly onStop = new Set<(e: Error) => void>();

  /** `onStopped` hears of a worker that ended on its own after opening (a crash, out of memory). */
  constructor(distDir: string, onStopped: (reason: string) => void = () => undefined) {
    this.script = path.join(distDir, 'decodeWorker.js');
    this.worker = takeWorker(this.script);
    this.rpc = new Endpoint<DecodeHost, DecodeWorker>(nodePort(this.worker), {}, {});
    let reason = '';
    this.worker.on('error', (e) => {
      reason = e.message;
    });
    this.worker.on('exit', (code) => {
      this.rpc.close();
      if (this.disposed) return;
      const why = `the decode worker stopped (${reason || 'exit code ' + code})`;
      this.stopped = new Error(why);
      for (const f of this.onStop) f(this.stopped);
      if (!this.opening) onStopped(why);
    });
  }

  /** Decodes a file in the worker: read there from `source` (a local path) or given as bytes (transferred). Abort terminates the worker. */
  async open(file: string, source: string | Uint8Array, opts: { signal?: AbortSignal; settings?: ViewSettings } = {}): Promise<void> {
    const { signal, settings } = opts;
    let opened: Promise<void>;
    if (typeof source === 'string') {
      opened = this.rpc.request('open', { file, path: source, settings }, { signal });
    } else {
      const copy = source.byteOffset === 0 && source.byteLength === source.buffer.byteLength ? source : source.slice();
      opened = this.rpc.request('open', { file, data: copy, settings }, { signal, transfer: [copy.buffer as ArrayBuffer] });
    }
    // A decode is synchronous in the worker, so a cancel message would wait for its end: stop the worker.
    const onAbort = () => this.dispose();
    signal?.addEventListener('abort', onAbort, { once: true });
    this.opening = true;
    try {
      await this.guard(opened);
    } finally {
      this.opening = false;
      signal?.removeEventListener('abort', onAbort);
    }
    // After this profile's first paint, not during it.
    setTimeout(() => prepareSpare(this.script), 1500).unref();
  }

  /** One query to the worker; `signal` cancels it there. */
  request<M extends keyof Requests & string>(method: M, params: Params<Requests[M]>, signal?: AbortSignal): Promise<Result<Requests[M]>> {
    return this.guard(this.rpc.request(method, params, { signal }));
  }

  /** Per-line values of the selected sample type, for annotations. */
  lineValues(): Promise<LineValues> {
    return this.request('lineValues', {});
  }

  /** Compares the open profile with a base (a local path or its bytes), or stops comparing (null). */
  compare(base: { file: string; source: string | Uint8Array } | null): Promise<ProfileSummary> {
    if (!base) return this.request('compare', { base: null });
    const { file, source } = base;
    return this.request('compare', { base: typeof source === 'string' ? { file, path: source } : { file, data: source } });
  }

  /** Stops the worker (cancel, or the editor closed). */
  dispose(): void {
    this.disposed = true;
    this.rpc.close();
    void this.worker.terminate();
  }

  /** `p`, or the reason the worker stopped if it stops first. */
  private guard<T>(p: Promise<T>): Promise<T> {
    if (this.stopped) return Promise.reject(this.stopped);
    return new Promise<T>((resolve, reject) => {
      this.onStop.add(reject);
      p.then(resolve, reject).finally(() => this.onStop.delete(reject));
    });
  }
}
