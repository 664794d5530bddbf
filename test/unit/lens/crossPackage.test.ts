import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { ClearCall, TreeCache } from '../../../src/goanalysis/analysis';
import { analyzeClearCalls } from '../../../src/goanalysis/analysis';
import { defaultBuildContext } from '../../../src/goanalysis/buildConstraints';
import { readPackageInput } from '../../../src/goanalysis/packageFiles';
import { goRoot } from '../../support/realGo';
import { type Expected, ownDir, testCache } from './helpers';

// Answers from go/types over `go list -deps -test` (test/fixtures/lens/gen-cross.sh), never from our code.
const expected: (Expected & { build?: string })[] = JSON.parse(fs.readFileSync(path.join(ownDir, 'cross-expected.json'), 'utf8'));

describe('clear( across packages, builds and file versions, against go/types', function () {
  let cache: TreeCache;
  let goroot: string;
  const results = new Map<string, ClearCall[]>();
  before(async () => {
    cache = await testCache();
    goroot = goRoot('1.26');
  });
  after(() => cache.dispose());

  const analyse = (file: string, withPackages = true, std = goroot): ClearCall[] => {
    const key = `${withPackages}:${std}:${file}`;
    if (!results.has(key)) {
      const input = readPackageInput({ path: file, text: fs.readFileSync(file, 'utf8') }, undefined, { goroot: std, build: defaultBuildContext(26) });
      results.set(key, analyzeClearCalls(cache, withPackages ? input : { ...input, packages: undefined }));
    }
    return results.get(key)!;
  };
  const at = (e: Expected, withPackages = true) => {
    const hits = analyse(path.join(ownDir, e.file), withPackages).filter((c) => c.line === e.line);
    assert.equal(hits.length, 1, `one clear call expected on ${e.file}:${e.line}, found ${hits.length}`);
    return hits[0];
  };

  for (const e of expected) {
    it(`${e.file}:${e.line} clear(${e.argument}) is ${e.kind} ${e.type ?? ''}${e.build ? ` (${e.build})` : ''}`, () => {
      const got = at(e);
      assert.deepEqual(
        { kind: got.kind, retains: got.retains, type: got.type, column: got.column },
        { kind: e.kind, retains: e.retains, type: e.type ?? null, column: e.column },
        got.reason,
      );
    });
  }

  it('finds exactly the calls go/types lists in each analysed file', () => {
    for (const file of new Set(expected.map((e) => e.file))) {
      const want = expected.filter((e) => e.file === file).map((e) => e.line);
      assert.deepEqual(
        analyse(path.join(ownDir, file)).map((c) => c.line),
        want,
        file,
      );
    }
  });

  it("spells another package's type for a quick fix only where the file imports it under that name", () => {
    const line = (file: string, n: number) => analyse(path.join(ownDir, file)).find((c) => c.line === n)!;
    assert.equal(line('crosspkg/main.go', 23).spelledType, 'storage.Index'); // imported as storage (and as s2)
    assert.equal(line('crosspkg/store/store_test.go', 15).spelledType, undefined); // http.Header: net/http is not imported there
  });

  describe('with the shipped standard library index (data/stdindex, made from Go 1.26 by scripts/make-stdindex.ts) instead of a GOROOT', () => {
    const index = path.join(__dirname, '..', '..', '..', 'data', 'stdindex');
    for (const e of expected.filter((x) => !x.build)) {
      it(`${e.file}:${e.line} clear(${e.argument}) is ${e.kind} ${e.type ?? ''}`, () => {
        const hits = analyse(path.join(ownDir, e.file), true, index).filter((c) => c.line === e.line);
        assert.equal(hits.length, 1);
        assert.deepEqual({ kind: hits[0].kind, type: hits[0].type }, { kind: e.kind, type: e.type ?? null }, hits[0].reason);
      });
    }
  });

  describe('without other packages: never a wrong answer, and the rules that need no lookup', () => {
    for (const e of expected) {
      it(`${e.file}:${e.line} clear(${e.argument}) is unknown or agrees`, () => {
        const got = at(e, false);
        if (got.kind === 'unknown') return assert.ok(got.reason, 'an unknown says why');
        assert.equal(got.kind, e.kind);
        assert.equal(got.retains, e.retains);
        if (got.type !== null) assert.equal(got.type, e.type);
      });
    }
    const rule = (line: number, kind: string) => {
      const e = expected.find((x) => x.file === 'crosspkg/main.go' && x.line === line)!;
      assert.equal(at(e, false).kind, kind, `${e.argument}`);
    };
    it('a slice expression is a slice', () => rule(46, 'slice'));
    it('make(T) with one argument is a map', () => rule(45, 'map'));
    it('a variable set from a one-argument make is a map', () => rule(29, 'unknown')); // set.New: a call of another package: no rule
  });
});
