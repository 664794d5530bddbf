// Worker entry (dist/experimentWorker.js): runs the engine off the extension host thread. A run is
// synchronous, so a cancel request cannot reach it: the host terminates the worker instead.
import { parentPort } from 'worker_threads';
import { profileFromExperiment, runExperiment } from '../engine';
import { Endpoint, transfer } from '../shared/rpc';
import type { ExperimentWorker, ExperimentWorkerHost } from '../shared/protocol/experimentWorker';
import { nodePort } from './port';

/** Reported steps of progress: finer ones would only flood the channel. */
const PROGRESS_STEP = 0.02;

if (parentPort) {
  const host: Endpoint<ExperimentWorker, ExperimentWorkerHost> = new Endpoint<ExperimentWorker, ExperimentWorkerHost>(
    nodePort(parentPort),
    {
      run: (params) => {
        let last = 0;
        const onProgress = (fraction: number) => {
          if (fraction - last < PROGRESS_STEP) return;
          last = fraction;
          host.emit('progress', { fraction });
        };
        return runExperiment(params, { onProgress });
      },
      profile: (params) => {
        const gz = profileFromExperiment(params);
        // A buffer that owns all of its memory moves to the host; a view into a larger one is copied first.
        const bytes = gz.byteOffset === 0 && gz.byteLength === gz.buffer.byteLength ? gz : new Uint8Array(gz);
        return transfer(bytes, [bytes.buffer as ArrayBuffer]);
      },
    },
    {},
  );
}
