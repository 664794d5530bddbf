// Host side of the experiment worker: one worker per job, terminated on cancel. No vscode import.
import { Worker } from 'worker_threads';
import { InputError } from '../shared/errors';
import type { ExperimentParams, ExperimentResult } from '../shared/protocol/experimentView';
import type { WorkerReply, WorkerRequest } from '../shared/protocol/experimentWorker';

function ask(workerFile: string, req: WorkerRequest, signal?: AbortSignal, onProgress?: (fraction: number) => void): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new InputError('experiment cancelled'));
    const worker = new Worker(workerFile);
    const onAbort = () => {
      void worker.terminate();
      reject(new InputError('experiment cancelled'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => {
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
    };
    worker.on('message', (reply: WorkerReply) => {
      if (reply.ok && reply.op === 'progress') {
        onProgress?.(reply.fraction);
        return;
      }
      done();
      resolve(reply);
    });
    worker.once('error', (err) => { done(); reject(new InputError(`experiment worker failed: ${err.message}`)); });
    worker.postMessage(req);
  });
}

/** Runs one experiment in a fresh worker; rejects with an InputError on failure or cancel. */
export async function runInWorker(workerFile: string, params: ExperimentParams, signal?: AbortSignal, onProgress?: (fraction: number) => void): Promise<ExperimentResult> {
  const reply = await ask(workerFile, { op: 'run', params }, signal, onProgress);
  if (!reply.ok) throw new InputError(reply.message);
  if (reply.op !== 'run') throw new InputError('experiment worker answered the wrong request');
  return reply.result;
}

/** The engine's gzipped pprof profile of one experiment, built in a fresh worker. */
export async function profileInWorker(workerFile: string, params: ExperimentParams, signal?: AbortSignal): Promise<Uint8Array> {
  const reply = await ask(workerFile, { op: 'profile', params }, signal);
  if (!reply.ok) throw new InputError(reply.message);
  if (reply.op !== 'profile') throw new InputError('experiment worker answered the wrong request');
  return reply.bytes;
}
