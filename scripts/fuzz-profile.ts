// Mutation fuzzing of the pprof decoder: `npm run fuzz` (or `tsx scripts/fuzz-profile.ts [ITERATIONS] [SEED]`).
// Every fixture is bit-flipped, truncated and spliced with the others, deterministically from a
// seed; each input must give a clean InputError or a model whose invariants hold (and that
// aggregates), never another exception.
import * as fs from 'fs';
import * as path from 'path';
import { gunzipSync, gzipSync } from 'zlib';
import { buildFrameTable, decodeProfile, modelSamples, openProfile, topTable } from '../src/profile';
import type { Profile } from '../src/profile';
import { InputError } from '../src/shared/errors';

/** What a fuzz run saw. */
export interface FuzzSummary {
  iterations: number;
  valid: number;
  inputErrors: number;
  /** Inputs that threw something other than an InputError, or broke an invariant. */
  failures: { iteration: number; mutation: string; error: string }[];
  slowestMs: number;
  errorKinds: Map<string, number>;
}

/** The fixture profiles the fuzzer mutates (gzip files, as found). */
export function fuzzCorpus(repoRoot: string): { name: string; gz: Uint8Array; raw: Uint8Array }[] {
  const dirs = [path.join(repoRoot, 'test/fixtures/profile'), path.join(repoRoot, 'test/fixtures/perf')];
  const out: { name: string; gz: Uint8Array; raw: Uint8Array }[] = [];
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort()) {
      if (!f.endsWith('.pb.gz')) continue;
      const gz = fs.readFileSync(path.join(dir, f));
      // the 7 MB perf profile would make each iteration slow; its first 64 KiB still exercise it
      const raw = gunzipSync(gz);
      out.push({ name: f, gz, raw: raw.length > 1 << 20 ? raw.subarray(0, 1 << 16) : raw });
    }
  }
  return out;
}

/** xorshift32: a small deterministic generator, so a seed replays a run exactly. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

/** Runs `iterations` mutations of the corpus from `seed`. */
export function runFuzz(corpus: { name: string; gz: Uint8Array; raw: Uint8Array }[], iterations: number, seed: number): FuzzSummary {
  const rand = rng(seed);
  const int = (n: number): number => Math.floor(rand() * n);
  const summary: FuzzSummary = { iterations, valid: 0, inputErrors: 0, failures: [], slowestMs: 0, errorKinds: new Map() };
  for (let it = 0; it < iterations; it++) {
    const src = corpus[int(corpus.length)];
    const base = Uint8Array.from(src.raw);
    let data: Uint8Array = base;
    let mutation: string;
    switch (int(6)) {
      case 0: {
        const flips = 1 + int(8);
        for (let i = 0; i < flips; i++) base[int(base.length)] ^= 1 << int(8);
        mutation = `${src.name}: ${flips} bit flips`;
        break;
      }
      case 1: {
        const at = int(base.length);
        data = base.subarray(0, at);
        mutation = `${src.name}: truncated at ${at}`;
        break;
      }
      case 2: {
        const other = corpus[int(corpus.length)].raw;
        const from = int(other.length);
        const piece = other.subarray(from, from + 1 + int(256));
        const at = int(base.length);
        const cut = int(64);
        data = concat(base.subarray(0, at), piece, base.subarray(Math.min(base.length, at + cut)));
        mutation = `${src.name}: spliced ${piece.length} bytes at ${at} over ${cut}`;
        break;
      }
      case 3: {
        const at = int(base.length);
        const run = 1 + int(12);
        base.fill(rand() < 0.5 ? 0xff : 0x80, at, at + run);
        mutation = `${src.name}: ${run} bytes of varint continuation at ${at}`;
        break;
      }
      case 4: {
        // mutate, then gzip, so the gzip path sees bad protobuf
        base[int(base.length)] = int(256);
        data = gzipSync(base, { level: 1 });
        mutation = `${src.name}: byte set, gzipped`;
        break;
      }
      default: {
        const gz = Uint8Array.from(src.gz);
        const at = int(gz.length);
        if (rand() < 0.5) gz[at] ^= 1 << int(8);
        data = rand() < 0.5 ? gz : gz.subarray(0, at);
        mutation = `${src.name}: gzip bytes damaged at ${at}`;
      }
    }
    const t0 = performance.now();
    try {
      const profile = decodeProfile(data, { maxInflatedBytes: 64 << 20 });
      checkModel(profile);
      checkScanAgrees(data, profile);
      summary.valid++;
    } catch (thrown) {
      // the path `heaplens top` takes must refuse the same inputs, just as cleanly
      let err = thrown;
      if (err instanceof InputError) {
        try {
          const scan = openProfile(data, { maxInflatedBytes: 64 << 20 });
          scan.forEachBlock(() => {});
          err = new Error(`the scan path accepted an input decodeProfile refused (${err.message})`);
        } catch (scanErr) {
          if (!(scanErr instanceof InputError)) err = scanErr;
        }
      }
      if (err instanceof InputError && !/\n/.test(err.message)) {
        summary.inputErrors++;
        const kind = err.message
          .replace(/\d+/g, 'N')
          .replace(/'[^']*'/g, "'…'")
          .slice(0, 70);
        summary.errorKinds.set(kind, (summary.errorKinds.get(kind) ?? 0) + 1);
      } else {
        summary.failures.push({ iteration: it, mutation, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
      }
    }
    summary.slowestMs = Math.max(summary.slowestMs, performance.now() - t0);
  }
  return summary;
}

/** Throws (a plain Error, so it counts as a failure) when a decoded model breaks an invariant. */
function checkModel(p: Profile): void {
  const fail = (what: string): never => {
    throw new Error(`invalid model: ${what}`);
  };
  if (p.strings[0] !== '') fail('strings[0]');
  if (p.sampleLocationStart.length !== p.sampleCount + 1) fail('sampleLocationStart length');
  if (p.sampleValues.length !== p.sampleCount * p.sampleTypes.length) fail('sampleValues length');
  for (let s = 0; s < p.sampleCount; s++) if (p.sampleLocationStart[s] > p.sampleLocationStart[s + 1]) fail('sample offsets');
  if (p.sampleLocationStart[p.sampleCount] !== p.sampleLocations.length) fail('sampleLocations length');
  for (const l of p.sampleLocations) if (l >= p.locationCount) fail('location index');
  for (const f of p.lineFunction) if (f >= p.functionCount) fail('function index');
  for (const m of p.locationMapping) if (m >= p.mappings.length) fail('mapping index');
  for (const a of [p.functionName, p.functionSystemName, p.functionFilename, p.labelKey, p.labelStr, p.labelNumUnit]) {
    for (const i of a) if (i < 0 || i >= p.strings.length) fail('string index');
  }
  if (p.sampleLabelStart[p.sampleCount] !== p.labelKey.length) fail('label offsets');
  for (let t = 0; t < p.sampleTypes.length; t++) {
    for (const g of ['functions', 'lines'] as const) {
      const top = topTable(modelSamples(p), t, buildFrameTable(p, g));
      for (let i = 0; i < top.keys.length; i++) if (!Number.isFinite(top.flat[i]) || !Number.isFinite(top.cum[i])) fail('row values');
    }
  }
}

/** The scan path (`heaplens top`) gives the model path's top table on a valid input. */
function checkScanAgrees(data: Uint8Array, p: Profile): void {
  if (p.sampleTypes.length === 0) return;
  const table = buildFrameTable(p, 'functions');
  const a = topTable(modelSamples(p), 0, table);
  const b = topTable(openProfile(data, { maxInflatedBytes: 64 << 20 }), 0, table);
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error('invalid model: the scan path disagrees with the model path');
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function main(): void {
  const iterations = Number(process.argv[2] ?? 20000);
  const seed = Number(process.argv[3] ?? 20261123);
  const corpus = fuzzCorpus(path.resolve(__dirname, '..'));
  const t0 = performance.now();
  const s = runFuzz(corpus, iterations, seed);
  console.log(`fuzz-profile: ${s.iterations} iterations (seed ${seed}) over ${corpus.length} fixtures in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`  valid models: ${s.valid}, clean InputErrors: ${s.inputErrors}, failures: ${s.failures.length}, slowest input: ${s.slowestMs.toFixed(0)} ms`);
  for (const [kind, n] of [...s.errorKinds].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${String(n).padStart(6)}  ${kind}`);
  for (const f of s.failures.slice(0, 20)) console.log(`  FAIL #${f.iteration} ${f.mutation}: ${f.error}`);
  process.exitCode = s.failures.length === 0 ? 0 : 1;
}

if (require.main === module) main();
