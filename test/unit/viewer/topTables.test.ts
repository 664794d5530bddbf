// topTables (every sample type's top table in one pass, what the viewer computes) against
// topTable for each type alone (the one `heaplens top` prints, checked against go tool pprof's
// goldens), on every fixture profile, both granularities, with and without filters, for the
// sets of types the viewer asks for (the shown one first, then the others, up to four a pass).
import * as assert from 'assert';
import * as path from 'path';
import { buildFrameTable, modelSamples, topTable, type Granularity } from '../../../src/profile';
import { select } from '../../../src/profile/filter';
import { topTables, TYPES_PER_PASS } from '../../../src/profile/top';
import { viewedDiff, viewedProfile } from '../../../src/profile/session';
import { filterSets, fixtureProfiles, loadSource, profileFixtures } from './goldens';

const files = fixtureProfiles();

/** The type sets of the passes the viewer makes with `shown` first. */
function passes(types: number, shown: number): number[][] {
  const order = [shown, ...Array.from({ length: types }, (_, t) => t).filter((t) => t !== shown)];
  const out: number[][] = [];
  for (let i = 0; i < order.length; i += TYPES_PER_PASS) out.push(order.slice(i, i + TYPES_PER_PASS));
  return out;
}

describe('viewer: every sample type in one pass (topTables) equals topTable of each type alone', () => {
  for (const file of files) {
    it(path.basename(file), () => {
      const p = viewedProfile(loadSource(file));
      const samples = modelSamples(p);
      const types = p.sampleTypes.length;
      let compared = 0;
      for (const granularity of ['functions', 'lines'] as Granularity[]) {
        const frames = buildFrameTable(p, granularity);
        for (const filters of filterSets) {
          for (let shown = 0; shown < types; shown++) {
            for (const set of passes(types, shown)) {
              const sel = select(samples, set[0], frames, filters);
              const got = topTables(samples, set, sel.frames, sel.kept);
              set.forEach((t, i) => {
                assert.deepStrictEqual(
                  got[i],
                  topTable(samples, t, sel.frames, { kept: sel.kept }),
                  `${granularity} ${JSON.stringify(filters)} type ${t} of [${set}]`,
                );
                compared++;
              });
            }
          }
        }
      }
      assert.ok(compared >= 2 * filterSets.length * types);
    });
  }

  it('a comparison (negative base samples, pprof::base totals)', () => {
    const next = loadSource(path.join(profileFixtures, 'mapclear-go1.26.pb.gz'));
    const base = loadSource(path.join(profileFixtures, 'mapclear-go1.19.pb.gz'));
    const p = viewedDiff(next, base);
    const samples = modelSamples(p);
    const frames = buildFrameTable(p, 'functions');
    const all = Array.from({ length: p.sampleTypes.length }, (_, t) => t);
    const got = topTables(samples, all, frames);
    all.forEach((t) => assert.deepStrictEqual(got[t], topTable(samples, t, frames), `type ${t}`));
    assert.ok(
      got.some((g) => g.flat.some((v) => v < 0)),
      'some rows are negative',
    );
  });

  it('refuses no types, more than four, or an index out of range', () => {
    const p = viewedProfile(loadSource(path.join(profileFixtures, 'mapclear-go1.26.pb.gz')));
    const samples = modelSamples(p);
    const frames = buildFrameTable(p, 'functions');
    assert.throws(() => topTables(samples, [], frames), RangeError);
    assert.throws(() => topTables(samples, [0, 1, 2, 3, 0], frames), RangeError);
    assert.throws(() => topTables(samples, [4], frames), RangeError);
  });
});
