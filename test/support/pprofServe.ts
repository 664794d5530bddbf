// The project's own live Go program for capture tests: test/fixtures/programs/pprofserve built
// offline with a real toolchain (scripts/get-go.sh), serving net/http/pprof on 127.0.0.1 while
// its map grows in steps. One binary per Go version per machine, in the temp folder.
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fixture } from './fixtures';
import { goBinary } from './realGo';

/** A running pprofserve: its base URL (http://127.0.0.1:PORT) and how to stop it. */
export interface PprofServe {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** The built program for Go `version` (built on first use, offline: net/http/pprof is stdlib). */
export function pprofServeBinary(version = '1.26'): string {
  const src = fixture('programs', 'pprofserve', 'main.go');
  const stamp = fs.statSync(src).mtimeMs.toFixed(0);
  const dir = path.join(os.tmpdir(), `heaplens-pprofserve-go${version}-${stamp}`);
  const bin = path.join(dir, 'pprofserve');
  if (fs.existsSync(bin)) return bin;
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(src, path.join(dir, 'main.go'));
  fs.writeFileSync(path.join(dir, 'go.mod'), 'module example.com/pprofserve\n\ngo 1.21\n');
  const env = { ...process.env, GOTOOLCHAIN: 'local', GOPROXY: 'off', GOFLAGS: '-mod=mod', GOCACHE: path.join(os.tmpdir(), 'heaplens-gocache') };
  const r = spawnSync(goBinary(version), ['build', '-o', `${bin}.tmp`, '.'], { cwd: dir, env, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`building pprofserve with Go ${version} failed: ${(r.stderr || r.error?.message || '').trim().split('\n')[0]}`);
  fs.renameSync(`${bin}.tmp`, bin);
  return bin;
}

/** Starts pprofserve with `args` (e.g. ['-step', '100ms']) and resolves once it listens. */
export function startPprofServe(args: string[] = [], version = '1.26'): Promise<PprofServe> {
  const bin = pprofServeBinary(version);
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`pprofserve did not start within 20 s: ${err.trim()}`));
    }, 20_000);
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const line = /^(http:\/\/\S+)\n/.exec(out);
      if (line) {
        clearTimeout(timer);
        resolve({ url: line[1], process: child, stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`pprofserve exited with ${code} before listening: ${err.trim()}`));
    });
  });
}
