// Callers and callees as trees: every expanded level against the profile as pprof-format (the
// reference decoder) reads it. A path's next frames are counted here straight from each sample's
// function names, as `go tool pprof -traces` lists them, independently of the viewer's stacks.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { Profile } from 'pprof-format';
import { ProfileSession } from '../../../src/profile';
import { loadSource, profileFixtures } from './goldens';

/** Each sample's function names, root first (inlined frames expanded), and its value of `sampleType`. */
function traces(file: string, sampleType: string): { names: string[]; value: number }[] {
  const p = Profile.decode(zlib.gunzipSync(fs.readFileSync(file)));
  const str = (i: number | bigint) => p.stringTable.strings[Number(i)];
  const fnName = new Map(p.function.map((f) => [Number(f.id), str(f.name)]));
  const locNames = new Map(p.location.map((l) => [Number(l.id), l.line.map((ln) => fnName.get(Number(ln.functionId)) ?? '')]));
  const vi = p.sampleType.findIndex((t) => str(t.type) === sampleType);
  // A location lists its innermost (inlined) function first; a sample lists its leaf location first.
  return p.sample.map((s) => ({ names: s.locationId.flatMap((id) => locNames.get(Number(id)) ?? []).reverse(), value: Number(s.value[vi]) }));
}

/** The frames one step beyond `path` (function first, outwards), value once per sample. */
function nextFrames(ts: { names: string[]; value: number }[], pathNames: string[], direction: 'callers' | 'callees'): Map<string, number> {
  const out = new Map<string, number>();
  const step = direction === 'callers' ? -1 : 1;
  for (const t of ts) {
    const seen = new Set<string>();
    t.names.forEach((n, i) => {
      if (n !== pathNames[0]) return;
      if (!pathNames.every((p, j) => t.names[i + step * j] === p)) return;
      const next = t.names[i + step * pathNames.length];
      if (next === undefined || seen.has(next) || t.value === 0) return;
      seen.add(next);
      out.set(next, (out.get(next) ?? 0) + t.value);
    });
  }
  return out;
}

function level(s: ProfileSession, keys: number[], direction: 'callers' | 'callees'): Map<string, number> {
  return new Map(s.sandwichLevel(keys, direction).map((r) => [r.name, r.value]));
}

/** Expands every row of the callers and callees trees of `fn` down to `depth` levels, comparing each. */
function checkTrees(profile: string, sampleType: string, fn: string, depth: number): number {
  const file = path.join(profileFixtures, profile + '.pb.gz');
  const src = loadSource(file);
  const s = new ProfileSession(profile, src, {
    sampleIndex: src.sampleTypes.findIndex((t) => t.type === sampleType),
    granularity: 'functions',
    filters: { focus: '', ignore: '', hide: '' },
  });
  const top = s.top();
  const keyOf = new Map(top.names.map((n, i) => [n, top.keys[i]]));
  const ts = traces(file, sampleType);
  let compared = 0;
  for (const direction of ['callers', 'callees'] as const) {
    const walk = (names: string[]) => {
      const want = nextFrames(ts, names, direction);
      const got = level(
        s,
        names.map((n) => keyOf.get(n)!),
        direction,
      );
      assert.deepStrictEqual(got, want, `${direction} beyond ${names.join(' ← ')}`);
      compared++;
      if (names.length < depth) for (const n of want.keys()) walk([...names, n]);
    };
    walk([fn]);
  }
  return compared;
}

describe('viewer: callers and callees trees, every level', () => {
  it('jsonwork-go1.19 alloc_space, encoding/json.(*decodeState).object, 4 levels each way', () => {
    assert.ok(checkTrees('jsonwork-go1.19', 'alloc_space', 'encoding/json.(*decodeState).object', 4) > 10);
  });
  it('jsonwork-go1.19 inuse_space, main.main, 3 levels each way', () => {
    assert.ok(checkTrees('jsonwork-go1.19', 'inuse_space', 'main.main', 3) >= 3);
  });
  it('cpu-go1.26 cpu, runtime.main, 3 levels each way', () => {
    assert.ok(checkTrees('cpu-go1.26', 'cpu', 'runtime.main', 3) >= 3);
  });
  it('a key outside the profile gets no answer', () => {
    const s = new ProfileSession('x', loadSource(path.join(profileFixtures, 'mapclear-go1.26.pb.gz')));
    assert.deepStrictEqual(s.sandwichLevel([1e9], 'callers'), []);
  });
});
