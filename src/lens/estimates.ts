// The hover's engine figures: bytes that stay allocated after clear for one map type at a few
// sizes. Lazy (only when a hover asks), cached per (type, Go version), computed in a worker.
import { Worker } from 'worker_threads';
import { goMinor } from './facts';

/** Map sizes the hover reports. */
export const ESTIMATE_SIZES = [1e3, 1e5, 1e6];

export interface EstimateRequest { type: string; go: string; ns: number[] }
export type EstimateReply =
  | { ok: true; estimates: { n: number; liveAfterClear: number }[] }
  | { ok: false; message: string };

/** Live bytes after clear at each size, or why there are none. */
export type Estimates = { ok: true; go: string; rows: { n: number; liveAfterClear: number }[] } | { ok: false; why: string };

/** The engine's Go versions: 1.19 … 1.26; a newer go.mod is simulated as 1.26. */
export function engineGoVersion(go: string): string | undefined {
  const minor = goMinor(go);
  if (minor === undefined || minor < 19) return undefined;
  return `1.${Math.min(minor, 26)}`;
}

/** Caches engine estimates; `run` does the work (a worker in the extension, a stub in tests). */
export class ClearEstimates {
  private readonly cache = new Map<string, Promise<Estimates>>();

  constructor(private readonly run: (req: EstimateRequest) => Promise<EstimateReply>) {}

  /** Estimates for a map type (over predeclared types) at a Go version; computed once. */
  get(type: string | undefined, go: string): Promise<Estimates> {
    const version = engineGoVersion(go);
    if (!type) return Promise.resolve({ ok: false, why: 'the key or value type is a type parameter or comes from another package' });
    if (!version) return Promise.resolve({ ok: false, why: `the engine does not simulate Go ${go}` });
    const key = `${version} ${type}`;
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.run({ type, go: version, ns: ESTIMATE_SIZES }).then(
        (r): Estimates => (r.ok ? { ok: true, go: version, rows: r.estimates } : { ok: false, why: r.message }),
        (err: unknown): Estimates => ({ ok: false, why: err instanceof Error ? err.message : String(err) }),
      );
      this.cache.set(key, hit);
    }
    return hit;
  }
}

/** Runs one request in a fresh worker (terminated when done or when `signal` aborts). */
export function runEstimateWorker(workerFile: string, req: EstimateRequest, signal?: AbortSignal): Promise<EstimateReply> {
  return new Promise((resolve) => {
    const worker = new Worker(workerFile);
    const finish = (reply: EstimateReply) => { void worker.terminate(); resolve(reply); };
    signal?.addEventListener('abort', () => finish({ ok: false, message: 'cancelled' }), { once: true });
    worker.once('message', finish);
    worker.once('error', (err) => finish({ ok: false, message: `estimate worker failed: ${err.message}` }));
    worker.postMessage({ op: 'estimate', ...req });
  });
}
