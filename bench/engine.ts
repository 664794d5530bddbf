// Engine benchmarks (issue 3): a 1M-key fill-clear-refill run, and a batch of 2,000 mixed runs up to 1M keys.
// Timed on the engine as it ships (bundled by esbuild with the package's settings, as the
// experiment worker runs it), not on tsx's on-the-fly transform, which runs it ~30% slower.
import * as os from 'os';
import * as path from 'path';
import { buildSync } from 'esbuild';

type Engine = typeof import('../src/engine');

/** The engine bundled as `npm run package` bundles the experiment worker (es2022, minified). */
function shippedEngine(): Engine {
  const out = path.join(os.tmpdir(), `heaplens-bench-engine-${process.pid}.js`);
  buildSync({
    entryPoints: [path.join(__dirname, '..', 'src', 'engine', 'index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    minify: true,
    outfile: out,
    logLevel: 'error',
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(out) as Engine;
}

/** Wall-clock and CPU seconds of f (CPU time shows the cost when other work shares the cores). */
function timed(f: () => void): string {
  const t = process.hrtime.bigint();
  const c = process.cpuUsage();
  f();
  const u = process.cpuUsage(c);
  return `${(Number(process.hrtime.bigint() - t) / 1e9).toFixed(3)} s wall, ${((u.user + u.system) / 1e6).toFixed(3)} s CPU`;
}

/** Prints the engine's speed figures. */
export async function benchEngine(): Promise<void> {
  const { runExperiment, GO_BUILDS } = shippedEngine();
  for (const go of ['1.19', '1.23', '1.24', '1.26']) {
    const s = timed(() => runExperiment({ scenario: 'fill-clear-refill', type: 'map[int]int', n: 1_000_000, hint: -1, go }));
    console.log(`engine: fill-clear-refill map[int]int n=1M go${go}: ${s} (target ≤ 0.5 s)`);
  }
  // mixed batch: sizes log-spread up to 1M (a tenth of them large), all scenarios, types and Go builds (noswissmap ones too)
  const types = [
    'map[int]int',
    'map[string]int',
    'map[int64]struct{}',
    'map[int32]int8',
    'map[[40]byte]int',
    'map[[200]byte]int',
    'map[int]*int',
    'map[struct{a int8; b int64}]int8',
  ];
  const scenarios = ['fill-clear-refill', 'delete-half'];
  const reqs: { scenario: string; type: string; n: number; hint: number; go: string }[] = [];
  let x = 12345;
  const rnd = (): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let i = 0; i < 2000; i++) {
    const big = i % 10 === 0;
    const n = big ? Math.floor(100_000 + rnd() * 900_000) : Math.floor(10 ** (rnd() * 5));
    reqs.push({
      scenario: scenarios[i % 2],
      type: types[i % types.length],
      n,
      hint: rnd() < 0.3 ? n : -1,
      go: GO_BUILDS[i % GO_BUILDS.length],
    });
  }
  const s = timed(() => {
    for (const r of reqs) runExperiment(r);
  });
  console.log(`engine: batch of 2,000 mixed runs (200 of 100k–1M keys): ${s} (target ≤ 120 s)`);
}
