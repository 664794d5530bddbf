// `heaplens maps` as shared/spec/cli.md says: the built CLI on the mapsites fixtures. Expected
// figures: pprof's -lines golden and the program's own runtime reading (test/fixtures/maps).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { fixture } from '../../support/fixtures';
import { readGolden } from '../../support/pprofGolden';
import { heaplens } from './contract.test';

const profile = fixture('maps', 'mapsites-go1.26-rate1.pb.gz');
const programs = fixture('programs');

describe('heaplens maps', function () {
  this.timeout(60_000);

  it('--json: one entry per site, largest first, with the contract fields', () => {
    const r = heaplens('maps', profile, '--source', programs, '--go', '1.26', '--json');
    assert.equal(r.code, 0, r.stderr);
    const sites = JSON.parse(r.stdout) as Record<string, unknown>[];
    assert.ok(sites.length > 0);
    for (const s of sites) {
      assert.deepEqual(Object.keys(s).slice(0, 11), ['function', 'file', 'line', 'type', 'impl', 'go', 'how', 'bytes', 'objects', 'capacity', 'parts']);
      assert.ok(Array.isArray(s.clears));
    }
    const bytes = sites.map((s) => s.bytes as number);
    assert.deepEqual(
      bytes,
      [...bytes].sort((a, b) => b - a),
    );
    const hinted = sites.find((s) => s.file === 'mapsites/sites.go' && s.line === 32)!;
    const pprof = readGolden(fixture('maps', 'mapsites-go1.26-rate1.inuse_space.lines.top.txt')).rows.find(
      (x) => x.name === 'main.build mapsites/sites.go:32',
    )!;
    const truth = (
      JSON.parse(fs.readFileSync(fixture('maps', 'mapsites-go1.26-rate1.truth.json'), 'utf8')) as { maps: { name: string; slots: number }[] }
    ).maps.find((m) => m.name === 'hinted')!;
    assert.equal(hinted.type, 'map[int]int');
    assert.equal(hinted.impl, 'swiss');
    assert.equal(hinted.bytes, pprof.flat);
    assert.equal(hinted.capacity, truth.slots);
    assert.deepEqual(hinted.clears, [{ file: 'mapsites/sites.go', line: 36 }]);
  });

  it('without --go takes the nearest go.mod go line (mapsites says 1.21: classic layouts)', () => {
    const r = heaplens('maps', profile, '--source', programs, '--json');
    assert.equal(r.code, 0, r.stderr);
    const sites = JSON.parse(r.stdout) as { go: string; impl: string }[];
    assert.ok(sites.length > 0);
    for (const s of sites) assert.deepEqual([s.go, s.impl], ['1.21', 'classic']);
  });

  it('text output: one line per site, its parts and its clears', () => {
    const r = heaplens('maps', profile, '--source', programs, '--go', '1.26');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^mapsites\/sites\.go:32 main\.build: map\[int\]int, swiss \(Go 1\.26\): .* inuse_space, room for 262144 entries$/m);
    assert.match(r.stdout, /^ {4}clear at mapsites\/sites\.go:36 keeps them$/m);
    assert.equal(heaplens('maps', fixture('perf', 'wide-200k.pb.gz'), '--source', programs).stdout, 'no Go maps found in inuse_space\n');
  });

  it('bad input: exit 1 with one line naming the file; bad usage: exit 2', () => {
    const missing = heaplens('maps', 'no-such.pb.gz');
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /^heaplens: no-such\.pb\.gz: no such file\n$/);
    const cpu = heaplens('maps', fixture('profile', 'cpu-go1.26.pb.gz'));
    assert.equal(cpu.code, 1);
    assert.match(cpu.stderr, /^heaplens: .*cpu-go1\.26\.pb\.gz: not a heap profile .*\n$/);
    const go = heaplens('maps', profile, '--go', '1.99');
    assert.equal(go.code, 2);
    assert.equal(go.stderr.trim().split('\n').length, 1);
    assert.equal(heaplens('maps').code, 2);
    assert.equal(heaplens('maps', profile, '--sample', 'nope').code, 2);
  });
});
