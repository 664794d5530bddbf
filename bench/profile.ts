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
const RUNS = 3;

/** Builds the gen-wide.py program (D=20) with Go 1.19 and runs it for 1,500,000 allocations. */
export function ensureBigProfile(): void {
  if (fs.existsSync(bigProfile)) return;
  const go119 = goBinary('1.19');
  console.log(`  generating ${bigProfile} (gen-wide.py D=20, 1,500,000 allocations, Go 1.19 -trimpath)…`);
  const work = path.join(benchDir, 'wide');
  fs.mkdirSync(work, { recursive: true });
  fs.writeFileSync(path.join(work, 'main.go'), execFileSync('python3', [fixture('programs', 'gen-wide.py'), '20']));
  fs.writeFileSync(path.join(work, 'go.mod'), 'module wide\n\ngo 1.19\n');
  const env = { ...process.env, GOROOT: path.dirname(path.dirname(go119)), GOFLAGS: '-mod=mod', GOCACHE: path.join(benchDir, 'gocache') };
  execFileSync(go119, ['build', '-trimpath', '-o', 'wide', '.'], { cwd: work, env, stdio: 'inherit' });
  execFileSync(path.join(work, 'wide'), ['1500000', bigProfile], { cwd: work, stdio: 'inherit' });
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
  return { seconds, cpu: m ? Number(m[2]) + Number(m[3]) : NaN, rssMB: m ? Number(m[1]) / 1024 : NaN };
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

function repeat(f: () => Run): { med: number; min: number; cpu: number; rss: number } {
  const runs = Array.from({ length: RUNS }, f);
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

/** Prints the profile core's benchmark figures. */
export async function benchProfile(): Promise<void> {
  console.log('\npprof core (`heaplens top`)');
  if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build');
  ensureBigProfile();
  const [rawBytes] = inProcess(`console.log(require('zlib').gunzipSync(require('fs').readFileSync(process.argv[1])).length)`, bigProfile);
  console.log(
    `  profile: ${bigProfile} (${(fs.statSync(bigProfile).size / 1e6).toFixed(1)} MB gzip, ${(rawBytes / 1e6).toFixed(1)} MB raw); ${RUNS} runs each, fresh processes, median (min)`,
  );

  const top = repeat(() => runNode([cli, 'top', bigProfile, '--json']));
  const gunzip = repeat(() => runNode(['-e', gunzipScript, bigProfile]));
  const gunzipOnly = median(Array.from({ length: RUNS }, () => inProcess(gunzipInside, bigProfile)[0]));
  // one run: it takes about a minute and over a gigabyte
  const [pprofFormat, pprofFormatCpu] = inProcess(pprofFormatInside, bigProfile);
  const small = repeat(() => runNode([cli, 'top', wide200k, '--json']));

  console.log(`  heaplens top --json, end to end:      ${s(top.med)} (${s(top.min)}), CPU ${s(top.cpu)}, peak RSS ${top.rss.toFixed(0)} MB`);
  console.log(`  node gunzip, end to end (node -e):    ${s(gunzip.med)} (${s(gunzip.min)}), CPU ${s(gunzip.cpu)}; gunzipSync call alone ${s(gunzipOnly)}`);
  console.log(`  pprof-format Profile.decode alone:    ${s(pprofFormat)}, CPU ${s(pprofFormatCpu)} (one run; inflated input, no gunzip or startup)`);
  console.log(`  heaplens top wide-200k, end to end:   ${s(small.med)} (${s(small.min)}), CPU ${s(small.cpu)}, peak RSS ${small.rss.toFixed(0)} MB`);
  const load = os.loadavg()[0];
  console.log(`  (load average ${load.toFixed(1)} on ${os.cpus().length} CPUs: wall times stretch on a busy machine; CPU times less so)`);
  const r1 = top.med / gunzip.med,
    r1c = top.cpu / gunzip.cpu;
  const r2 = pprofFormat / top.med,
    r2c = pprofFormatCpu / top.cpu;
  console.log(`  top / gunzip:                         ${r1.toFixed(2)}x wall, ${r1c.toFixed(2)}x CPU  (target <= 2.5x: ${verdict(r1 <= 2.5)})`);
  console.log(`  pprof-format decode / top:            ${r2.toFixed(1)}x wall, ${r2c.toFixed(1)}x CPU faster (target >= 5x: ${verdict(r2 >= 5)})`);
  console.log(`  peak RSS:                             ${top.rss.toFixed(0)} MB (target <= 700 MB: ${verdict(top.rss <= 700)})`);
  console.log(`  wide-200k end to end:                 ${s(small.med)} wall, ${s(small.cpu)} CPU (target <= 0.3 s: ${verdict(small.med <= 0.3)})`);
}

if (require.main === module) {
  benchProfile().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
