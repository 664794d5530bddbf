import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ClearCall, TreeCache } from '../../../src/goanalysis/analysis';
import { lensTitles } from '../../../src/goanalysis/lensTitles';
import { analyzeFile, contractDir, testCache } from './helpers';

// The lenses above the contract's cache.go (go.mod: go 1.24, where maps became Swiss tables;
// classic bucket maps before: the Go 1.24 release notes).
describe('lens titles', () => {
  let cache: TreeCache;
  before(async () => {
    cache = await testCache();
  });
  after(() => cache.dispose());
  const file = path.join(contractDir, 'cache/cache.go');
  const at = (line: number, go?: string, allocLines = false): ClearCall => analyzeFile(cache, file, go, allocLines).find((c) => c.line === line)!;
  const titles = (c: ClearCall) => lensTitles(c, []).map((l) => [l.title, l.command]);

  it('a map on Go 1.24: Swiss tables stay; Explain; Simulate', () =>
    assert.deepEqual(titles(at(21)), [
      ['clear: Swiss tables and groups stay allocated (Go 1.24)', 'explain'],
      ['Explain', 'explain'],
      ['Simulate', 'simulate'],
    ]));
  it('a map on Go 1.22: the classic buckets stay', () =>
    assert.equal(lensTitles(at(23, '1.22'), [])[0].title, 'clear: buckets stay allocated (classic map, Go 1.22)'));
  it('a map on Go 1.24 built with GOEXPERIMENT=noswissmap (the setting): the classic buckets stay, and it simulates', () => {
    const c = at(21, '1.24 (noswissmap)');
    assert.equal(c.goVersion, '1.24-noswissmap');
    assert.deepEqual(titles(c), [
      ['clear: buckets stay allocated (classic map, Go 1.24 (noswissmap))', 'explain'],
      ['Explain', 'explain'],
      ['Simulate', 'simulate'],
    ]);
  });
  it('a //go:build go1.21 line lowers the language version, not the runtime: a go 1.26 module keeps Swiss tables', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heaplens-lowered-'));
    fs.writeFileSync(path.join(dir, 'go.mod'), 'module x\n\ngo 1.26\n');
    fs.writeFileSync(path.join(dir, 'a.go'), '//go:build go1.21\n\npackage x\n\nfunc f(m map[int]int) {\n\tclear(m)\n}\n');
    const [c] = analyzeFile(cache, path.join(dir, 'a.go'));
    fs.rmSync(dir, { recursive: true, force: true });
    assert.equal(c.kind, 'map');
    assert.equal(c.goVersion, '1.26');
    assert.equal(lensTitles(c, [])[0].title, 'clear: Swiss tables and groups stay allocated (Go 1.26)');
  });
  it('a slice: the elements are zeroed, nothing is freed', () =>
    assert.deepEqual(titles(at(22)), [
      ['clear zeroes the elements; len, cap and the backing array stay', 'explain'],
      ['Explain', 'explain'],
    ]));
  it('Go 1.20 has no clear: one lens without a command', () =>
    assert.deepEqual(titles(at(21, '1.20')), [['clear needs Go 1.21; go.mod says 1.20', undefined]]));
  it('a clear that is not the builtin has none', () => assert.deepEqual(titles(at(43)), []));
  it("the open profile's bytes at the line that makes the map", () => {
    const c = at(21, undefined, true);
    assert.deepEqual(c.allocLines, [17]);
    const last = lensTitles(c, [{ line: 17, value: 3 << 20 }], { name: 'inuse_space', unit: 'bytes' }).pop();
    assert.deepEqual(last, { title: 'profile inuse_space: 3 MiB at line 17' });
  });
  it('values of another unit are shown as numbers', () => {
    const last = lensTitles(at(21), [{ line: 17, value: 12 }], { name: 'inuse_objects', unit: 'count' }).pop();
    assert.deepEqual(last, { title: 'profile inuse_objects: 12 at line 17' });
  });
});
