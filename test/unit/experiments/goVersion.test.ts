import { strict as assert } from 'assert';
import { defaultGoVersion, goLineVersion } from '../../../src/shared/goVersion';

const SUPPORTED = ['1.19', '1.21', '1.22', '1.23', '1.24', '1.25', '1.26'];

describe('experiments: default Go version', () => {
  it('reads the go line of go.mod', () => {
    assert.equal(goLineVersion('module x\n\ngo 1.22.3\n\ntoolchain go1.23.1\n'), '1.22');
    assert.equal(goLineVersion('module x\ngo 1.21 // comment\n'), '1.21');
    assert.equal(goLineVersion('module x\n'), undefined);
  });

  it('prefers the setting, then go.mod, then the newest', () => {
    assert.equal(defaultGoVersion('1.23', 'module x\ngo 1.21\n', SUPPORTED), '1.23');
    assert.equal(defaultGoVersion('', 'module x\ngo 1.24.0\n', SUPPORTED), '1.24');
    assert.equal(defaultGoVersion('', undefined, SUPPORTED), '1.26');
  });

  it('maps versions without their own runtime model to the one they behave like', () => {
    // 1.20 has 1.19's classic maps; a future 1.30 is newest-like; 1.17 is older than all.
    assert.equal(defaultGoVersion('', 'module x\ngo 1.20\n', SUPPORTED), '1.19');
    assert.equal(defaultGoVersion('', 'module x\ngo 1.30\n', SUPPORTED), '1.26');
    assert.equal(defaultGoVersion('', 'module x\ngo 1.17\n', SUPPORTED), '1.19');
  });
});
