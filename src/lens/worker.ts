// Worker entry (dist/lensEstimateWorker.js): runs the map engine for the clear( hover off the
// extension host thread. The engine (src/engine) is required lazily so that a build without it
// still works; then the worker answers "unavailable" and the hover shows no figure.
import { parentPort } from 'worker_threads';
import { oneLine } from '../shared/errors';
import type { EstimateReply, EstimateRequest } from './estimates';

interface EngineStep { step: string; live_bytes: number }
interface Engine {
  runExperiment(p: { scenario: string; type: string; n: number; hint: number; go: string }): unknown;
}

function loadEngine(): Engine | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const engine = require('../engine') as Partial<Engine>;
    return typeof engine.runExperiment === 'function' ? (engine as Engine) : undefined;
  } catch {
    return undefined;
  }
}

async function answer(req: EstimateRequest): Promise<EstimateReply> {
  const engine = loadEngine();
  if (!engine) return { ok: false, message: 'the map engine is not part of this build' };
  const out: { n: number; liveAfterClear: number }[] = [];
  for (const n of req.ns) {
    const result = (await engine.runExperiment({ scenario: 'fill-clear-refill', type: req.type, n, hint: -1, go: req.go })) as { steps?: EngineStep[] };
    const step = result.steps?.find((s) => s.step === 'clear');
    if (!step || typeof step.live_bytes !== 'number') return { ok: false, message: 'the engine reported no clear step' };
    out.push({ n, liveAfterClear: step.live_bytes });
  }
  return { ok: true, estimates: out };
}

parentPort?.on('message', (req: EstimateRequest) => {
  answer(req).then(
    (reply) => parentPort?.postMessage(reply),
    (err: unknown) => parentPort?.postMessage({ ok: false, message: oneLine(err) } satisfies EstimateReply),
  );
});
