// Profiles the suite writes itself with pprof-format: hostile function names, and a large profile.
import { Profile, StringTable } from 'pprof-format';
import * as zlib from 'zlib';

/** Names that would run script or inject markup if a webview ever treated them as HTML. */
export const hostileNames = [
  '<img src=x onerror="window.__heaplensXss=1">main.(*T).leak',
  '<script>window.__heaplensXss=2</script>main.parse',
  'main.<b>bold</b>Handler',
  '"><svg onload=window.__heaplensXss=3>main.alloc',
];

const heapSampleTypes = [['alloc_objects', 'count'], ['alloc_space', 'bytes'], ['inuse_objects', 'count'], ['inuse_space', 'bytes']];

/** A small heap profile whose stacks are main.main → each hostile name; values are known by construction. */
export function hostileProfile(): Buffer {
  const st = new StringTable();
  const fnNames = ['main.main', ...hostileNames];
  const functions = fnNames.map((n, i) => ({ id: i + 1, name: st.dedup(n), systemName: st.dedup(n), filename: st.dedup('xss/main.go'), startLine: 10 + i }));
  const locations = functions.map((f, i) => ({ id: i + 1, line: [{ functionId: f.id, line: 11 + i }] }));
  // Leaf i gets (i+1) MiB in use, so the order in a top table is fixed: the last name first.
  const samples = hostileNames.map((_, i) => ({ locationId: [i + 2, 1], value: [i + 1, (i + 1) << 20, i + 1, (i + 1) << 20] }));
  const p = new Profile({
    sampleType: heapSampleTypes.map(([t, u]) => ({ type: st.dedup(t), unit: st.dedup(u) })),
    periodType: { type: st.dedup('space'), unit: st.dedup('bytes') },
    period: 524288,
    function: functions,
    location: locations,
    sample: samples,
    stringTable: st,
  });
  return zlib.gzipSync(p.encode());
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
  const st = new StringTable();
  const nFunctions = 40_000;
  const functions = [];
  for (let i = 1; i <= nFunctions; i++) {
    const pkg = `example.com/svc/pkg${i % 97}`;
    const name = `${pkg}.(*Type${i % 311}).Method${i}`;
    functions.push({ id: i, name: st.dedup(name), systemName: st.dedup(name), filename: st.dedup(`${pkg}/file${i % 53}.go`), startLine: i % 900 + 1 });
  }
  const locations = functions.map((f) => ({ id: f.id, address: 0x400000 + f.id * 64, line: [{ functionId: f.id, line: Number(f.startLine) + 3 }] }));
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
    samples.push({ locationId: stack, value: [objs, size, objs * live, size * live] });
  }
  const p = new Profile({
    sampleType: heapSampleTypes.map(([t, u]) => ({ type: st.dedup(t), unit: st.dedup(u) })),
    periodType: { type: st.dedup('space'), unit: st.dedup('bytes') },
    period: 1,
    function: functions,
    location: locations,
    sample: samples,
    stringTable: st,
  });
  return zlib.gzipSync(p.encode(), { level: 6 });
}
