import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { type BuildContext, impliedGoMinor, parseGoBuild } from '../../../src/goanalysis/buildConstraints';
import { readPackageInput } from '../../../src/goanalysis/packageFiles';
import { ownDir } from './helpers';

// The files each build takes, as `go list` (Go 1.26) lists them: test/fixtures/lens/gen-buildfiles.sh.
const builds: { goos: string; goarch: string; cgo: boolean; tags: string; files: string[] }[] = JSON.parse(
  fs.readFileSync(path.join(ownDir, 'buildfiles-expected.json'), 'utf8'),
);
const dir = path.join(ownDir, 'buildfiles');

/** The files HeapLens takes with the package of `file` in a build. */
function taken(file: string, build: BuildContext): string[] {
  const p = path.join(dir, file);
  const input = readPackageInput({ path: p, text: fs.readFileSync(p, 'utf8') }, undefined, { build });
  return [input.file, ...input.siblings].map((f) => path.basename(f.path)).sort();
}

describe('build constraints as the go command applies them (go list)', () => {
  for (const b of builds) {
    const label = `${b.goos}/${b.goarch}${b.cgo ? ' cgo' : ''}${b.tags ? ` -tags=${b.tags}` : ''}`;
    const ctx: BuildContext = { goos: b.goos, goarch: b.goarch, cgo: b.cgo, tags: b.tags ? b.tags.split(',') : [], releaseMinor: 26 };
    it(`${label}: the regular build's files`, () => {
      assert.deepEqual(taken('a.go', ctx), b.files.filter((f) => !f.endsWith('_test.go')).sort());
    });
    it(`${label}: with the test files, from a test file`, () => {
      assert.deepEqual(taken('d_test.go', ctx), [...b.files].sort());
    });
  }

  it("reads go/build/constraint's minimum Go version (GoVersion)", () => {
    // Values from go/build/constraint.GoVersion's documentation and rules.
    const v = (e: string) => impliedGoMinor(parseGoBuild(e)!);
    assert.equal(v('go1.21'), 21);
    assert.equal(v('linux && go1.22'), 22);
    assert.equal(v('go1.21 || linux'), undefined);
    assert.equal(v('go1.21 || go1.22'), 21);
    assert.equal(v('!go1.21'), undefined);
    assert.equal(v('linux'), undefined);
  });
  it('rejects a malformed expression', () => {
    assert.equal(parseGoBuild('linux &&'), undefined);
    assert.equal(parseGoBuild('(linux'), undefined);
  });
});
