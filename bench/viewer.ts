// Viewer figures: decode-to-first-table work in the worker, host event-loop stalls while a
// large profile decodes in the worker, and flame-graph redraw time with 100k visible nodes.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as esbuild from 'esbuild';
import { spawnSync } from 'child_process';
import { performance } from 'perf_hooks';
import { decodeProfile, ProfileSession } from '../src/profile';
import { largeProfile } from '../test/e2e/profiles';
import { fixture } from '../test/support/fixtures';
import { benchDir, bigProfile, ensureBigProfile, ensureHugeProfile, hugeProfile } from './profile';

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

interface Timed {
  ms: number;
  cpuMs: number;
  /** Peak RSS in MB of 10^6 bytes, as the raw size is counted. */
  rssMB: number;
}

/** `node args…` in a fresh process: wall ms, CPU ms (user + system, from /usr/bin/time) and peak RSS. */
function fresh(args: string[], env: Record<string, string> = {}): Timed & { stdout: string } {
  const t0 = performance.now();
  const p = spawnSync('/usr/bin/time', ['-f', 'HL_TIME %M %U %S', process.execPath, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    cwd: root,
    env: { ...process.env, ...env },
  });
  const ms = performance.now() - t0;
  if (p.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${p.stderr}`);
  const m = /HL_TIME (\d+) ([\d.]+) ([\d.]+)/.exec(p.stderr) ?? ['', 'NaN', 'NaN', 'NaN'];
  return { ms, cpuMs: (Number(m[2]) + Number(m[3])) * 1000, rssMB: (Number(m[1]) * 1024) / 1e6, stdout: p.stdout };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** `heaplens top --json` on a file, 3 fresh processes: median wall and CPU ms, peak RSS. */
export function cliTop(file: string): Timed {
  const runs = [0, 1, 2].map(() => fresh([cli, 'top', file, '--json']));
  return { ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)), rssMB: Math.max(...runs.map((r) => r.rssMB)) };
}

/** What bench/viewerSteps.ts prints: ms per step. */
type Steps = Record<string, number> & { label: string; switchTo: string; switchIdleTo: string };

/**
 * A bench script bundled to plain JavaScript (once a run): under `--import tsx` every worker
 * thread loads tsx too (~12 MB of resident memory each, measured), which no worker in VS Code has.
 */
const bundled = new Map<string, string>();
function plainScript(name: string): string {
  let out = bundled.get(name);
  if (!out) {
    out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'heaplens-bench-')), name.replace(/\.ts$/, '.cjs'));
    esbuild.buildSync({ entryPoints: [path.join(__dirname, name)], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error' });
    bundled.set(name, out);
  }
  return out;
}
const distEnv = { HEAPLENS_DIST: path.join(root, 'dist') };

/** The viewer's steps on a file through a real worker in a fresh process (bench/viewerSteps.ts, plain node), and its peak RSS. */
export function viewerSteps(file: string, label: string): { steps: Steps; rssMB: number } {
  // --expose-gc: the steps collect this (the host's) thread's garbage after each reply
  const r = fresh(['--expose-gc', plainScript('viewerSteps.ts'), file, label], distEnv);
  return { steps: JSON.parse(r.stdout.trim().split('\n').pop()!) as Steps, rssMB: r.rssMB };
}

const ok = (b: boolean): string => (b ? 'meets target' : 'MISSES target');

/** A node process doing nothing: what every fresh process's RSS starts from. */
function baselineRss(): number {
  return median([0, 1, 2].map(() => fresh(['-e', '0']).rssMB));
}

/**
 * A large profile's first table through the worker (in one thread, then through a real worker
 * in a fresh process, with what the open tab does next) against `heaplens top` on the same
 * file in the same run.
 */
export function large(
  label: string,
  file: string,
  rawBytes: number,
  opts: { inThread?: boolean; firstTableTarget?: number; memoryTarget?: boolean } = {},
): PerMB {
  if (opts.inThread !== false) workerSteps(label, fs.readFileSync(file));
  const top = cliTop(file);
  const { steps, rssMB } = viewerSteps(file, label);
  const rawMB = rawBytes / 1e6;
  const base = baselineRss();
  const r = steps.firstTable / top.ms;
  const rc = steps.firstTableCpu / top.cpuMs;
  console.log(
    `viewer ${label} (${rawMB.toFixed(0)} MB raw): heaplens top --json on the same file ${top.ms.toFixed(0)} ms, CPU ${top.cpuMs.toFixed(0)} ms, peak RSS ${top.rssMB.toFixed(0)} MB (fresh processes, median of 3)`,
  );
  console.log(
    `viewer ${label}: open → first table (real worker, fresh process) ${steps.firstTable} ms, CPU ${steps.firstTableCpu} ms = ${r.toFixed(2)}x top wall, ${rc.toFixed(2)}x top CPU (target <= 2x: ${ok(r <= 2)})` +
      (opts.firstTableTarget ? `; target <= ${opts.firstTableTarget} ms: ${ok(steps.firstTable <= opts.firstTableTarget)}` : ''),
  );
  console.log(
    `viewer ${label}: once open: switch sample type at once (to ${steps.switchTo}) ${steps.switchType} ms (<= 150: ${ok(steps.switchType <= 150)}), 1 s after the first table (to ${steps.switchIdleTo}) ${steps.switchAfterIdle} ms (<= 150: ${ok(steps.switchAfterIdle <= 150)}), back ${steps.switchBack} ms; first flame graph right after a switch ${steps.firstFlame} ms (<= 300: ${ok(steps.firstFlame <= 300)}), 1 s after new settings ${steps.flameAfterIdle} ms; focus ${steps.focus} / ignore ${steps.ignore} / hide ${steps.hide} ms (<= 300: ${ok(Math.max(steps.focus, steps.ignore, steps.hide) <= 300)}) (each one request to the worker, answered with the summary and the top table)`,
  );
  // the host starts an idle spare worker for the next profile 1.5 s after an open: in the peak, though it holds none of this one
  const spareMB = median([0, 1, 2].map(() => fresh([plainScript('idleWorker.ts')], distEnv).rssMB)) - base;
  const allMB = rssMB - base;
  const workerMB = allMB - spareMB;
  console.log(
    `viewer ${label}: memory: peak RSS ${rssMB.toFixed(0)} MB - ${base.toFixed(0)} MB of an idle node - ${spareMB.toFixed(0)} MB of the idle spare worker (a process with one, less an idle node; the host thread's garbage collected after each reply, its heap grew ${steps.hostHeapGrowthMB} MB) = ${workerMB.toFixed(0)} MB = ${(workerMB / rawMB).toFixed(2)}x the raw size (${opts.memoryTarget === false ? 'no target: an idle worker alone is about 14 MB' : `<= 3x: ${ok(workerMB <= 3 * rawMB)}`}); with the spare ${(allMB / rawMB).toFixed(2)}x; at the first table (before the spare starts) ${((steps.rssAtFirstTableMB - base) / rawMB).toFixed(2)}x, after the first flame graph (less the spare) ${((steps.rssAfterFlameMB - base - spareMB) / rawMB).toFixed(2)}x; longest host stall while loading ${steps.stallWhileLoading} ms, overall ${steps.stallOverall} ms (<= 50: ${ok(steps.stallOverall <= 50)})`,
  );
  console.log(
    `viewer ${label}: per raw MB: open → first table ${(steps.firstTable / rawMB).toFixed(1)} ms/MB, CPU ${(steps.firstTableCpu / rawMB).toFixed(1)} ms/MB; heaplens top ${(top.ms / rawMB).toFixed(1)} ms/MB, CPU ${(top.cpuMs / rawMB).toFixed(1)} ms/MB`,
  );
  return { label, rawMB, viewer: steps.firstTableCpu / rawMB, top: top.cpuMs / rawMB };
}

/** CPU ms per raw MB of open → first table and of `heaplens top`, per profile. */
interface PerMB {
  label: string;
  rawMB: number;
  viewer: number;
  top: number;
}

/** Inflated size of a gzip file (ISIZE is mod 2^32: fine below 4 GB). */
export function rawSize(file: string): number {
  const fd = fs.openSync(file, 'r');
  try {
    const b = Buffer.alloc(4);
    fs.readSync(fd, b, 0, 4, fs.statSync(file).size - 4);
    return b.readUInt32LE(0);
  } finally {
    fs.closeSync(fd);
  }
}

/** Runs the viewer benchmarks. */
export async function benchViewer(): Promise<void> {
  if (process.env.HEAPLENS_BENCH_ONLY === 'redraw') return redraw();
  if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build');
  const per: PerMB[] = [];
  // the memory target is the 59 MB profiles': at 7 MB a worker's fixed cost is most of it
  per.push(large('wide-200k.pb.gz', wide, rawSize(wide), { firstTableTarget: 300, memoryTarget: false }));
  // The large profiles are generated once and cached: the synthetic 59 MB gzip one, and the
  // 59 MB (raw) Go one the pprof core's figures use.
  const largeFile = path.join(benchDir, 'large-59mb.pb.gz');
  if (!fs.existsSync(largeFile)) {
    fs.mkdirSync(benchDir, { recursive: true });
    fs.writeFileSync(largeFile, largeProfile(59));
  }
  large(`large-${(fs.statSync(largeFile).size / 1e6).toFixed(0)}MB`, largeFile, rawSize(largeFile));
  ensureBigProfile();
  per.push(large(path.basename(bigProfile), bigProfile, rawSize(bigProfile)));
  if (process.env.HEAPLENS_BENCH_HUGE !== '0') {
    // The scale figures: about 250 MB raw, generated once outside the repo (os.tmpdir()); its
    // Cancel a third or so into the open's 1.5 s.
    ensureHugeProfile();
    per.push(large(path.basename(hugeProfile), hugeProfile, rawSize(hugeProfile), { inThread: false }));
    const c = JSON.parse(fresh([plainScript('viewerSteps.ts'), hugeProfile], { ...distEnv, HEAPLENS_STEPS_CANCEL_MS: '500' }).stdout) as {
      outcome: string;
      cancelAfter: number;
      cancelToRejected: number;
    };
    console.log(
      `viewer ${path.basename(hugeProfile)}: Cancel ${c.cancelAfter} ms into the open: ${c.outcome}, ${c.cancelToRejected} ms later (the worker is terminated)`,
    );
    const line = per.map((p) => `${p.rawMB.toFixed(0)} MB ${p.viewer.toFixed(1)} (top ${p.top.toFixed(1)})`).join(', ');
    const [small, big, huge] = per;
    console.log(
      `viewer CPU ms per raw MB, open → first table: ${line}; 250 MB / 59 MB: ${(huge.viewer / big.viewer).toFixed(2)}x, 250 MB / 7 MB: ${(huge.viewer / small.viewer).toFixed(2)}x (1.0 = linear)`,
    );
  }
  await redraw();
}

if (require.main === module) {
  benchViewer().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
