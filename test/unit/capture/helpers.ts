// Shared by the capture tests: the built CLI run asynchronously (the tests' own HTTP servers live
// in this process, so a synchronous spawn would starve them), small local servers, and a
// recording proxy that fetches with node's plain http.get and keeps exactly what it received.
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { goBinary } from '../../support/realGo';

export const cli = path.resolve(__dirname, '../../../dist/cli.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** `node dist/cli.js ARGS` in `cwd`, without blocking this process's event loop. */
export function heaplens(args: string[], cwd: string): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [cli, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    p.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    p.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
  });
}

/** A fresh empty folder. */
export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'heaplens-capture-'));
}

/** A local server on 127.0.0.1 answering with `handler`; resolves to its base URL and a closer. */
export async function localServer(handler: http.RequestListener): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** What the proxy's plain client got for one request. */
export interface Recorded {
  path: string;
  status: number;
  body: Buffer;
}

/** A proxy in front of `target`: each request is fetched with http.get, recorded, and passed on unchanged. */
export async function recordingProxy(target: string): Promise<{ url: string; host: string; seen: Recorded[]; close(): Promise<void> }> {
  const seen: Recorded[] = [];
  const s = await localServer((req, res) => {
    http.get(target + req.url, (up) => {
      const chunks: Buffer[] = [];
      up.on('data', (c: Buffer) => chunks.push(c));
      up.on('end', () => {
        const body = Buffer.concat(chunks);
        seen.push({ path: req.url ?? '', status: up.statusCode ?? 0, body });
        res.writeHead(up.statusCode ?? 502, up.headers);
        res.end(body);
      });
    });
  });
  return { ...s, host: s.url.replace(/^http:\/\//, ''), seen };
}

/** The files in `dir`. */
export function filesIn(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

/** `go tool pprof ARGS` with the test toolchain: exit code and output. */
export function pprof(args: string[]): { code: number | null; out: string } {
  const r = spawnSync(goBinary('1.26'), ['tool', 'pprof', ...args], { encoding: 'utf8', env: { ...process.env, GOTOOLCHAIN: 'local' }, maxBuffer: 1 << 26 });
  return { code: r.status, out: (r.stdout ?? '') + (r.stderr ?? '') };
}

/** pprof's total for one sample type, from `-top -unit=B`'s "… of N B total" header line. */
export function pprofTotal(file: string, sampleIndex: string): number {
  const r = pprof(['-top', '-nodecount=1', `-sample_index=${sampleIndex}`, '-unit=B', file]);
  const m = / of (\d+)B total/.exec(r.out) ?? / of (\d+) B total/.exec(r.out);
  if (r.code !== 0 || !m) throw new Error(`go tool pprof gave no total for ${file}: ${r.out.slice(0, 300)}`);
  return Number(m[1]);
}

/** One stderr line `heaplens: URL: …`, exit 1, nothing on stdout. */
export function failedOneLine(r: Run, url: string): string {
  if (r.code !== 1) throw new Error(`exit ${r.code}, stderr ${r.stderr}`);
  if (r.stdout !== '') throw new Error(`stdout not empty: ${r.stdout}`);
  if (!/^heaplens: [^\n]*\n$/.test(r.stderr)) throw new Error(`not one heaplens: line: ${JSON.stringify(r.stderr)}`);
  if (!r.stderr.includes(url)) throw new Error(`the line does not name ${url}: ${r.stderr}`);
  return r.stderr;
}
