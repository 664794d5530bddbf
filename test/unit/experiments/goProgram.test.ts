import { strict as assert } from 'assert';
import { measurementProgram, splitMapType } from '../../../src/realgo/goProgram';
import { InputError } from '../../../src/shared/errors';

describe('experiments: measurement program text', () => {
  it('splits map types at the bracket that closes the key', () => {
    assert.deepEqual(splitMapType('map[string]*User'), { key: 'string', elem: '*User' });
    assert.deepEqual(splitMapType('map[[40]byte]map[int][]string'), { key: '[40]byte', elem: 'map[int][]string' });
    assert.deepEqual(splitMapType(' map[struct{a [2]int; b string}]struct{} '), { key: 'struct{a [2]int; b string}', elem: 'struct{}' });
  });

  it('rejects texts that are not map types with a one-line InputError', () => {
    for (const bad of ['[]int', 'map[int', 'map[]int', 'map[int]']) {
      assert.throws(
        () => splitMapType(bad),
        (e: unknown) => e instanceof InputError && /is not a map type/.test(e.message),
      );
    }
  });

  it('refuses type texts that could smuggle Go code into the program', () => {
    assert.throws(
      () => measurementProgram({ type: 'map[int]int\nfunc init(){}', scenario: 'delete-half', goVersion: '1.26' }),
      /characters a Go type cannot have/,
    );
    assert.throws(() => measurementProgram({ type: 'map[int]int // x', scenario: 'delete-half', goVersion: '1.26' }), /characters a Go type cannot have/);
  });

  it('uses the range-delete idiom before Go 1.21 and the clear builtin from 1.21', () => {
    const old = measurementProgram({ type: 'map[int]int', scenario: 'fill-clear-refill', goVersion: '1.19' });
    assert.match(old.goMod, /^go 1\.19$/m);
    assert.match(old.mainGo, /for k := range m \{\s*delete\(m, k\)\s*\}/);
    assert.doesNotMatch(old.mainGo, /clear\(m\)/);
    const now = measurementProgram({ type: 'map[int]int', scenario: 'fill-clear-refill', goVersion: '1.26' });
    assert.match(now.goMod, /^go 1\.26$/m);
    assert.match(now.mainGo, /\bclear\(m\)/);
  });

  it('refuses scenarios it cannot measure', () => {
    assert.throws(() => measurementProgram({ type: 'map[int]int', scenario: 'growth', goVersion: '1.26' }), /cannot measure scenario 'growth'/);
  });
});
