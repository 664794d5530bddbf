// The host's handle on one decode worker: sends bytes and queries, relays replies. The host
// never holds the decoded profile.
import { Worker } from 'worker_threads';
import * as path from 'path';
import type { FromWebview, FromWorker, LineValues, ToWebview, ViewSettings } from '../shared/protocol/profileView';

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
  return new Worker(script);
}

/** Starts a spare worker for the next profile (called after one has opened, so the two never compete). */
function prepareSpare(script: string): void {
  if (spare) return;
  const worker = new Worker(script);
  worker.unref(); // an idle spare never keeps the host alive
  const drop = () => { if (spare?.worker === worker) spare = undefined; };
  worker.on('error', drop);
  worker.on('exit', drop);
  spare = { script, worker };
}

/** One worker per open profile editor. */
export class WorkerClient {
  private readonly worker: Worker;
  private lineRequests = new Map<number, (v: LineValues) => void>();
  private nextLineRequest = 1;
  private openWaiter: { resolve: () => void; reject: (e: Error) => void } | undefined;

  private disposed = false;

  /** `onStopped` hears of a worker that ended without being disposed (a crash, out of memory). */
  private readonly script: string;

  constructor(distDir: string, private readonly onReply: (msg: ToWebview) => void, onStopped: (reason: string) => void = () => undefined) {
    this.script = path.join(distDir, 'decodeWorker.js');
    this.worker = takeWorker(this.script);
    this.worker.on('message', (m: FromWorker) => this.receive(m));
    let reason = '';
    this.worker.on('error', (e) => {
      reason = e.message;
      this.openWaiter?.reject(e);
    });
    this.worker.on('exit', (code) => {
      if (this.disposed) return;
      const why = `the decode worker stopped (${reason || 'exit code ' + code})`;
      if (this.openWaiter) this.openWaiter.reject(new Error(why));
      else onStopped(why);
    });
  }

  private receive(m: FromWorker): void {
    switch (m.type) {
      case 'opened':
        this.openWaiter?.resolve();
        this.openWaiter = undefined;
        // After this profile's first paint, not during it.
        setTimeout(() => prepareSpare(this.script), 1500).unref();
        return;
      case 'failed':
        this.openWaiter?.reject(new Error(m.message));
        this.openWaiter = undefined;
        return;
      case 'reply':
        this.onReply(m.message);
        return;
      case 'lineValues':
        this.lineRequests.get(m.requestId)?.(m.values);
        this.lineRequests.delete(m.requestId);
        return;
    }
  }

  /** Decodes a file in the worker: read there from `source` (a local path) or given as bytes (transferred). */
  open(file: string, source: string | Uint8Array, settings?: ViewSettings): Promise<void> {
    return new Promise((resolve, reject) => {
      this.openWaiter = { resolve, reject };
      if (typeof source === 'string') {
        this.worker.postMessage({ type: 'open', file, path: source, settings });
        return;
      }
      const copy = source.byteOffset === 0 && source.byteLength === source.buffer.byteLength ? source : source.slice();
      this.worker.postMessage({ type: 'open', file, data: copy, settings }, [copy.buffer as ArrayBuffer]);
    });
  }

  /** Forwards a webview query; replies arrive through onReply. */
  query(message: FromWebview): void {
    this.worker.postMessage({ type: 'query', message });
  }

  /** Per-line values of the selected sample type, for annotations. */
  lineValues(): Promise<LineValues> {
    const id = this.nextLineRequest++;
    return new Promise((resolve) => {
      this.lineRequests.set(id, resolve);
      this.worker.postMessage({ type: 'lineValues', requestId: id });
    });
  }

  /** Stops the worker (cancel, or the editor closed). */
  dispose(): void {
    this.disposed = true;
    this.openWaiter = undefined;
    void this.worker.terminate();
  }
}
