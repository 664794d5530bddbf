// The sweeping call tree (src/profile/callTree.ts) against the lazy per-node build it replaced
// (test/support/lazyCallTree.ts, over copied root-first stacks), on every fixture profile, each
// sample type, both granularities, with and without filters: the same children in the same order
// with the same self, total and weight at every node, whether it is explored one node at a time
// (the tree tab) or a level at a time, three or seven levels a sweep (the flame graph's sweeps go
// as deep as the nodes they make stay few). A tree that takes over another sample type's
// retired one (partly built, then explored further) must be the same as one built afresh.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { buildFrameTable, decodeProfile, modelSamples, type Granularity, type Profile } from '../../../src/profile';
import { buildProfile, heapSampleTypes } from '../../support/profileBuilder';
import { decodeStreamed } from '../../../src/profile/openStreamed';
import { CallTree, SampleScratch } from '../../../src/profile/callTree';
import { select } from '../../../src/profile/filter';
import { buildKeyedStacks } from '../../../src/profile/tree';
import { viewedProfile } from '../../../src/profile/session';
import { LazyCallTree } from '../../support/lazyCallTree';
import { filterSets, fixtureProfiles, loadSource } from './goldens';

const files = fixtureProfiles();

/** Walks both trees together from the root, depth first; returns the number of nodes compared. */
function compare(a: CallTree, b: LazyCallTree, where: string, levels: number): number {
  let compared = 0;
  const names = a.frames.name;
  const check = (na: number, nb: number, trail: string) => {
    // asked before the node's children are built (the tree tab's rows and the flame graph's last rows do)
    assert.strictEqual(a.hasChildren(na), b.hasChildren(nb), `${trail}: has children`);
    assert.strictEqual(a.key[na], b.key[nb], trail);
    assert.strictEqual(a.total[na], b.total[nb], `${trail}: total`);
    assert.strictEqual(a.weight[na], b.weight[nb], `${trail}: weight`);
    assert.strictEqual(a.selfOf(na), b.selfOf(nb), `${trail}: self`);
    assert.strictEqual(a.depth[na], b.depth[nb], `${trail}: depth`);
    compared++;
  };
  check(0, 0, where);
  let level: [number, number, string][] = [[0, 0, where]];
  while (level.length > 0) {
    if (levels > 0)
      a.expand(
        level.map(([na]) => na),
        levels,
      );
    const next: [number, number, string][] = [];
    for (const [na, nb, trail] of level) {
      const ca = a.childrenOf(na),
        cb = b.childrenOf(nb);
      assert.deepStrictEqual(
        ca.map((c) => names[a.key[c]]),
        cb.map((c) => names[b.key[c]]),
        `${trail}: children`,
      );
      ca.forEach((c, i) => {
        const t = `${trail} > ${names[a.key[c]]}`;
        check(c, cb[i], t);
        next.push([c, cb[i], t]);
      });
    }
    level = next;
  }
  return compared;
}

describe('call tree: the sweeping build equals the lazy per-node build', () => {
  for (const file of files) {
    it(path.basename(file), () => {
      const p = viewedProfile(loadSource(file));
      const samples = modelSamples(p);
      let compared = 0;
      for (const granularity of ['functions', 'lines'] as Granularity[]) {
        const frames = buildFrameTable(p, granularity);
        for (let t = 0; t < p.sampleTypes.length; t++) {
          for (const filters of filterSets) {
            const sel = select(samples, t, frames, filters);
            const where = `${path.basename(file)} ${granularity} ${p.sampleTypes[t].type} ${JSON.stringify(filters)}`;
            for (const levels of [0, 3, 7]) {
              const lazy = new LazyCallTree(buildKeyedStacks(samples, t, sel.frames, sel.kept));
              compared += compare(new CallTree(samples, t, sel.frames, sel.kept), lazy, `${where} ${levels} levels a sweep`, levels);
            }
          }
        }
      }
      assert.ok(compared > 0);
    });
  }
});

describe('call tree: a tree taking over another sample type’s equals the lazy build', () => {
  // by kind of value column: doubles (decodeProfile) and 32-bit (the worker's streamed decode)
  const retargeted = { Float64Array: 0, Uint32Array: 0 },
    fresh = { Float64Array: 0, Uint32Array: 0 };
  const check = (p: Profile, name: string): void => {
    const samples = modelSamples(p);
    let kind: keyof typeof retargeted = 'Float64Array';
    samples.forEachBlock((b) => (kind = b.values instanceof Uint32Array ? 'Uint32Array' : 'Float64Array'));
    for (const granularity of ['functions', 'lines'] as Granularity[]) {
      const frames = buildFrameTable(p, granularity);
      for (const filters of filterSets) {
        for (let a = 0; a < p.sampleTypes.length; a++) {
          for (let b = 0; b < p.sampleTypes.length; b++) {
            if (a === b) continue;
            for (const halfDone of [false, true]) {
              const scratch = new SampleScratch();
              const selA = select(samples, a, frames, filters);
              const old = new CallTree(samples, a, selA.frames, selA.kept, scratch);
              // partly built, as a flame graph or the tree tab leaves it: the root's children, a level under the first
              const top = old.childrenOf(0);
              if (top.length > 0) old.expand([top[0]], 2);
              // or with a warm-up's sweep under the rest of the root's children left half done
              if (halfDone && old.beginExpand(top.slice(1), 2)) old.stepExpand(samples.sampleCount >> 1);
              scratch.retire(old);
              const sel = select(samples, b, frames, filters);
              const tree = new CallTree(samples, b, sel.frames, sel.kept, scratch);
              if (tree.retargeted) retargeted[kind]++;
              else fresh[kind]++;
              const where = `${name} (${kind}) ${granularity} ${p.sampleTypes[a].type} → ${p.sampleTypes[b].type} ${JSON.stringify(filters)}${halfDone ? ' half-done sweep' : ''}`;
              compare(tree, new LazyCallTree(buildKeyedStacks(samples, b, sel.frames, sel.kept)), where, 3);
            }
          }
        }
      }
    }
  };
  for (const file of files) {
    it(path.basename(file), async () => {
      check(viewedProfile(loadSource(file)), path.basename(file));
      check(viewedProfile(await decodeStreamed(fs.readFileSync(file), { labels: false })), path.basename(file));
    });
  }
  it('took over trees where the samples were the same, and built afresh where not, for both kinds of value column', () => {
    for (const kind of ['Float64Array', 'Uint32Array'] as const) {
      assert.ok(retargeted[kind] > 0, `${kind}: taken over: ${retargeted[kind]}`);
      assert.ok(fresh[kind] > 0, `${kind}: built afresh: ${fresh[kind]}`);
    }
  });
});

describe('call tree: a node’s self and whether it has children need no sweep of their own', () => {
  it('a profile with 3,000 root frames: the root’s children, each with its self and whether it has children, in the root’s one sweep', () => {
    // deterministic stacks of 1–4 frames over 3,000 functions: nearly every root frame distinct, some stacks ending at the root frame
    const functions = Array.from({ length: 3000 }, (_, i) => ({ name: `main.f${i}`, file: 'main.go', startLine: i + 1 }));
    const samples = Array.from({ length: 6000 }, (_, s) => ({
      stack: Array.from({ length: 1 + (s % 4) }, (_, d) => 1 + ((s * 7919 + ((s % 4) - d) * 104729) % 3000)),
      value: [1 + (s % 5), (1 + (s % 5)) * 64, 0, 0],
    }));
    const p = viewedProfile(decodeProfile(buildProfile({ sampleTypes: heapSampleTypes, functions, samples })));
    const src = modelSamples(p);
    const frames = buildFrameTable(p, 'functions');
    const tree = new CallTree(src, 1, frames, null);
    const lazy = new LazyCallTree(buildKeyedStacks(src, 1, frames, null));
    const kids = tree.childrenOf(0);
    assert.ok(kids.length > 2000, `${kids.length} root frames`);
    const byKey = new Map(lazy.childrenOf(0).map((c) => [lazy.key[c], c]));
    let ending = 0;
    for (const c of kids) {
      const b = byKey.get(tree.key[c])!;
      assert.strictEqual(tree.selfOf(c), lazy.selfOf(b), `self of ${frames.name[tree.key[c]]}`);
      assert.strictEqual(tree.hasChildren(c), lazy.hasChildren(b), `has children: ${frames.name[tree.key[c]]}`);
      if (tree.selfOf(c) > 0) ending++;
    }
    assert.ok(ending > 0 && ending < kids.length, `${ending} root frames with a self of their own`);
    assert.strictEqual(tree.sweeps, 1, 'sweeps over the samples');
  });
});
