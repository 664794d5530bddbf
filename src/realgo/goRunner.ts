// Builds and runs the measurement program with the user's Go toolchain: no network, a timeout,
// a temporary folder of our own. Pure Node (no vscode) so mocha runs it against real Go.
import { execFile } from 'child_process';
import * as fs from 'fs/promises';
import * as os from 'os';
import * as path from 'path';
import { InputError } from '../shared/errors';
import type { ExperimentParams, ExperimentStep } from '../shared/protocol/experimentView';
import { measurementProgram } from './goProgram';

/** An experiment's parameters (the Go version is the toolchain's) and how to run it. */
export interface RealRunRequest extends Omit<ExperimentParams, 'go'> {
  /** The go binary to use. */
  goBinary: string;
  /** Runs of the program (default 5); figures are per-step medians: the runtime adds noise, and
   *  Swiss maps hash with a random seed, so a table may grow or split in one run and not the next. */
  repeats?: number;
  /** Limit for the build and for each run, in milliseconds. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Build with GOEXPERIMENT=noswissmap (Go 1.24 and 1.25 only): the classic map. */
  noSwissMap?: boolean;
}

export interface RealRunResult {
  /** runtime.Version() of the program, e.g. "go1.26.10". */
  goRuntime: string;
  /** Major.minor, e.g. "1.26", or the build ("1.24-noswissmap") with noSwissMap. */
  go: string;
  /** Distinct keys the map held after fill: fewer than N when the key type has fewer values. */
  entries: number;
  steps: ExperimentStep[];
}

interface Exec {
  stdout: string;
  stderr: string;
}

// No downloads of toolchains or modules, no cgo, no user workspace files influencing the build.
function goEnv(tmpDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GOTOOLCHAIN: 'local',
    GOPROXY: 'off',
    GOFLAGS: '-mod=mod',
    GOWORK: 'off',
    GO111MODULE: 'on',
    CGO_ENABLED: '0',
    GOENV: 'off',
    GOTELEMETRY: 'off',
    TMPDIR: tmpDir,
  };
}

function run(
  file: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; signal?: AbortSignal; what: string },
): Promise<Exec> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      { cwd: opts.cwd, env: opts.env, timeout: opts.timeoutMs, signal: opts.signal, maxBuffer: 1 << 24, encoding: 'utf8' },
      (err, stdout, stderr) => {
        if (!err) return resolve({ stdout, stderr });
        const e = err as NodeJS.ErrnoException & { killed?: boolean; signal?: string };
        if (e.name === 'AbortError') return reject(new InputError(`${opts.what}: cancelled`));
        if (e.code === 'ENOENT') return reject(new InputError(`${opts.what}: '${file}' was not found`));
        if (e.killed || e.signal === 'SIGTERM') return reject(new InputError(`${opts.what}: no result within ${Math.round(opts.timeoutMs / 1000)} s`));
        const firstLine =
          String(stderr)
            .split('\n')
            .map((l) => l.trim())
            .find((l) => l && !l.startsWith('#')) ?? e.message;
        reject(new InputError(`${opts.what} failed: ${firstLine}`));
      },
    );
  });
}

/** Major.minor of the toolchain at goBinary, from `go env GOVERSION` (e.g. "1.19"). */
export async function goToolchainVersion(goBinary: string, signal?: AbortSignal): Promise<string> {
  const { stdout } = await run(goBinary, ['env', 'GOVERSION'], { cwd: os.tmpdir(), env: goEnv(os.tmpdir()), timeoutMs: 30_000, signal, what: 'go env' });
  const m = /go1\.(\d+)/.exec(stdout);
  if (!m) throw new InputError(`'${goBinary}' did not report a Go 1.x version (got '${stdout.trim()}')`);
  return `1.${m[1]}`;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Per-step medians over several runs of the same program. */
export function medianSteps(runs: ExperimentStep[][]): ExperimentStep[] {
  return runs[0].map((first, i) => ({
    step: first.step,
    live_bytes: median(runs.map((r) => r[i].live_bytes)),
    alloc_bytes: median(runs.map((r) => r[i].alloc_bytes)),
    alloc_objects: median(runs.map((r) => r[i].alloc_objects)),
  }));
}

function parseOutput(stdout: string): { go: string; entries: number; steps: ExperimentStep[] } {
  try {
    const r = JSON.parse(stdout.trim()) as { go: string; entries: number; steps: ExperimentStep[] };
    if (!Array.isArray(r.steps)) throw new Error('no steps');
    return r;
  } catch {
    throw new InputError(`the measurement program printed no result (got '${stdout.trim().slice(0, 80)}')`);
  }
}

/** Writes, builds and runs the measurement program; removes its folder afterwards. */
export async function runOnRealGo(req: RealRunRequest): Promise<RealRunResult> {
  const timeoutMs = req.timeoutMs ?? 120_000;
  const repeats = req.repeats ?? 5;
  const toolchain = await goToolchainVersion(req.goBinary, req.signal);
  const go = req.noSwissMap ? `${toolchain}-noswissmap` : toolchain;
  if (req.noSwissMap && !['1.24', '1.25'].includes(toolchain)) {
    throw new InputError(`GOEXPERIMENT=noswissmap needs Go 1.24 or 1.25; ${req.goBinary} is Go ${toolchain}`);
  }
  const program = measurementProgram({ type: req.type, scenario: req.scenario, goVersion: toolchain });
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'heaplens-measure-'));
  try {
    // Go ignores a go.mod that sits in its own temp folder, so the module and TMPDIR are siblings.
    const dir = path.join(root, 'module');
    const tmp = path.join(root, 'tmp');
    await fs.mkdir(dir);
    await fs.mkdir(tmp);
    await fs.writeFile(path.join(dir, 'go.mod'), program.goMod);
    await fs.writeFile(path.join(dir, 'main.go'), program.mainGo);
    const env = { ...goEnv(tmp), ...(req.noSwissMap ? { GOEXPERIMENT: 'noswissmap' } : {}) };
    const exe = path.join(dir, 'measure');
    await run(req.goBinary, ['build', '-o', exe, '.'], {
      cwd: dir,
      env,
      timeoutMs,
      signal: req.signal,
      what: `building the measurement program for ${req.type}`,
    });
    const runs: ExperimentStep[][] = [];
    let goRuntime = '';
    let entries = 0;
    for (let i = 0; i < repeats; i++) {
      const out = await run(exe, [String(req.n), String(req.hint), req.scenario], {
        cwd: dir,
        env,
        timeoutMs,
        signal: req.signal,
        what: 'the measurement program',
      });
      const parsed = parseOutput(out.stdout);
      goRuntime = parsed.go;
      entries = parsed.entries;
      runs.push(parsed.steps);
    }
    return { goRuntime, go, entries, steps: medianSteps(runs) };
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}
