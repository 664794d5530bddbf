// Host side of the experiment worker: one worker per job over the rpc layer, terminated when the
// job ends or is cancelled (a synchronous run stops only so). No vscode import.
import { Worker } from 'worker_threads';
import { InputError, oneLine } from '../shared/errors';
import { CancelledError, Endpoint, RemoteError } from '../shared/rpc';
import type { ExperimentParams, ExperimentResult } from '../shared/protocol/experimentView';
import type { ExperimentWorker, ExperimentWorkerHost } from '../shared/protocol/experimentWorker';
import { nodePort } from './port';

type Job<T> = (worker: Endpoint<ExperimentWorkerHost, ExperimentWorker>, signal?: AbortSignal) => Promise<T>;

/** Runs one job in a fresh worker; engine errors become InputErrors, a cancel a CancelledError. */
async function inWorker<T>(workerFile: string, job: Job<T>, signal?: AbortSignal, onProgress?: (fraction: number) => void): Promise<T> {
  if (signal?.aborted) throw new CancelledError('experiment cancelled');
  const worker = new Worker(workerFile);
  const rpc = new Endpoint<ExperimentWorkerHost, ExperimentWorker>(nodePort(worker), {}, { progress: (p) => onProgress?.(p.fraction) });
  const crashed = new Promise<never>((_, reject) => worker.once('error', (err) => reject(new InputError(`experiment worker failed: ${err.message}`))));
  crashed.catch(() => undefined); // a crash after the job settled is nobody's to hear
  try {
    return await Promise.race([job(rpc, signal), crashed]);
  } catch (err) {
    if (err instanceof CancelledError) throw new CancelledError('experiment cancelled');
    if (err instanceof RemoteError) throw new InputError(oneLine(err));
    throw err;
  } finally {
    rpc.close();
    void worker.terminate();
  }
}

/** Runs one experiment in a fresh worker; rejects with an InputError on failure, a CancelledError on cancel. */
export function runInWorker(
  workerFile: string,
  params: ExperimentParams,
  signal?: AbortSignal,
  onProgress?: (fraction: number) => void,
): Promise<ExperimentResult> {
  return inWorker(workerFile, (w, s) => w.request('run', params, { signal: s }), signal, onProgress);
}

/** The engine's gzipped pprof profile of one experiment, built in a fresh worker. */
export function profileInWorker(workerFile: string, params: ExperimentParams, signal?: AbortSignal): Promise<Uint8Array> {
  return inWorker(workerFile, (w, s) => w.request('profile', params, { signal: s }), signal);
}
