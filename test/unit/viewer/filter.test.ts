// Top tables with focus/ignore/hide against `go tool pprof` goldens (test/fixtures/viewer/README.md).
import * as assert from 'assert';
import * as path from 'path';
import type { Filters, Granularity } from '../../../src/shared/protocol/profileView';
import { buildFrameTable, modelSamples, ProfileSession } from '../../../src/profile';
import { select } from '../../../src/profile/filter';
import { loadSource, readGolden, profileFixtures, viewerFixtures } from './goldens';

/**
 * The session's top rows, as name → [flat, cum], with pprof's " file:line" at lines granularity.
 * `applied`: the filters applied to the open unfiltered view, as the viewer applies them (its
 * table then derives from the unfiltered one's where it can), not given when the session opens.
 */
function ourTop(profile: string, sampleType: string, granularity: Granularity, filters: Filters, applied = false) {
  const src = loadSource(profile.includes('/') ? profile : path.join(profileFixtures, profile + '.pb.gz'));
  const sampleIndex = src.sampleTypes.findIndex((t) => t.type === sampleType);
  const none = { focus: '', ignore: '', hide: '' };
  const s = new ProfileSession(profile, src, { sampleIndex, granularity, filters: applied ? none : filters });
  if (applied) {
    s.top();
    s.setSettings({ sampleIndex, granularity, filters });
  }
  assert.strictEqual(s.summary().filterError, undefined);
  const t = s.top();
  const rows = t.names.map((name, i) => ({
    name: name + (granularity === 'lines' ? ` ${t.files[i]}:${t.lines[i]}` : ''),
    inline: t.inline[i],
    flat: t.flat[i],
    cum: t.cum[i],
  }));
  return { total: s.summary().unfilteredTotal, rows };
}

function check(golden: string, profile: string, sampleType: string, filters: Partial<Filters>, granularity: Granularity = 'functions'): void {
  const want = readGolden(path.join(viewerFixtures, golden + '.top.txt'));
  for (const applied of [false, true])
    checkRows(want, ourTop(profile, sampleType, granularity, { focus: '', ignore: '', hide: '', ...filters }, applied), granularity);
}

function checkRows(want: ReturnType<typeof readGolden>, got: ReturnType<typeof ourTop>, granularity: Granularity): void {
  assert.strictEqual(got.total, want.total, 'total');
  // pprof shortens file paths at lines granularity; compare names by their trailing path.
  const same = (a: string, b: string) =>
    a === b || (granularity === 'lines' && a.endsWith(b.split(' ').slice(1).join(' ')) && a.split(' ')[0] === b.split(' ')[0]);
  assert.strictEqual(got.rows.length, want.rows.length, 'row count');
  want.rows.forEach((w, i) => {
    const g = got.rows[i];
    assert.ok(same(g.name, w.name), `row ${i}: ${g.name} vs ${w.name}`);
    assert.deepStrictEqual([g.flat, g.cum, g.inline], [w.flat, w.cum, w.inline], `row ${i} ${w.name}`);
  });
}

describe('viewer: focus/ignore/hide match go tool pprof', () => {
  it('jsonwork focus=decodeState', () => check('jsonwork.focus-decodeState', 'jsonwork-go1.19', 'alloc_space', { focus: 'decodeState' }));
  it('jsonwork ignore=reflect', () => check('jsonwork.ignore-reflect', 'jsonwork-go1.19', 'alloc_space', { ignore: 'reflect' }));
  it('jsonwork hide=reflect', () => check('jsonwork.hide-reflect', 'jsonwork-go1.19', 'alloc_space', { hide: 'reflect' }));
  it('jsonwork focus=json ignore=Encode', () =>
    check('jsonwork.focus-json.ignore-Encode', 'jsonwork-go1.19', 'alloc_space', { focus: 'json', ignore: 'Encode' }));
  it('cpu focus=sha256', () => check('cpu.focus-sha256', 'cpu-go1.26', 'cpu', { focus: 'sha256' }));
  it('cpu hide=runtime', () => check('cpu.hide-runtime', 'cpu-go1.26', 'cpu', { hide: 'runtime' }));
  it('inline focus=main.small', () => check('inline.focus-main.small', 'inline-go1.26', 'alloc_space', { focus: 'main.small' }));
  it('inline hide=main.medium', () => check('inline.hide-main.medium', 'inline-go1.26', 'alloc_space', { hide: 'main.medium' }));
  it('mapclear ignore=runtime', () => check('mapclear.ignore-runtime', 'mapclear-go1.26', 'alloc_space', { ignore: 'runtime' }));
  it('jsonwork lines focus=main', () => check('jsonwork.lines.focus-main', 'jsonwork-go1.19', 'alloc_space', { focus: 'main' }, 'lines'));
  it('no-lines profile focus=parseBody', () =>
    check('inuse-nolines.focus-parseBody', path.join(viewerFixtures, 'inuse-nolines.pb.gz'), 'inuse_space', { focus: 'parseBody' }));
  // `go tool pprof -top -nodefraction=0 -sample_index=alloc_space -unit=B -hide=map` (Go 1.26) on
  // mapclear-go1.26: "Showing nodes accounting for 0, 0% of 78583725B total" and no rows, as the
  // binary's mapping (/opt/heapdemo/mapclear) matches and so hides its every location
  it("hide matching a mapping's file hides its whole locations (pprof: no rows of 78583725 B)", () => {
    const got = ourTop('mapclear-go1.26', 'alloc_space', 'functions', { focus: '', ignore: '', hide: 'map' });
    assert.deepStrictEqual(got, { total: 78583725, rows: [] });
  });
  it('an invalid regex is a one-line error naming the filter', () => {
    const src = loadSource(path.join(profileFixtures, 'inline-go1.26.pb.gz'));
    const frames = buildFrameTable(src, 'functions');
    assert.throws(() => select(modelSamples(src), 0, frames, { focus: '(', ignore: '', hide: '' }), /^Error: focus: invalid regular expression "\("$/);
  });
});
