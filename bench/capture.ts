// Capture figures: a watch's capture of a large heap profile (fetch, save, summary in the decode
// worker) against a plain http.get download of the same bytes in the same run, and the extension
// host's longest event-loop stall meanwhile (CONTRIBUTING: work over 50 ms runs off its thread).
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { summarizeCapture, Watch, type Series } from '../src/capture';
import { WorkerClient } from '../src/workers/decodeClient';
import { bigProfile, ensureBigProfile } from './profile';

const root = path.resolve(__dirname, '..');
const RUNS = 3;

/** Serves `file` from a child process (so serving costs this thread nothing); resolves to its URL and a stopper. */
function serve(file: string): Promise<{ url: string; stop(): void }> {
  const code = `const b=require('fs').readFileSync(process.argv[1]);const s=require('http').createServer((q,r)=>r.end(b)).listen(0,'127.0.0.1',()=>console.log(s.address().port));`;
  const child = spawn(process.execPath, ['-e', code, file], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => {
    child.stdout.once('data', (c: Buffer) => resolve({ url: `http://127.0.0.1:${c.toString().trim()}/debug/pprof/heap`, stop: () => child.kill() }));
  });
}

function download(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (res) => {
        let n = 0;
        res.on('data', (c: Buffer) => (n += c.length));
        res.on('end', () => resolve(n));
      })
      .on('error', reject);
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Watches a 5 ms timer while `work` runs: the longest gap past its period (this thread's longest block). */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now(),
    worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 5);
    last = now;
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return worst;
}

/** Prints the capture figures for the 1.5M-sample profile. */
export async function benchCapture(): Promise<void> {
  ensureBigProfile();
  const server = await serve(bigProfile);
  const client = new WorkerClient(path.join(root, 'dist'));
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'heaplens-bench-capture-'));
  try {
    const plain: number[] = [];
    const captures: number[] = [];
    let worst = 0;
    let idle = 0;
    for (let i = 0; i < RUNS; i++) {
      let t0 = performance.now();
      await download(server.url);
      plain.push(performance.now() - t0);

      const series: Series = { version: 1, id: 'bench', url: server.url, intervalSeconds: 1, folder, started: Date.now(), points: [] };
      const watch = new Watch(series, { summarize: (f, s) => summarizeCapture(client, f, s), onChange: () => undefined });
      t0 = performance.now();
      let p: Awaited<ReturnType<Watch['captureOnce']>>;
      worst = Math.max(worst, await longestStall(async () => (p = await watch.captureOnce())));
      const took = performance.now() - t0;
      captures.push(took);
      if (!p?.summary) throw new Error(`the bench capture failed: ${p?.gap}`);
      // The reference: the same timer over as long with nothing to do (a busy machine stalls it too).
      idle = Math.max(idle, await longestStall(() => new Promise((r) => setTimeout(r, took))));
    }
    const mb = (fs.statSync(bigProfile).size / 1e6).toFixed(1);
    console.log(
      `capture ${path.basename(bigProfile)} (${mb} MB): plain http.get ${median(plain).toFixed(0)} ms; watch capture (fetch, save, summary in the decode worker) ${median(captures).toFixed(0)} ms, ${(median(captures) / median(plain)).toFixed(1)}× the download; longest host event-loop stall ${worst.toFixed(1)} ms, idle reference ${idle.toFixed(1)} ms (target: under 50 ms beyond the reference)`,
    );
  } finally {
    client.dispose();
    server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

if (require.main === module) void benchCapture();
