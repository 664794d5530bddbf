import { strict as assert } from 'assert';
import { buildContextFrom } from '../../../src/goanalysis/buildConstraints';
import { buildSettingsKey, buildSettingsOf } from '../../../src/goanalysis/lensOptions';

describe('build settings from the Go extension', () => {
  it('keeps go.buildTags and the build variables of go.toolsEnvVars, drops the rest', () => {
    const s = buildSettingsOf(' integration,purego ', { GOOS: 'windows', GOARCH: 'arm64', HTTP_PROXY: 'x', CGO_ENABLED: 1 }, '');
    assert.deepEqual(s, { buildTags: 'integration,purego', env: { GOOS: 'windows', GOARCH: 'arm64' }, goPath: undefined });
  });
  it('ignores settings of the wrong shape', () => {
    assert.deepEqual(buildSettingsOf(3, 'GOOS=darwin', null), { buildTags: undefined, env: {}, goPath: undefined });
  });
  it('makes the build the go command would: GOOS/GOARCH/CGO_ENABLED and tags (go.buildTags over GOFLAGS -tags)', () => {
    assert.deepEqual(buildContextFrom({ GOOS: 'darwin', GOARCH: 'arm64', CGO_ENABLED: '1', GOFLAGS: '-mod=mod -tags=a,b' }, undefined, 24), {
      goos: 'darwin',
      goarch: 'arm64',
      tags: ['a', 'b'],
      cgo: true,
      releaseMinor: 24,
    });
    assert.deepEqual(buildContextFrom({ GOFLAGS: '-tags=a' }, 'x y').tags, ['x', 'y']);
  });
  it('changes the cache key when a build setting changes', () => {
    assert.notEqual(buildSettingsKey(buildSettingsOf('', { GOOS: 'linux' }, '')), buildSettingsKey(buildSettingsOf('', { GOOS: 'darwin' }, '')));
  });
});
