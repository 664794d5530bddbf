// Worker entry (dist/lensWorker.js): the clear( analysis and the hover's engine estimates run
// here, off the extension host thread. A long-lived worker analyses (the grammar loads in it, on
// the first request); a short-lived one per estimate runs the map engine. The engine (src/engine)
// is required lazily so that a build without it still works: then the worker answers
// "unavailable" and the hover shows no figure.
import * as path from 'path';
import { parentPort } from 'worker_threads';
import { oneLine } from '../shared/errors';
import { TreeCache, analyzeClearCalls } from '../goanalysis/analysis';
import type { EstimateReply, EstimateRequest } from '../goanalysis/estimates';
import { loadGoParser } from '../goanalysis/goParser';
import { cachedReader, readPackageInput } from '../goanalysis/packageFiles';
import type { AnalyzeReply, AnalyzeRequest, LensWorkerRequest } from '../shared/protocol/lensWorker';

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

let cache: Promise<TreeCache> | undefined;
const readDisk = cachedReader();

async function analyze(req: AnalyzeRequest): Promise<AnalyzeReply> {
  // The wasm files sit beside this bundle in dist/.
  cache ??= loadGoParser({ runtime: path.join(__dirname, 'web-tree-sitter.wasm'), grammar: path.join(__dirname, 'tree-sitter-go.wasm') }).then((p) => new TreeCache(p));
  const trees = await cache;
  const open = new Map(req.openFiles.map((f) => [f.path, f.text]));
  const input = req.onDisk ? readPackageInput(req.file, (p) => open.get(p) ?? readDisk(p)) : { file: req.file, siblings: [] };
  // New files not saved yet are part of the package too.
  for (const f of req.openFiles) if (!input.siblings.some((s) => s.path === f.path)) input.siblings.push(f);
  const calls = analyzeClearCalls(trees, { ...input, goVersionOverride: req.goVersionOverride, allocLines: req.allocLines });
  return { op: 'analyze', id: req.id, ok: true, calls };
}

async function estimate(req: EstimateRequest): Promise<EstimateReply> {
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

// Requests are answered in order: an analysis waits for the one before it.
let queue: Promise<unknown> = Promise.resolve();
parentPort?.on('message', (req: LensWorkerRequest) => {
  queue = queue.then(() => {
    const reply: Promise<unknown> = req.op === 'analyze'
      ? analyze(req).catch((err: unknown): AnalyzeReply => ({ op: 'analyze', id: req.id, ok: false, message: oneLine(err) }))
      : estimate(req).catch((err: unknown): EstimateReply => ({ ok: false, message: oneLine(err) }));
    return reply.then((r) => parentPort?.postMessage(r));
  });
});
