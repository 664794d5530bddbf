// Top tables with focus/ignore/hide against `go tool pprof` goldens (test/fixtures/viewer/README.md).
import * as assert from 'assert';
import * as path from 'path';
import type { Filters, Granularity } from '../../../src/shared/protocol/profileView';
import { applyFilters, noFilters } from '../../../src/profile/filter';
import { buildKeyedStacks, topRows } from '../../../src/profile/tree';
import { loadSource, readGolden, profileFixtures, viewerFixtures } from './goldens';

/** Our top rows, as name → [flat, cum], with pprof's " file:line" at lines granularity. */
function ourTop(profile: string, sampleType: string, granularity: Granularity, filters: Filters) {
  const src = loadSource(profile.includes('/') ? profile : path.join(profileFixtures, profile + '.pb.gz'));
  const si = src.sampleTypes.findIndex((t) => t.type === sampleType);
  const ks = buildKeyedStacks(src, si, granularity, noFilters(filters) ? null : applyFilters(src, filters));
  const top = topRows(ks);
  const rows = Array.from(top.keys, (k, i) => ({
    name: ks.keys.name[k] + (granularity === 'lines' ? ` ${ks.keys.file[k]}:${ks.keys.line[k]}` : ''),
    inline: ks.keys.inline[k] === 1,
    flat: top.flat[i],
    cum: top.cum[i],
  }));
  return { total: ks.unfilteredTotal, rows };
}

function check(golden: string, profile: string, sampleType: string, filters: Partial<Filters>, granularity: Granularity = 'functions'): void {
  const want = readGolden(path.join(viewerFixtures, golden + '.top.txt'));
  const got = ourTop(profile, sampleType, granularity, { focus: '', ignore: '', hide: '', ...filters });
  assert.strictEqual(got.total, want.total, 'total');
  // pprof shortens file paths at lines granularity; compare names by their trailing path.
  const same = (a: string, b: string) => a === b || (granularity === 'lines' && a.endsWith(b.split(' ').slice(1).join(' ')) && a.split(' ')[0] === b.split(' ')[0]);
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
  it('jsonwork focus=json ignore=Encode', () => check('jsonwork.focus-json.ignore-Encode', 'jsonwork-go1.19', 'alloc_space', { focus: 'json', ignore: 'Encode' }));
  it('cpu focus=sha256', () => check('cpu.focus-sha256', 'cpu-go1.26', 'cpu', { focus: 'sha256' }));
  it('cpu hide=runtime', () => check('cpu.hide-runtime', 'cpu-go1.26', 'cpu', { hide: 'runtime' }));
  it('inline focus=main.small', () => check('inline.focus-main.small', 'inline-go1.26', 'alloc_space', { focus: 'main.small' }));
  it('inline hide=main.medium', () => check('inline.hide-main.medium', 'inline-go1.26', 'alloc_space', { hide: 'main.medium' }));
  it('mapclear ignore=runtime', () => check('mapclear.ignore-runtime', 'mapclear-go1.26', 'alloc_space', { ignore: 'runtime' }));
  it('jsonwork lines focus=main', () => check('jsonwork.lines.focus-main', 'jsonwork-go1.19', 'alloc_space', { focus: 'main' }, 'lines'));
  it('no-lines profile focus=parseBody', () => check('inuse-nolines.focus-parseBody', path.join(viewerFixtures, 'inuse-nolines.pb.gz'), 'inuse_space', { focus: 'parseBody' }));
  it('an invalid regex is a one-line error naming the filter', () => {
    const src = loadSource(path.join(profileFixtures, 'inline-go1.26.pb.gz'));
    assert.throws(() => applyFilters(src, { focus: '(', ignore: '', hide: '' }), /^Error: focus: invalid regular expression "\("$/);
  });
});
