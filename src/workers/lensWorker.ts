// Worker entry (dist/lensWorker.js): the clear( analysis and the hover's engine estimates run
// here, off the extension host thread, answering src/shared/protocol/lensWorker.ts over the rpc
// layer. A long-lived worker analyses (the grammar loads in it, on the first request); a
// short-lived one per estimate runs the map engine. The engine (src/engine) is required lazily so
// that a build without it still works: then `estimate` fails and the hover shows no figure.
import * as path from 'path';
import { parentPort } from 'worker_threads';
import { TreeCache, analyzeClearCalls, type ClearCall } from '../goanalysis/analysis';
import type { EstimateRequest, EstimateRow } from '../goanalysis/estimates';
import { loadGoParser } from '../goanalysis/goParser';
import { cachedReader, packageOptions, readPackageInput } from '../goanalysis/packageFiles';
import { findGoRoot } from '../realgo/findGo';
import { CancelledError, Endpoint, type Handlers } from '../shared/rpc';
import type { AnalyzeParams, LensHostSide, LensWorkerSide } from '../shared/protocol/lensWorker';
import type { BuildSettings } from '../goanalysis/lensOptions';
import { mapLinesAnswers } from './mapLinesAnswers';
import { nodePort } from './port';

interface EngineStep {
  step: string;
  live_bytes: number;
}
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

function trees(): Promise<TreeCache> {
  // The wasm files sit beside this bundle in dist/.
  cache ??= loadGoParser({ runtime: path.join(__dirname, 'web-tree-sitter.wasm'), grammar: path.join(__dirname, 'tree-sitter-go.wasm') }).then(
    (p) => new TreeCache(p),
  );
  return cache;
}

/** The settings' environment over the worker's; the standard library from the toolchain found, else the shipped index. */
function optionsOf(build: BuildSettings | undefined) {
  const env = { ...process.env, ...(build?.env ?? {}) };
  return packageOptions({
    goroot: build?.env.GOROOT || findGoRoot(build?.goPath, env.PATH),
    env,
    buildTags: build?.buildTags,
    shippedIndex: path.join(__dirname, 'stdindex'),
  });
}

async function analyze(req: AnalyzeParams): Promise<ClearCall[]> {
  const trees_ = await trees();
  const open = new Map(req.openFiles.map((f) => [f.path, f.text]));
  const options = optionsOf(req.build);
  const input = req.onDisk ? readPackageInput(req.file, (p) => open.get(p) ?? readDisk(p), options) : { file: req.file, siblings: [] };
  // New files not saved yet are part of the package too.
  for (const f of req.openFiles) if (!input.siblings.some((s) => s.path === f.path)) input.siblings.push(f);
  return analyzeClearCalls(trees_, { ...input, goVersionOverride: req.goVersionOverride, allocLines: req.allocLines });
}

async function estimate(req: EstimateRequest): Promise<EstimateRow[]> {
  const engine = loadEngine();
  if (!engine) throw new Error('the map engine is not part of this build');
  const out: EstimateRow[] = [];
  for (const n of req.ns) {
    const result = (await engine.runExperiment({ scenario: 'fill-clear-refill', type: req.type, n, hint: -1, go: req.go })) as { steps?: EngineStep[] };
    const step = result.steps?.find((s) => s.step === 'clear');
    if (!step || typeof step.live_bytes !== 'number') throw new Error('the engine reported no clear step');
    out.push({ n, liveAfterClear: step.live_bytes });
  }
  return out;
}

// Analyses run one after another; one superseded while it waited is skipped.
let queue: Promise<unknown> = Promise.resolve();
function inOrder<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  const run = queue.then(() => {
    if (signal.aborted) throw new CancelledError();
    return work();
  });
  queue = run.catch(() => undefined);
  return run;
}

const handlers: Handlers<LensWorkerSide> = {
  analyze: (req, { signal }) => inOrder(signal, () => analyze(req)),
  estimate: (req) => estimate(req),
  mapLines: (req, { signal }) => inOrder(signal, async () => mapLinesAnswers(await trees(), req.files, readDisk, optionsOf(req.build))),
};

if (parentPort) new Endpoint<LensWorkerSide, LensHostSide>(nodePort(parentPort), handlers, {});
