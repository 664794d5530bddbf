// The results panel's own logic, without VS Code: Run on My Go's state and reasons, re-runs,
// profile file names, and the figures the tables format.
import { strict as assert } from 'assert';
import { profileFileName, realGoState, rerunList } from '../../../src/experiments/panelLogic';
import { exactBytes, formatCount, formatPercent } from '../../../media/experiments/format';

const scenarios = ['fill-clear-refill', 'delete-half'];
const params = { scenario: 'fill-clear-refill', type: 'map[string]*User', n: 100000, hint: -1, go: '1.24' };

describe('experiments: results panel logic', () => {
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
    assert.deepEqual(rerunList(params, '1.19').map((p) => [p.go, p.type, p.n]), [['1.24', 'map[string]*User', 100000], ['1.19', 'map[string]*User', 100000]]);
  });

  it('profile file names keep the experiment readable and drop what file systems refuse', () => {
    assert.equal(profileFileName(params), 'fill-clear-refill-map_string_User-n100000-go1.24.pb.gz');
    assert.equal(profileFileName({ ...params, type: 'map[struct{a int8; b int64}][]byte' }), 'fill-clear-refill-map_struct_a_int8_b_int64_byte-n100000-go1.24.pb.gz');
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
