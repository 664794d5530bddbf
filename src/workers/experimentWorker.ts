// Worker entry (dist/experimentWorker.js): runs the engine off the extension host thread.
import { parentPort } from 'worker_threads';
import { oneLine } from '../shared/errors';
import { profileFromExperiment, runExperiment } from '../experiments/engine';
import type { WorkerReply, WorkerRequest } from '../shared/protocol/experimentWorker';

async function handle(req: WorkerRequest): Promise<WorkerReply> {
  switch (req.op) {
    case 'run': {
      // Long runs report how far they are; the host shows it in the progress notification.
      let last = 0;
      const onProgress = (fraction: number) => {
        if (fraction - last < 0.02) return;
        last = fraction;
        parentPort?.postMessage({ ok: true, op: 'progress', fraction } satisfies WorkerReply);
      };
      return { ok: true, op: 'run', result: runExperiment(req.params, { onProgress }) };
    }
    case 'profile':
      return { ok: true, op: 'profile', bytes: profileFromExperiment(req.params) };
  }
}

parentPort?.on('message', (req: WorkerRequest) => {
  handle(req).then(
    (reply) => parentPort?.postMessage(reply),
    (err: unknown) => parentPort?.postMessage({ ok: false, message: oneLine(err) } satisfies WorkerReply),
  );
});
