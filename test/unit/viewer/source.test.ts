// Source paths from real profiles resolved against a real Go installation and by suffix; the
// active profile's per-line values for a workspace file.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { bestSuffixMatch, gorootRelative, looksLikeGoroot } from '../../../src/profile/pathMatch';
import { valuesForFile } from '../../../src/profile/activeProfile';
import { heatLevel } from '../../../src/profile/heat';
import { ProfileSession } from '../../../src/profile';
import { loadSource, profileFixtures } from './goldens';
import { goRoot } from '../../support/realGo';

describe('viewer: source paths', () => {
  it("every standard-library frame of a Go 1.19 profile exists, with its line, under Go 1.19's GOROOT", () => {
    const goroot119 = goRoot('1.19');
    const src = loadSource(path.join(profileFixtures, 'jsonwork-go1.19.pb.gz'));
    let checked = 0;
    for (let j = 0; j < src.lineFunction.length; j++) {
      const file = src.strings[src.functionFilename[src.lineFunction[j]]];
      if (file.startsWith('fx/')) continue; // the program's own module (-trimpath)
      assert.ok(looksLikeGoroot(file), file);
      const p = path.join(goroot119, 'src', gorootRelative(file));
      const lines = fs.readFileSync(p, 'utf8').split('\n').length;
      assert.ok(src.lineNumber[j] <= lines, `${file}:${src.lineNumber[j]}`);
      checked++;
    }
    assert.ok(checked > 20);
  });
  it('absolute GOROOT paths map below src/', () => assert.strictEqual(gorootRelative('/usr/local/go/src/runtime/map.go'), 'runtime/map.go'));
  it('module paths with a dotted host are not GOROOT paths', () => assert.strictEqual(looksLikeGoroot('github.com/acme/svc/main.go'), false));
  it('a -trimpath path matches the workspace file sharing most trailing segments', () =>
    assert.strictEqual(
      bestSuffixMatch('fx/jsonwork/main.go', ['/ws/tools/main.go', '/ws/fx/jsonwork/main.go', '/ws/jsonwork/x/main.go']),
      '/ws/fx/jsonwork/main.go',
    ));
  it('one shared segment is not enough for a longer path', () => assert.strictEqual(bestSuffixMatch('fx/jsonwork/main.go', ['/ws/other/main.go']), undefined));
  it('per-line values of the open profile reach a workspace file by suffix (main.build line 26 = pprof -lines cum 38834790 B)', () => {
    const s = new ProfileSession('jsonwork', loadSource(path.join(profileFixtures, 'jsonwork-go1.19.pb.gz')));
    const values = valuesForFile('/home/me/src/fx/jsonwork/main.go', { profileFile: 'jsonwork.pb.gz', values: s.lineValues() });
    // From test/fixtures/viewer/jsonwork.lines.focus-main.top.txt: "main.build fx/jsonwork/main.go:26" cum.
    assert.strictEqual(values?.get(26), 38834790);
  });
  it('per-line values stay unfiltered under a filter or another granularity, and follow the sample type and a comparison', () => {
    const file = path.join(profileFixtures, 'jsonwork-go1.19.pb.gz');
    const s = new ProfileSession('jsonwork', loadSource(file));
    const settings = s.summary().settings;
    const first = s.lineValues();
    const at = (settings2: typeof settings) => {
      s.setSettings(settings2);
      return s.lineValues();
    };
    assert.deepStrictEqual(at({ ...settings, filters: { focus: 'main', ignore: '', hide: 'json' } }), first);
    assert.deepStrictEqual(at({ ...settings, granularity: 'lines' }), first);
    const other = (settings.sampleIndex + 1) % s.summary().sampleTypes.length;
    const fresh = new ProfileSession('jsonwork', loadSource(file), { ...settings, sampleIndex: other });
    assert.deepStrictEqual(at({ ...settings, sampleIndex: other }), fresh.lineValues());
    assert.notDeepStrictEqual(fresh.lineValues(), first);
    s.setSettings(settings);
    s.compare({ file: 'self.pb.gz', profile: loadSource(file) });
    const compared = s.lineValues();
    assert.strictEqual(compared.base, 'self.pb.gz');
    assert.notDeepStrictEqual(compared.values, first.values, 'the difference’s values, not those kept for the profile alone');
  });
  it('heat levels grow with the share', () =>
    assert.deepStrictEqual(
      [0, 0.005, 0.03, 0.1, 0.3, 0.9].map((v) => heatLevel(v, 1)),
      [-1, 0, 1, 2, 3, 4],
    ));
});
