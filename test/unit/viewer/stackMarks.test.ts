// The module's per-sample OR of location marks (src/profile/stackMarks.ts) against the plain loop
// it replaces, read here over the same columns: every fixture profile under random marks and
// each stop mask, a source of many blocks, both widths of location ids, and a stack longer than
// the module's room (which must grow for it).
import * as assert from 'assert';
import * as path from 'path';
import { modelSamples } from '../../../src/profile';
import type { SampleBlock, SampleSource } from '../../../src/profile/model';
import { stackMarks } from '../../../src/profile/stackMarks';
import { fixtureProfiles, loadSource } from './goldens';

/** What stackMarks must return: each stack's marks ORed, read until every bit of `stop` is set. */
function reference(samples: SampleSource, marks: Uint8Array, stop: number): Uint8Array {
  const out = new Uint8Array(samples.sampleCount);
  samples.forEachBlock(({ first, count, locationStart, locations }) => {
    for (let i = 0; i < count; i++) {
      let m = 0;
      for (let k = locationStart[i]; k < locationStart[i + 1] && (m & stop) !== stop; k++) m |= marks[locations[k]];
      out[first + i] = m;
    }
  });
  return out;
}

/** A seeded generator (mulberry32): the same marks each run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Marks of bits 1 and 2 on about `share` of the locations each. */
function someMarks(locations: number, share: number, next: () => number): Uint8Array {
  return Uint8Array.from({ length: locations }, () => (next() < share ? 1 : 0) | (next() < share ? 2 : 0));
}

/** `samples` split into blocks of `size` samples, their columns as the block's own arrays (as a scan off the bytes gives them). */
function inBlocks(samples: SampleSource, size: number, wide: boolean): SampleSource {
  const blocks: SampleBlock[] = [];
  samples.forEachBlock((b) => {
    for (let at = 0; at < b.count; at += size) {
      const n = Math.min(size, b.count - at);
      const start = b.locationStart.subarray(at, at + n + 1);
      const ids = b.locations.subarray(start[0], start[n]);
      blocks.push({
        first: b.first + at,
        count: n,
        locationStart: Uint32Array.from(start, (s) => s - start[0] + 3),
        // three ids before the block's: its starts need not begin at 0
        locations: wide ? Uint32Array.from([0, 0, 0, ...ids]) : Uint16Array.from([0, 0, 0, ...ids]),
        values: b.values,
        isBase: undefined,
      });
    }
  });
  return { header: samples.header, sampleCount: samples.sampleCount, forEachBlock: (visit) => blocks.forEach(visit) };
}

describe('stackMarks: the module ORs each stack’s location marks as the plain loop does', () => {
  const next = random(17);
  for (const file of fixtureProfiles()) {
    it(path.basename(file), () => {
      const samples = modelSamples(loadSource(file));
      let marked = 0;
      for (const share of [0.01, 0.2, 0.7]) {
        const marks = someMarks(samples.header.locationCount, share, next);
        for (const stop of [1, 2, 3]) {
          const want = reference(samples, marks, stop);
          assert.deepStrictEqual(stackMarks(samples, marks, stop), want, `share ${share}, stop ${stop}`);
          for (const wide of [false, true]) assert.deepStrictEqual(stackMarks(inBlocks(samples, 7, wide), marks, stop), want, `blocks of 7, wide ${wide}`);
          marked += want.filter((m) => m !== 0).length;
        }
      }
      assert.ok(marked > 0, 'no stack held a marked location: the comparison says nothing');
    });
  }

  it('a stack longer than the module’s room, between short ones', () => {
    // 300,000 locations in the middle sample, past the room of 2^18 ids a run holds, its one mark last
    const long = [...Array.from({ length: 300_000 }, (_, i) => 100 + (i % 4000)), 4999];
    const locationStart = Uint32Array.from([0, 2, 2 + long.length, 2 + long.length + 2]);
    const locations = Uint16Array.from([1, 2, ...long, 3, 1]);
    const header = loadSource(fixtureProfiles()[0]);
    const samples: SampleSource = {
      header: { ...header, locationCount: 5000 },
      sampleCount: 3,
      forEachBlock: (visit) => visit({ first: 0, count: 3, locationStart, locations, values: new Uint32Array(3), isBase: undefined }),
    };
    const marks = new Uint8Array(5000);
    marks[4999] = 2;
    marks[3] = 1;
    assert.deepStrictEqual(Array.from(stackMarks(samples, marks, 3)), [0, 2, 1]);
    assert.deepStrictEqual(stackMarks(samples, marks, 3), reference(samples, marks, 3));
    assert.deepStrictEqual(Array.from(stackMarks(inBlocks(samples, 3, true), marks, 3)), [0, 2, 1]);
  });
});
