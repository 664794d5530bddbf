// The pprof core's figures: `heaplens top` end to end on a 1.5M-sample profile against node's
// gunzip and pprof-format's decode, and on wide-200k. Each measurement runs in a fresh process
// (as a user's command would), a few times; the median is compared with the targets.
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fixture } from '../test/support/fixtures';
import { goBinary } from '../test/support/realGo';

const repo = path.resolve(__dirname, '..');
const cli = path.join(repo, 'dist/cli.js');
/** Where the generated bench profiles are cached. */
export const benchDir = path.join(os.homedir(), '.cache/heaplens-bench');
/** A real Go heap profile of 1.5M samples (59 MB raw), generated once by ensureBigProfile. */
export const bigProfile = path.join(benchDir, 'wide-1.5m.pb.gz');
const wide200k = fixture('perf', 'wide-200k.pb.gz');
const RUNS = 7;

/** A gen-wide profile of about 250 MB raw (D=22, 6M allocations), generated outside the repo by ensureHugeProfile. */
export const hugeProfile = path.join(os.tmpdir(), 'heaplens-bench', 'wide-6m.pb.gz');

/** Builds the gen-wide.py program (D=20) with Go 1.19 and runs it for 1,500,000 allocations. */
export function ensureBigProfile(): void {
  genWide(bigProfile, 20, 1_500_000, path.join(benchDir, 'wide'));
}

/** The 250 MB profile of the scale figures: gen-wide D=22, 6,000,000 allocations (a minute or two, once). */
export function ensureHugeProfile(): void {
  genWide(hugeProfile, 22, 6_000_000, path.join(path.dirname(hugeProfile), 'wide22'));
}

function genWide(out: string, depth: number, count: number, work: string): void {
  if (fs.existsSync(out)) return;
  const go119 = goBinary('1.19');
  console.log(`  generating ${out} (gen-wide.py D=${depth}, ${count} allocations, Go 1.19 -trimpath)…`);
  fs.mkdirSync(work, { recursive: true });
  fs.writeFileSync(path.join(work, 'main.go'), execFileSync('python3', [fixture('programs', 'gen-wide.py'), String(depth)]));
  fs.writeFileSync(path.join(work, 'go.mod'), 'module wide\n\ngo 1.19\n');
  const env = { ...process.env, GOROOT: path.dirname(path.dirname(go119)), GOFLAGS: '-mod=mod', GOCACHE: path.join(benchDir, 'gocache') };
  execFileSync(go119, ['build', '-trimpath', '-o', 'wide', '.'], { cwd: work, env, stdio: 'inherit' });
  execFileSync(path.join(work, 'wide'), [String(count), `${out}.tmp`], { cwd: work, stdio: 'inherit' });
  fs.renameSync(`${out}.tmp`, out);
}

interface Run {
  seconds: number;
  /** CPU seconds (user + system) of the child: steadier than wall time on a shared machine. */
  cpu: number;
  /** Peak RSS of the child in MB (from /usr/bin/time), NaN when unavailable. */
  rssMB: number;
}

const haveTime = fs.existsSync('/usr/bin/time');

/** Runs `node args…` in a fresh process with stdout discarded: wall time and peak RSS. */
function runNode(args: string[]): Run {
  const cmd = haveTime ? '/usr/bin/time' : process.execPath;
  const argv = haveTime ? ['-f', 'HEAPLENS_RSS_KB=%M CPU=%U+%S', process.execPath, ...args] : args;
  const t0 = performance.now();
  const p = spawnSync(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000;
  if (p.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${p.stderr}`);
  const m = /HEAPLENS_RSS_KB=(\d+) CPU=([\d.]+)\+([\d.]+)/.exec(p.stderr ?? '');
  return { seconds, cpu: m ? Number(m[2]) + Number(m[3]) : NaN, rssMB: m ? (Number(m[1]) * 1024) / 1e6 : NaN };
}

/** Runs a node script that prints numbers (seconds measured inside it). */
function inProcess(script: string, file: string): number[] {
  const out = execFileSync(process.execPath, ['-e', script, file], { cwd: repo, encoding: 'utf8' });
  return out.trim().split(/\s+/).map(Number);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function summary(runs: Run[]): { med: number; min: number; cpu: number; rss: number } {
  return {
    med: median(runs.map((r) => r.seconds)),
    min: Math.min(...runs.map((r) => r.seconds)),
    cpu: median(runs.map((r) => r.cpu)),
    rss: Math.max(...runs.map((r) => r.rssMB)),
  };
}

const gunzipScript = `require('zlib').gunzipSync(require('fs').readFileSync(process.argv[1]))`;
// prints: wall seconds, CPU seconds of the timed call
const timed = (setup: string, call: string): string =>
  `const fs=require('fs'),z=require('zlib');${setup};const t=performance.now(),c=process.cpuUsage();${call};const u=process.cpuUsage(c);console.log((performance.now()-t)/1000,(u.user+u.system)/1e6)`;
const gunzipInside = timed(`const d=fs.readFileSync(process.argv[1])`, `z.gunzipSync(d)`);
const pprofFormatInside = timed(`const {Profile}=require('pprof-format');const raw=z.gunzipSync(fs.readFileSync(process.argv[1]))`, `Profile.decode(raw)`);

const s = (x: number): string => `${x.toFixed(2)} s`;
const verdict = (ok: boolean): string => (ok ? 'meets target' : 'MISSES target');

/** `heaplens top` against the gunzip floor on one file: prints the figures, returns the ratio and top's times. */
function topAgainstFloor(label: string, file: string): { top: ReturnType<typeof summary>; gunzip: ReturnType<typeof summary>; rawMB: number } {
  const [rawBytes] = inProcess(`console.log(require('zlib').gunzipSync(require('fs').readFileSync(process.argv[1])).length)`, file);
  const rawMB = rawBytes / 1e6;
  console.log(
    `  ${label}: ${file} (${(fs.statSync(file).size / 1e6).toFixed(1)} MB gzip, ${rawMB.toFixed(1)} MB raw); ${RUNS} runs each, fresh processes, median (min)`,
  );
  // interleaved, so a burst of load elsewhere hits both
  const tops: Run[] = [],
    gunzips: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    tops.push(runNode([cli, 'top', file, '--json']));
    gunzips.push(runNode(['-e', gunzipScript, file]));
  }
  const top = summary(tops),
    gunzip = summary(gunzips);
  console.log(`  ${label}: heaplens top --json, end to end:   ${s(top.med)} (${s(top.min)}), CPU ${s(top.cpu)}, peak RSS ${top.rss.toFixed(0)} MB`);
  console.log(
    `  ${label}: gunzip floor (node reads + gunzips): ${s(gunzip.med)} (${s(gunzip.min)}), CPU ${s(gunzip.cpu)}, peak RSS ${gunzip.rss.toFixed(0)} MB`,
  );
  const r = top.med / gunzip.med,
    rc = top.cpu / gunzip.cpu;
  console.log(
    `  ${label}: top / gunzip floor: ${r.toFixed(2)}x wall, ${rc.toFixed(2)}x CPU (target <= 1.5x: ${verdict(r <= 1.5)} wall, ${verdict(rc <= 1.5)} CPU)`,
  );
  console.log(
    `  ${label}: per raw MB: top ${((top.med * 1000) / rawMB).toFixed(1)} ms/MB wall, ${((top.cpu * 1000) / rawMB).toFixed(1)} ms/MB CPU; floor ${((gunzip.med * 1000) / rawMB).toFixed(1)} ms/MB wall`,
  );
  return { top, gunzip, rawMB };
}

/** Prints the profile core's benchmark figures. */
export async function benchProfile(): Promise<void> {
  console.log('\npprof core (`heaplens top`)');
  if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build');
  ensureBigProfile();
  const big = topAgainstFloor('59 MB', bigProfile);
  console.log(`  59 MB: peak RSS ${big.top.rss.toFixed(0)} MB (target <= 250 MB: ${verdict(big.top.rss <= 250)})`);
  const small = topAgainstFloor('wide-200k', wide200k);

  const gunzipOnly = median(Array.from({ length: RUNS }, () => inProcess(gunzipInside, bigProfile)[0]));
  // one run: it takes about a minute and over a gigabyte
  const [pprofFormat, pprofFormatCpu] = inProcess(pprofFormatInside, bigProfile);
  console.log(
    `  59 MB: gunzipSync call alone ${s(gunzipOnly)}; pprof-format Profile.decode alone ${s(pprofFormat)}, CPU ${s(pprofFormatCpu)} (one run; inflated input, no gunzip or startup)`,
  );
  console.log(`  pprof-format decode / top: ${(pprofFormat / big.top.med).toFixed(1)}x wall, ${(pprofFormatCpu / big.top.cpu).toFixed(1)}x CPU`);
  console.log(`  wide-200k end to end: ${s(small.top.med)} wall, ${s(small.top.cpu)} CPU (target <= 0.3 s: ${verdict(small.top.med <= 0.3)})`);

  if (process.env.HEAPLENS_BENCH_HUGE !== '0') {
    ensureHugeProfile();
    const huge = topAgainstFloor('250 MB', hugeProfile);
    console.log(`  250 MB: peak RSS ${huge.top.rss.toFixed(0)} MB`);
    const per = (x: { top: { cpu: number }; rawMB: number }) => (x.top.cpu * 1000) / x.rawMB;
    console.log(
      `  top CPU per raw MB: ${small.rawMB.toFixed(0)} MB ${per(small).toFixed(2)}, ${big.rawMB.toFixed(0)} MB ${per(big).toFixed(2)}, ${huge.rawMB.toFixed(0)} MB ${per(huge).toFixed(2)} ms/MB (linear when these stay level; 250/59 MB: ${(per(huge) / per(big)).toFixed(2)}x)`,
    );
  }
  const load = os.loadavg()[0];
  console.log(`  (load average ${load.toFixed(1)} on ${os.cpus().length} CPUs: wall times stretch on a busy machine; CPU times less so)`);
}

if (require.main === module) {
  benchProfile().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
