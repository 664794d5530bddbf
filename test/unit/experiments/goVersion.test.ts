import { strict as assert } from 'assert';
import { defaultGoVersion, GO_BUILDS, goBuildLabel, goLineVersion, isNoSwissMap, mapImpl, nearestSupported, parseGoBuild } from '../../../src/shared/goVersion';

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

describe('experiments: GOEXPERIMENT=noswissmap builds', () => {
  it('reads the ways a build is written, and shows it as the menus do', () => {
    for (const t of ['1.24-noswissmap', '1.24 (noswissmap)', '1.24+noswissmap', 'go1.24.3 GOEXPERIMENT=noswissmap'])
      assert.equal(parseGoBuild(t), '1.24-noswissmap', t);
    assert.equal(parseGoBuild('go1.25.1'), '1.25');
    assert.equal(parseGoBuild('1.24-arenas'), undefined);
    assert.equal(goBuildLabel('1.25-noswissmap'), '1.25 (noswissmap)');
    assert.equal(goBuildLabel('1.25'), '1.25');
  });

  it('is the classic map, offered for 1.24 and 1.25 only, after its version', () => {
    assert.equal(mapImpl('1.24-noswissmap'), 'classic');
    assert.equal(mapImpl('1.24'), 'swiss');
    assert.deepEqual(
      GO_BUILDS.filter((b) => isNoSwissMap(b)),
      ['1.24-noswissmap', '1.25-noswissmap'],
    );
    assert.equal(GO_BUILDS[GO_BUILDS.indexOf('1.24') + 1], '1.24-noswissmap');
  });

  it('is chosen only by name, never as the nearest of a plain version', () => {
    assert.equal(nearestSupported('1.24', GO_BUILDS), '1.24');
    assert.equal(nearestSupported('1.25.3', GO_BUILDS), '1.25');
    assert.equal(nearestSupported('1.24 (noswissmap)', GO_BUILDS), '1.24-noswissmap');
    assert.equal(defaultGoVersion('1.25-noswissmap', undefined, GO_BUILDS), '1.25-noswissmap');
    assert.equal(defaultGoVersion('', undefined, GO_BUILDS), '1.26');
  });
});
