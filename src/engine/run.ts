// Runs a scenario over a simulated map and measures each step the way the real-runtime harness
// (shared/tools/go-truth/main.go) does: after a full GC, live bytes relative to before make,
// bytes and objects allocated during the step alone.
import { InputError } from '../shared/errors';
import type { ExperimentParams, ExperimentResult, ExperimentStep, GrowthPoint } from '../shared/protocol/experimentView';
import { Heap, allocObj, dropObj, type ObjRef, slotSize } from './alloc';
import { ClassicMap } from './classic';
import { parseMapType } from './goTypes';
import { Rand } from './hash';
import { mapLayout } from './layout';
import { findScenario, type Count, type Op, type Scenario } from './scenarios';
import type { SimMap } from './simMap';
import { SwissMap } from './swiss';
import { versionRules } from './versions';
import { explain } from './explain';
import { scenarioProgram } from './program';
import { withSeedSpread } from './seedSpread';
import { TOLERANCE_PCT, toleranceBytes } from '../shared/tolerance';

/** Progress and cancellation for long runs (the worker passes these). */
export interface RunOptions {
  /** Called now and then with the fraction done (0..1). */
  onProgress?: (fraction: number) => void;
  /** Polled now and then; true stops the run with a CancelledError. */
  isCancelled?: () => boolean;
  /**
   * Place every Swiss key in its slot even when the scenario never deletes (where counting keys
   * per table gives the same figures faster): the reference the counting model is tested against.
   */
  placeSlots?: boolean;
}

/** Thrown when RunOptions.isCancelled said so. */
export class CancelledError extends Error {
  constructor() {
    super('experiment cancelled');
    this.name = 'CancelledError';
  }
}

/** A result plus what the profile writer needs. */
export interface ExperimentRun {
  result: ExperimentResult;
  heap: Heap;
  /** Source lines of the scenario program, for profile frames. */
  program: string[];
  /** How Swiss keys were simulated: placed in their slots, or counted per table (see SwissMap). */
  model: 'slots' | 'counts';
}

const MAX_N = 50_000_000;
/** Operations between progress reports and cancellation checks. */
const CHUNK = 1 << 16;

function count(c: Count, n: number, hint: number): number {
  if (c === 'n') return n;
  if (c === 'n/2') return Math.floor(n / 2);
  if (c === 'hint') return hint;
  return c;
}

/** Checks a request's fields; throws InputError naming the bad one. */
export function checkRequest(req: ExperimentParams): Scenario {
  const sc = findScenario(req.scenario);
  if (!sc) throw new InputError(`unknown scenario '${req.scenario}'`);
  if (!Number.isInteger(req.n) || req.n < 0 || req.n > MAX_N) throw new InputError(`n must be an integer from 0 to ${MAX_N}, not ${req.n}`);
  if (!Number.isInteger(req.hint) || req.hint < -1 || req.hint > MAX_N) throw new InputError(`hint must be -1 or an integer up to ${MAX_N}, not ${req.hint}`);
  return sc;
}

/** Seeds the per-run PRNG from the request, so a run is reproducible. */
function seedOf(req: ExperimentParams): number {
  let h = 2166136261;
  const s = `${req.scenario}|${req.type}|${req.n}|${req.hint}|${req.go}`;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * How many hash seeds a run of n keys tries. The real runtime picks a random seed per map, so a
 * table split or an overflow count near a threshold differs from run to run; the typical of a few
 * seeded runs is what a median of real runs shows, and their spread is the range the figures
 * report. Small maps are cheap, so they try more seeds (a 5%-likely split should almost never be
 * the typical run). Large maps: a Swiss map that is never deleted from is counted rather than
 * placed slot by slot (SwissMap's countsOnly), cheap enough for five seeds, which its refill
 * needs (the splits left for the refill range over a factor of ten); otherwise one run.
 */
export function seedsFor(n: number, countsOnly = false): number {
  return n <= 20_000 ? 9 : n <= 150_000 || countsOnly ? 5 : n <= 400_000 ? 3 : 1;
}

/** Runs a scenario and returns the result with its heap ledger (for the profile writer): the most typical of seedsFor(n) seeded runs, with the range of every figure across them. */
export function runScenario(req: ExperimentParams, opts: RunOptions = {}): ExperimentRun {
  const sc = checkRequest(req);
  const k = seedsFor(req.n, countsOnly(sc, req.go, opts));
  const runs: ExperimentRun[] = [];
  for (let i = 0; i < k; i++) {
    const onProgress = opts.onProgress && ((f: number): void => opts.onProgress?.((i + f) / k));
    runs.push(runWithSeed(req, i, { ...opts, onProgress }));
  }
  const typical = runs[typicalRun(runs.map((r) => r.result.steps))];
  return {
    ...typical,
    result: withSeedSpread(
      typical.result,
      runs.map((r) => r.result),
    ),
  };
}

/** Whether the run's Swiss maps can be counted instead of placed: no step deletes. */
function countsOnly(sc: Scenario, go: string, opts: RunOptions): boolean {
  return !opts.placeSlots && versionRules(go).impl === 'swiss' && !sc.steps.some((s) => s.ops.some((o) => o.op === 'delete'));
}

/**
 * The index of the run closest to the per-step, per-field medians of all runs (the medoid), so
 * the result stays one consistent run while showing what most seeds do.
 */
export function typicalRun(runs: ExperimentStep[][]): number {
  if (runs.length <= 1) return 0;
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const fields = ['live_bytes', 'alloc_bytes'] as const;
  const dist = runs.map(() => 0);
  runs[0].forEach((_, si) => {
    for (const f of fields) {
      const xs = runs.map((r) => r[si][f]);
      const mid = median(xs);
      // distances in units of what a real run's noise would hide (the truth tolerance's scale)
      const scale = toleranceBytes(mid, TOLERANCE_PCT.live);
      xs.forEach((x, ri) => (dist[ri] += Math.abs(x - mid) / scale));
    }
  });
  return dist.indexOf(Math.min(...dist));
}

/** One run with the request's i-th hash seed (runScenario reports the typical of seeds 0 … seedsFor(n) − 1). */
export function runWithSeed(req: ExperimentParams, i: number, opts: RunOptions = {}): ExperimentRun {
  const seed = (seedOf(req) + Math.imul(i, 0x9e3779b9)) >>> 0;
  const sc = checkRequest(req);
  const mt = parseMapType(req.type);
  const rules = versionRules(req.go);
  const layout = mapLayout(mt.key, mt.elem);
  const heap = new Heap(rules);
  const rand = new Rand(seed);
  const { n, hint } = req;
  const prog = scenarioProgram(sc, mt.text);
  const timeline: GrowthPoint[] = [];
  const steps: ExperimentStep[] = [];
  let m: SimMap | undefined;
  let overflowBuckets = 0;
  let boxed: ObjRef | undefined;
  let slice: ObjRef | undefined;
  const totalOps = sc.steps.reduce((a, s) => a + s.ops.reduce((b, o) => b + opCost(o, n, hint), 0), 0) || 1;
  let done = 0;
  const tick = (ops: number): void => {
    done += ops;
    if (opts.isCancelled?.()) throw new CancelledError();
    opts.onProgress?.(Math.min(1, done / totalOps));
  };
  let line = 0;

  const counted = countsOnly(sc, req.go, opts);
  const newMap = (size: number): SimMap => {
    const mm: SimMap =
      rules.impl === 'classic'
        ? new ClassicMap(heap, layout, rand, size, n, rules.classicLoadNum, rules.hmapSize)
        : new SwissMap(heap, layout, rand, size, n, rules.pruneTombstones, counted);
    if (sc.timeline) {
      mm.onGrow = (e) => timeline.push({ entries: e.entries, live_bytes: heap.live, garbage_bytes: heap.garbageTotal, label: e.label });
    }
    return mm;
  };
  const need = (): SimMap => {
    if (!m) throw new InputError(`scenario '${sc.id}' writes to a nil map`);
    return m;
  };

  for (let si = 0; si < sc.steps.length; si++) {
    const step = sc.steps[si];
    heap.nextStep();
    for (const op of step.ops) {
      heap.line = prog.opLines[line];
      line++;
      switch (op.op) {
        case 'make': {
          const size = op.size === undefined ? hint : count(op.size, n, hint);
          const old = m;
          overflowBuckets += old?.overflowAllocs ?? 0;
          m = newMap(size);
          // `sink = &m`: the map variable escapes and lives in a heap box of its own
          if (!boxed) {
            boxed = allocObj(heap, 8, true, 'newobject (escaping map variable)');
          }
          old?.release();
          break;
        }
        case 'insert': {
          const mm = need();
          const to = count(op.to, n, hint);
          for (let i = count(op.from, n, hint); i < to;) {
            const end = Math.min(to, i + CHUNK);
            const start = i;
            mm.assignRange(start, end);
            i = end;
            tick(end - start);
          }
          break;
        }
        case 'delete': {
          const mm = need();
          const to = count(op.to, n, hint);
          const every = op.every ?? 1;
          for (let i = count(op.from, n, hint); i < to;) {
            const end = Math.min(to, i + CHUNK * every);
            for (; i < end; i += every) mm.remove(i);
            tick(CHUNK);
          }
          break;
        }
        case 'clear':
          need().clear();
          break;
        case 'nil':
          overflowBuckets += m?.overflowAllocs ?? 0;
          m?.release();
          m = undefined;
          break;
        case 'makeSlice':
          dropObj(heap, slice);
          slice = allocObj(heap, n * mt.elem.size, mt.elem.hasPointers, 'makeslice');
          break;
        case 'clearSlice':
          break; // zeroes len elements; frees nothing
        case 'nilSlice':
          dropObj(heap, slice);
          slice = undefined;
          break;
      }
    }
    steps.push({
      step: step.step,
      live_bytes: heap.live,
      alloc_bytes: heap.stepAllocBytes,
      alloc_objects: heap.stepAllocObjects,
      garbage_bytes: heap.stepGarbage,
    });
  }
  const result: ExperimentResult = {
    scenario: sc.id,
    go: rules.go,
    impl: rules.impl,
    type: mt.text,
    n,
    hint,
    steps,
    ...(sc.timeline ? { timeline } : {}),
    ...(rules.impl === 'classic' ? { overflow_buckets: overflowBuckets + (m?.overflowAllocs ?? 0) } : {}),
    explanation: explain(sc, rules, layout, steps, slotSize(layout.bucketSize, layout.scan, rules)),
  };
  return { result, heap, program: prog.lines, model: counted ? 'counts' : 'slots' };
}

function opCost(o: Op, n: number, hint: number): number {
  if (o.op === 'insert' || o.op === 'delete') return Math.max(0, count(o.to, n, hint) - count(o.from, n, hint)) / (o.op === 'delete' ? (o.every ?? 1) : 1);
  return 0;
}

/** Runs an experiment: the CLI's JSON shape plus garbage_bytes, the growth timeline and an explanation. */
export function runExperiment(req: ExperimentParams, opts: RunOptions = {}): ExperimentResult {
  return runScenario(req, opts).result;
}
