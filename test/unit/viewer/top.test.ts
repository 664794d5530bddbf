// The viewer's top table against the shared `go tool pprof -top` goldens, one line per fixture.
import * as assert from 'assert';
import * as path from 'path';
import { ProfileSession } from '../../../src/profile';
import { loadSource, readGolden, profileFixtures, viewerFixtures } from './goldens';

function check(profile: string, sampleType: string, dir = profileFixtures): void {
  const want = readGolden(path.join(dir, `${profile}.${sampleType}.top.txt`));
  const src = loadSource(path.join(dir, profile + '.pb.gz'));
  const sampleIndex = src.sampleTypes.findIndex((t) => t.type === sampleType);
  const s = new ProfileSession(profile, src, { sampleIndex, granularity: 'functions', filters: { focus: '', ignore: '', hide: '' } });
  const t = s.top();
  const got = t.names.map((name, i) => ({ name, inline: t.inline[i], flat: t.flat[i], cum: t.cum[i] }));
  assert.strictEqual(s.summary().unfilteredTotal, want.total);
  assert.strictEqual(t.total, want.total);
  assert.deepStrictEqual(got, want.rows);
}

describe('viewer: top table equals go tool pprof -top', () => {
  it('mapclear-go1.19 alloc_space', () => check('mapclear-go1.19', 'alloc_space'));
  it('mapclear-go1.19 inuse_objects', () => check('mapclear-go1.19', 'inuse_objects'));
  it('mapclear-go1.26 alloc_objects', () => check('mapclear-go1.26', 'alloc_objects'));
  it('mapclear-go1.26 inuse_space', () => check('mapclear-go1.26', 'inuse_space'));
  it('inline-go1.26 alloc_space', () => check('inline-go1.26', 'alloc_space'));
  it('inline-go1.26 inuse_objects', () => check('inline-go1.26', 'inuse_objects'));
  it('jsonwork-go1.19 alloc_space', () => check('jsonwork-go1.19', 'alloc_space'));
  it('jsonwork-go1.19 inuse_space', () => check('jsonwork-go1.19', 'inuse_space'));
  it('cpu-go1.26 cpu', () => check('cpu-go1.26', 'cpu'));
  it('cpu-go1.26 samples', () => check('cpu-go1.26', 'samples'));
  it('diff profile (pprof -diff_base) alloc_space, negative values', () => check('diff-mapclear', 'alloc_space', viewerFixtures));
  it('diff profile (pprof -diff_base) inuse_space, negative values', () => check('diff-mapclear', 'inuse_space', viewerFixtures));
  it('only in-use types, no line numbers', () => check('inuse-nolines', 'inuse_space', viewerFixtures));
});
