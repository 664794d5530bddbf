// Profiles the suite writes itself with pprof-format: hostile function names, and a large profile.
import { buildProfile, heapSampleTypes, type BuiltFunction } from '../support/profileBuilder';

/** Names that would run script or inject markup if a webview ever treated them as HTML. */
export const hostileNames = [
  '<img src=x onerror="window.__heaplensXss=1">main.(*T).leak',
  '<script>window.__heaplensXss=2</script>main.parse',
  'main.<b>bold</b>Handler',
  '"><svg onload=window.__heaplensXss=3>main.alloc',
];

/** A small heap profile whose stacks are main.main → each hostile name; values are known by construction. */
export function hostileProfile(): Buffer {
  const functions = ['main.main', ...hostileNames].map((name, i) => ({ name, file: 'xss/main.go', startLine: 10 + i, line: 11 + i }));
  // Leaf i gets (i+1) MiB in use, so the order in a top table is fixed: the last name first.
  const samples = hostileNames.map((_, i) => ({ stack: [i + 2, 1], value: [i + 1, (i + 1) << 20, i + 1, (i + 1) << 20] }));
  return buildProfile({ sampleTypes: heapSampleTypes, functions, samples });
}

/** Deterministic 32-bit PRNG (mulberry32), so the large profile is the same on every machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A heap profile of about `targetMB` megabytes gzip-compressed: many distinct deep stacks over
 * tens of thousands of functions, like a long-running service's profile with MemProfileRate 1.
 */
export function largeProfile(targetMB: number): Buffer {
  const rand = rng(0x5eed);
  const nFunctions = 40_000;
  const functions: BuiltFunction[] = [];
  for (let i = 1; i <= nFunctions; i++) {
    const pkg = `example.com/svc/pkg${i % 97}`;
    const startLine = (i % 900) + 1;
    functions.push({
      name: `${pkg}.(*Type${i % 311}).Method${i}`,
      file: `${pkg}/file${i % 53}.go`,
      startLine,
      line: startLine + 3,
      address: 0x400000 + i * 64,
    });
  }
  // About 55 bytes of gzip per sample (random ids and values barely compress).
  const nSamples = Math.round((targetMB * 1e6) / 55);
  const samples = [];
  for (let s = 0; s < nSamples; s++) {
    const depth = 8 + Math.floor(rand() * 24);
    const stack: number[] = [];
    for (let d = 0; d < depth; d++) stack.push(1 + Math.floor(rand() * nFunctions));
    const objs = 1 + Math.floor(rand() * 1000);
    const size = objs * (16 << Math.floor(rand() * 8));
    const live = rand() < 0.3 ? 1 : 0;
    samples.push({ stack, value: [objs, size, objs * live, size * live] });
  }
  return buildProfile({ sampleTypes: heapSampleTypes, period: 1, functions, samples }, 6);
}
