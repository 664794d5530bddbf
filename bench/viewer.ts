// Viewer figures: decode-to-first-table work in the worker, host event-loop stalls while a
// large profile decodes in the worker, and flame-graph redraw time with 100k visible nodes.
import * as fs from 'fs';
import * as path from 'path';
import * as esbuild from 'esbuild';
import { execFileSync } from 'child_process';
import { performance } from 'perf_hooks';
import { decodeProfile, ProfileSession } from '../src/profile';
import { WorkerClient } from '../src/workers/decodeClient';
import { largeProfile } from '../test/e2e/profiles';
import { fixture } from '../test/support/fixtures';
import { benchDir, bigProfile, ensureBigProfile } from './profile';

const root = path.resolve(__dirname, '..');
const wide = fixture('perf', 'wide-200k.pb.gz');
const cli = path.join(root, 'dist/cli.js');

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

/** Decode, first summary, top table and first flame layout, in one thread (what the worker's openSession and queries do). */
function workerSteps(label: string, bytes: Uint8Array): void {
  const [profile, tDecode] = time(() => decodeProfile(bytes));
  const [s, tSession] = time(() => new ProfileSession(label, profile));
  const [, tTop] = time(() => s.top());
  const [fl, tFlame] = time(() => s.flame(0, 0.5 / 1920));
  const n = fl.x.length;
  console.log(
    `viewer ${label}: decode ${tDecode.toFixed(0)} ms, view ${tSession.toFixed(0)} ms, top ${tTop.toFixed(0)} ms, flame layout ${tFlame.toFixed(0)} ms (${n} rects); first table after ${(tDecode + tSession + tTop).toFixed(0)} ms`,
  );
}

/** Largest gap of a 5 ms timer on this thread while the worker decodes: the host's longest block. */
async function hostStall(label: string, file: string): Promise<void> {
  let last = performance.now(),
    worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 5);
    last = now;
  }, 5);
  const t0 = performance.now();
  // As the editor does for local files: the worker reads the file itself, then the first paint.
  const client = new WorkerClient(path.join(root, 'dist'));
  let topAt: number;
  try {
    await client.open(label, file);
    await client.request('view', {});
    topAt = performance.now() - t0;
  } finally {
    client.dispose();
  }
  clearInterval(timer);
  console.log(`viewer ${label}: worker open → top table ${topAt.toFixed(0)} ms; longest host event-loop stall ${worst.toFixed(1)} ms`);
}

/** Median canvas redraw time for 100k visible rectangles, in headless Chromium. */
async function redraw(): Promise<void> {
  const { chromium } = await import('playwright-core');
  const bundle = await esbuild.build({
    stdin: {
      contents: "import { drawFlame, resolveColours } from './media/viewer/flame/render'; Object.assign(window, { drawFlame, resolveColours });",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
  });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.setContent('<canvas id="c" width="1920" height="1008"></canvas>');
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  const result = (await page.evaluate(`(() => {
    // 56 rows of 1800 one-pixel-plus frames each: about 100k rectangles, all on screen.
    const rows = 56, perRow = 1800, n = rows * perRow, total = 1920;
    const x = new Float64Array(n), width = new Float64Array(n), depth = new Uint16Array(n), nameIndex = new Uint32Array(n);
    for (let d = 0, i = 0; d < rows; d++) for (let k = 0; k < perRow; k++, i++) { x[i] = k * (total / perRow); width[i] = total / perRow; depth[i] = d; nameIndex[i] = i % 5000; }
    const names = Array.from({ length: 5000 }, (_, i) => 'example.com/pkg' + (i % 97) + '.Func' + i);
    const layout = { x, width, depth, nameIndex, names, total, self: new Float64Array(n), nodeId: new Uint32Array(n), path: [], files: [], lines: [], rootId: 0, culled: 0 };
    const ctx = document.getElementById('c').getContext('2d');
    const palette = { fills: ['#f14c4ccc','#d18616cc','#cca700cc','#89d185cc','#3794ffcc','#b180d7cc','#d1861688','#3794ff88'], dim: '#88888840', highlight: '#ea5c0055', text: '#cccccc', background: '#1f1f1f', hoverStroke: '#0078d4' };
    const buckets = Uint16Array.from(names, (_, i) => i % 8);
    const vp = { width: 1920, height: 1008, scrollTop: 0, rowHeight: 18, dpr: 1 };
    // Colours are resolved once per theme, as the view does.
    const colours = window.resolveColours(ctx, [...palette.fills, palette.highlight, palette.dim, palette.background], palette.background);
    const times = []; let drawn = 0;
    for (let r = 0; r < 25; r++) { const t0 = performance.now(); drawn = window.drawFlame(ctx, layout, vp, palette, buckets, null, 5, colours); ctx.getImageData(0, 0, 1, 1); times.push(performance.now() - t0); }
    times.sort((a, b) => a - b);
    return { drawn, median: times[12], p90: times[22] };
  })()`)) as { drawn: number; median: number; p90: number };
  await browser.close();
  console.log(
    `viewer flame redraw: ${result.drawn} visible rects, median ${result.median.toFixed(1)} ms, p90 ${result.p90.toFixed(1)} ms (headless Chromium, software canvas)`,
  );
}

/** `heaplens top --json` on a file in a fresh process: median wall time of 3 runs, in ms. */
function cliTop(file: string): number {
  const times = [0, 1, 2].map(() => {
    const t0 = performance.now();
    execFileSync(process.execPath, [cli, 'top', file, '--json'], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
    return performance.now() - t0;
  });
  return times.sort((a, b) => a - b)[1];
}

/**
 * A large profile's first table through the worker (in one thread, then end to end through a
 * real worker in a fresh process, so the generator's garbage does not show as the host's
 * pauses) against `heaplens top` on the same file.
 */
function large(label: string, file: string): void {
  workerSteps(label, fs.readFileSync(file));
  execFileSync(process.execPath, [...process.execArgv, __filename, 'stall', file, label], { stdio: 'inherit' });
  console.log(`viewer ${label}: heaplens top --json on the same file ${cliTop(file).toFixed(0)} ms (fresh process, median of 3)`);
}

/** Runs the viewer benchmarks. */
export async function benchViewer(): Promise<void> {
  if (process.env.HEAPLENS_BENCH_ONLY === 'redraw') return redraw();
  if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build');
  const wideBytes = fs.readFileSync(wide);
  workerSteps('wide-200k.pb.gz', wideBytes);
  await hostStall('wide-200k.pb.gz', wide);
  // The large profiles are generated once and cached: the synthetic 59 MB gzip one, and the
  // 59 MB (raw) Go one the pprof core's figures use.
  const largeFile = path.join(benchDir, 'large-59mb.pb.gz');
  if (!fs.existsSync(largeFile)) {
    fs.mkdirSync(benchDir, { recursive: true });
    fs.writeFileSync(largeFile, largeProfile(59));
  }
  large(`large-${(fs.statSync(largeFile).size / 1e6).toFixed(0)}MB`, largeFile);
  ensureBigProfile();
  large(path.basename(bigProfile), bigProfile);
  await redraw();
}

if (require.main === module) {
  const [cmd, file, label] = process.argv.slice(2);
  const run = cmd === 'stall' ? () => hostStall(label, file) : benchViewer;
  run().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
