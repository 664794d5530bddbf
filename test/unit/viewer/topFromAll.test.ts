// A filtered view's top table derived from the unfiltered one (topFromAll.ts) against topTable's
// own pass with the filters (the table `heaplens top` prints, checked against go tool pprof's
// goldens): on every fixture profile, both granularities, every sample type, under filters that
// drop few or many samples and hide frames with and without inlined calls. It must be the same
// table, to the row, or be declined.
import * as assert from 'assert';
import * as path from 'path';
import { Profile as PprofProfile, StringTable } from 'pprof-format';
import { buildFrameTable, decodeProfile, modelSamples, topTable, type Granularity } from '../../../src/profile';
import { select } from '../../../src/profile/filter';
import { topTableFromAll } from '../../../src/profile/topFromAll';
import { viewedProfile } from '../../../src/profile/session';
import { filterSets, fixtureProfiles, loadSource } from './goldens';

const files = fixtureProfiles();

const filters = [
  ...filterSets.slice(1),
  { focus: '', ignore: 'fmt|sort|strconv', hide: '' },
  { focus: 'main', ignore: '', hide: 'fmt' },
  { focus: '', ignore: 'json', hide: 'main\\.' },
  { focus: '', ignore: '', hide: 'encoding' },
];

/** An alloc_space profile of functions `names` (ids from 1, all in m.go), locations of their ids (leaf first) and samples. */
function synthetic(names: string[], locations: number[][], sample: { locationId: number[]; value: number[] }[]) {
  const st = new StringTable();
  const fn = names.map((name, i) => ({ id: i + 1, name: st.dedup(name), systemName: st.dedup(name), filename: st.dedup('m.go') }));
  const location = locations.map((fns, i) => ({ id: i + 1, line: fns.map((functionId) => ({ functionId, line: 10 * functionId })) }));
  const bytes = new PprofProfile({
    sampleType: [{ type: st.dedup('alloc_space'), unit: st.dedup('bytes') }],
    function: fn,
    location,
    sample,
    stringTable: st,
  }).encode();
  const p = viewedProfile(decodeProfile(bytes));
  return { samples: modelSamples(p), frames: buildFrameTable(p, 'functions') };
}

/** pprof's mark of row `name`. */
function mark(t: { names: string[]; inline: boolean[]; partialInline: boolean[] }, name: string): string {
  const r = t.names.indexOf(name);
  return t.inline[r] ? 'inline' : t.partialInline[r] ? 'partial-inline' : 'call';
}

describe('viewer: a filtered top table derived from the unfiltered one equals topTable with the filters', () => {
  const derivedBy = { any: 0, hide: 0, inlinedHide: 0 };

  for (const file of files) {
    it(path.basename(file), () => {
      const p = viewedProfile(loadSource(file));
      const samples = modelSamples(p);
      for (const granularity of ['functions', 'lines'] as Granularity[]) {
        const frames = buildFrameTable(p, granularity);
        const inlined = frames.locationFrameStart.some((s, l) => l > 0 && s - frames.locationFrameStart[l - 1] > 1);
        for (let t = 0; t < p.sampleTypes.length; t++) {
          const all = topTable(samples, t, frames);
          for (const f of filters) {
            const sel = select(samples, t, frames, f);
            // with pprof's total known, the samples dropped are not read: the same table
            assert.deepStrictEqual(
              topTable(samples, t, sel.frames, { kept: sel.kept, total: sel.unfilteredTotal }),
              topTable(samples, t, sel.frames, { kept: sel.kept }),
              `${granularity} ${p.sampleTypes[t].type} ${JSON.stringify(f)}: total given`,
            );
            const got = topTableFromAll(samples, t, frames, sel.frames, sel.kept, all);
            if (!got) continue;
            assert.deepStrictEqual(got, topTable(samples, t, sel.frames, { kept: sel.kept }), `${granularity} ${p.sampleTypes[t].type} ${JSON.stringify(f)}`);
            derivedBy.any++;
            if (f.hide) derivedBy.hide++;
            if (f.hide && inlined) derivedBy.inlinedHide++;
          }
        }
      }
    });
  }

  it('derives the tables often, hide with inlined calls included (so the comparisons above ran)', () => {
    assert.ok(derivedBy.any >= 100, JSON.stringify(derivedBy));
    assert.ok(derivedBy.hide >= 20, JSON.stringify(derivedBy));
    assert.ok(derivedBy.inlinedHide >= 5, JSON.stringify(derivedBy));
  });

  it('inline marks follow the samples a filter drops (a frame inlined in one caller, called by another)', () => {
    // a is inlined into b at location 1 and called by c at location 2: partial-inline, until
    // ignore=c drops c's samples and leaves a inlined only
    const { samples, frames } = synthetic(
      ['main.a', 'main.b', 'main.c', 'main.main'],
      [[1, 2], [1], [3], [4]],
      [
        { locationId: [1, 4], value: [1000] },
        { locationId: [1, 4], value: [700] },
        { locationId: [2, 3, 4], value: [600] },
        { locationId: [4], value: [50] },
      ],
    );
    const all = topTable(samples, 0, frames);
    assert.equal(mark(all, 'main.a'), 'partial-inline');
    const sel = select(samples, 0, frames, { focus: '', ignore: 'main\\.c', hide: '' });
    const got = topTableFromAll(samples, 0, frames, sel.frames, sel.kept, all);
    assert.ok(got, 'derived');
    assert.equal(mark(got, 'main.a'), 'inline');
    assert.deepStrictEqual(got, topTable(samples, 0, sel.frames, { kept: sel.kept }));
  });

  it('hide: a stack whose leaf goes moves only its flat; one through an inlined frame is restacked, its edges with it', () => {
    // a is inlined into b (location 1) and called by hideme, itself called by a (2, 3, 2): with
    // hideme hidden, a's only call comes from a itself (no edge), so a turns inline only; the
    // samples of c under main lose their leaf c, whose flat goes to main
    const { samples, frames } = synthetic(
      ['main.a', 'main.b', 'main.hideme', 'main.main', 'main.c'],
      [[1, 2], [1], [3], [4], [5]],
      [
        { locationId: [1, 4], value: [1000] },
        { locationId: [2, 3, 2], value: [600] },
        ...Array.from({ length: 30 }, (_, i) => ({ locationId: [5, 4], value: [10 + i] })),
      ],
    );
    const all = topTable(samples, 0, frames);
    assert.equal(mark(all, 'main.a'), 'partial-inline');
    for (const hide of ['main\\.hideme', 'main\\.c', 'main\\.(hideme|c)']) {
      const sel = select(samples, 0, frames, { focus: '', ignore: '', hide });
      const got = topTableFromAll(samples, 0, frames, sel.frames, sel.kept, all);
      assert.ok(got, `derived (${hide})`);
      assert.deepStrictEqual(got, topTable(samples, 0, sel.frames, { kept: sel.kept }), hide);
      if (hide.includes('hideme')) assert.equal(mark(got, 'main.a'), 'inline', hide);
      if (hide.includes('c')) assert.equal(got.flat[got.names.indexOf('main.main')], 30 * 10 + (29 * 30) / 2, hide);
    }
  });

  it('declines values that are not integers, and a table not made of every sample', () => {
    const p = viewedProfile(loadSource(files.find((f) => f.endsWith('jsonwork-go1.19.pb.gz'))!));
    const samples = modelSamples(p);
    const frames = buildFrameTable(p, 'functions');
    const f = { focus: '', ignore: 'fmt', hide: '' };
    const sel = select(samples, 0, frames, f);
    assert.ok(topTableFromAll(samples, 0, frames, sel.frames, sel.kept, topTable(samples, 0, frames)), 'derived from the real values');
    // a table already filtered is no table of every sample
    assert.equal(topTableFromAll(samples, 0, frames, sel.frames, sel.kept, topTable(samples, 0, frames, { kept: sel.kept })), undefined);
    const values = Float64Array.from(p.sampleValues);
    values[0] += 0.5;
    const halves = modelSamples({ ...p, sampleValues: values });
    assert.equal(topTableFromAll(halves, 0, frames, sel.frames, sel.kept, topTable(halves, 0, frames)), undefined);
  });
});
