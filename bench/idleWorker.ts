// A process with one idle decode worker, started as the host starts its spare (run by
// bench/viewer.ts): its RSS less an idle node's is what the spare worker, kept for the next
// profile, adds to a viewer's memory.
import * as path from 'path';
import { Worker } from 'worker_threads';
import { DECODE_WORKER_OPTIONS } from '../src/workers/decodeClient';

const dist = process.env.HEAPLENS_DIST ?? path.resolve(__dirname, '..', 'dist');
const worker = new Worker(path.join(dist, 'decodeWorker.js'), DECODE_WORKER_OPTIONS);
worker.on('online', () => setTimeout(() => void worker.terminate(), 500));
