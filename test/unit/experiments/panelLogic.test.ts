// The results panel's own logic, without VS Code: what a command's argument asks for, the form's
// starting values, Run on My Go's state and reasons, re-runs, profile file names, and the figures
// the tables format.
import { strict as assert } from 'assert';
import {
  compareDefaults,
  formFor,
  profileFileName,
  realGoState,
  realRuntimeNote,
  rerunList,
  seedFrom,
  seedRunsAtOnce,
} from '../../../src/experiments/panelLogic';
import { SUPPORTED_GO_VERSIONS } from '../../../src/shared/goVersion';
import { exactBytes, formatCount, formatPercent } from '../../../media/experiments/format';

const scenarios = ['fill-clear-refill', 'delete-half'];
const params = { scenario: 'fill-clear-refill', type: 'map[string]*User', n: 100000, hint: -1, go: '1.24' };

const catalog = {
  scenarios: [
    { id: 'delete-half', title: '', description: '' },
    { id: 'fill-clear-refill', title: '', description: '' },
  ],
  goVersions: SUPPORTED_GO_VERSIONS,
};

describe('experiments: results panel logic', () => {
  it("the lens's Simulate argument runs at once; none, or a type that does not parse, opens the form", () => {
    const lens = seedFrom({ type: 'map[string]int', go: '1.22', scenario: 'fill-clear-refill' });
    assert.deepEqual(lens, { type: 'map[string]int', go: '1.22', scenario: 'fill-clear-refill' });
    assert.equal(seedRunsAtOnce(lens), true);
    assert.equal(seedRunsAtOnce(seedFrom(undefined)), false);
    assert.equal(seedRunsAtOnce(seedFrom({ type: 'map[int' })), false);
    assert.deepEqual(seedFrom({ type: 3, go: '  ', scenario: ['x'] }), { type: undefined, go: undefined, scenario: undefined });
  });

  it("the form starts with fill-clear-refill, map[int]int, 100,000 entries, no hint and the workspace's Go", () => {
    assert.deepEqual(formFor(catalog, {}, '1.22', false), { params: { scenario: 'fill-clear-refill', type: 'map[int]int', n: 100000, hint: -1, go: '1.22' } });
    const seeded = formFor(catalog, { type: 'map[string]int', go: 'go1.21.5', scenario: 'delete-half' }, '1.26', false).params;
    assert.deepEqual([seeded.scenario, seeded.type, seeded.go], ['delete-half', 'map[string]int', '1.21']);
    // A Go newer than the engine knows behaves like the newest it knows.
    assert.equal(formFor(catalog, { go: '1.30' }, '1.22', false).params.go, '1.26');
    assert.equal(formFor(catalog, { scenario: 'nope' }, '1.22', false).params.scenario, 'fill-clear-refill');
  });

  it("compare mode puts the workspace's Go on its side (classic up to 1.23, Swiss from 1.24) and the newest on the other", () => {
    assert.deepEqual(compareDefaults('1.22', SUPPORTED_GO_VERSIONS), { older: '1.22', newer: '1.26' });
    assert.deepEqual(compareDefaults('1.25', SUPPORTED_GO_VERSIONS), { older: '1.23', newer: '1.25' });
    const f = formFor(catalog, {}, '1.24', true);
    assert.deepEqual([f.params.go, f.compareGo], ['1.23', '1.24']);
  });

  it('Run on My Go names the real runtime, the version simulated, and a key type with fewer values than N', () => {
    assert.equal(realRuntimeNote({ goRuntime: 'go1.26.1', entries: 100000 }, params), 'go1.26.1 (simulated as Go 1.24)');
    assert.equal(
      realRuntimeNote({ goRuntime: 'go1.26.1', entries: 256 }, { ...params, type: 'map[uint8]int' }),
      'go1.26.1 (simulated as Go 1.24); the key type has only 256 distinct values, so the real map held 256 entries, not 100000',
    );
  });

  it('Run on My Go is off in an untrusted workspace, and says why, even with a go binary', () => {
    const s = realGoState(scenarios, false, '', '/usr/bin/go');
    assert.equal(s.enabled, false);
    assert.match(s.note, /untrusted workspace/);
    assert.match(s.note, /Trust the workspace/);
  });

  it('without a toolchain it names the bad heaplens.goPath, or says none is on PATH', () => {
    assert.match(realGoState(scenarios, true, '/opt/nogo/bin/go', undefined).note, /heaplens\.goPath '\/opt\/nogo\/bin\/go' is not one/);
    const none = realGoState(scenarios, true, '', undefined);
    assert.equal(none.enabled, false);
    assert.match(none.note, /none is on PATH/);
  });

  it('with a toolchain in a trusted workspace it is on and names the binary it will use', () => {
    const s = realGoState(scenarios, true, '', '/usr/lib/go-1.26/bin/go');
    assert.deepEqual([s.enabled, s.scenarios], [true, scenarios]);
    assert.match(s.note, /\/usr\/lib\/go-1\.26\/bin\/go \(offline/);
  });

  it('a re-run repeats the parameters, and on the second Go when comparing versions', () => {
    assert.deepEqual(rerunList(params), [params]);
    assert.deepEqual(
      rerunList(params, '1.19').map((p) => [p.go, p.type, p.n]),
      [
        ['1.24', 'map[string]*User', 100000],
        ['1.19', 'map[string]*User', 100000],
      ],
    );
  });

  it('profile file names keep the experiment readable and drop what file systems refuse', () => {
    assert.equal(profileFileName(params), 'fill-clear-refill-map_string_User-n100000-go1.24.pb.gz');
    assert.equal(
      profileFileName({ ...params, type: 'map[struct{a int8; b int64}][]byte' }),
      'fill-clear-refill-map_struct_a_int8_b_int64_byte-n100000-go1.24.pb.gz',
    );
  });

  it('formats counts, exact bytes and signed differences as the tables show them', () => {
    assert.equal(formatCount(4100), '4,100');
    assert.equal(exactBytes(37748736), '37,748,736 bytes');
    assert.equal(formatPercent(1.234), '+1.23 %');
    assert.equal(formatPercent(-0.5), '-0.50 %');
    assert.equal(formatPercent(0.001), '0.00 %');
    assert.equal(formatPercent(null), 'n/a');
  });
});
