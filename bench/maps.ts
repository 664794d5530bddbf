// `heaplens maps` on the 1.5M-sample Go profile (59 MB raw) against `heaplens top` on it, both
// end to end in fresh processes, measured in the same run (target: maps <= 2x top). Three times:
// with no source beside the profile (the sites are dropped before any label is read), with the
// generator's own source (parsed, every leaf line read), and with that source's allocating lines
// turned into map inserts, so that every sample is a candidate and its labels are decoded and
// sized (the slowest path; the sizes then match no map structure).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { benchDir, bigProfile, ensureBigProfile } from './profile';

const repo = path.resolve(__dirname, '..');
const cli = path.join(repo, 'dist/cli.js');
const RUNS = 3;

/** Median wall and CPU seconds of `node cli args…` in fresh processes, stdout discarded. */
function measure(args: string[]): { wall: number; cpu: number } {
  const runs = Array.from({ length: RUNS }, () => {
    const t0 = performance.now();
    const p = spawnSync('/usr/bin/time', ['-f', 'CPU=%U+%S', process.execPath, cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const wall = (performance.now() - t0) / 1000;
    if (p.status !== 0) throw new Error(`heaplens ${args.join(' ')} failed: ${p.stderr}`);
    const m = /CPU=([\d.]+)\+([\d.]+)/.exec(p.stderr ?? '');
    return { wall, cpu: m ? Number(m[1]) + Number(m[2]) : NaN };
  });
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  return { wall: med(runs.map((r) => r.wall)), cpu: med(runs.map((r) => r.cpu)) };
}

/** Prints the maps figures. */
export async function benchMaps(): Promise<void> {
  console.log('\nmap sites (`heaplens maps`)');
  if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build');
  ensureBigProfile();
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'heaplens-maps-bench-'));
  const source = path.join(benchDir, 'wide');
  try {
    const top = measure(['top', bigProfile, '--json']);
    const bare = measure(['maps', bigProfile, '--json', '--source', empty]);
    const withSource = measure(['maps', bigProfile, '--json', '--source', source]);
    const asMaps = path.join(empty, 'wide');
    fs.mkdirSync(asMaps);
    const text = fs.readFileSync(path.join(source, 'main.go'), 'utf8');
    // same lines, each `sink = append(sink, make([]byte, size))` now an insert into a map
    const inserts = text
      .replace(/^var sink \[\]\[\]byte$/m, 'var sink map[int][]byte')
      .replace(/sink = append\(sink, make\(\[\]byte, size\)\)/g, 'sink[size] = nil')
      .replace(/sink = sink\[:0\]/g, 'clear(sink)');
    fs.writeFileSync(path.join(asMaps, 'main.go'), inserts);
    const allCandidates = measure(['maps', bigProfile, '--json', '--source', asMaps]);
    const s = (x: number) => `${x.toFixed(2)} s`;
    console.log(`  profile: ${bigProfile}; ${RUNS} fresh processes each, median`);
    console.log(`  heaplens top --json:                  ${s(top.wall)} wall, ${s(top.cpu)} CPU`);
    console.log(`  heaplens maps --json, no source:      ${s(bare.wall)} wall, ${s(bare.cpu)} CPU`);
    console.log(`  heaplens maps --json, with source:    ${s(withSource.wall)} wall, ${s(withSource.cpu)} CPU`);
    console.log(`  heaplens maps --json, all candidates: ${s(allCandidates.wall)} wall, ${s(allCandidates.cpu)} CPU`);
    const worst = Math.max(bare.wall, withSource.wall, allCandidates.wall) / top.wall;
    const worstCpu = Math.max(bare.cpu, withSource.cpu, allCandidates.cpu) / top.cpu;
    console.log(
      `  maps / top (slowest of the three):     ${worst.toFixed(2)}x wall, ${worstCpu.toFixed(2)}x CPU (target <= 2x: ${worst <= 2 ? 'meets target' : 'MISSES target'})`,
    );
  } finally {
    fs.rmSync(empty, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchMaps().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
