import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { TreeCache, ClearCall } from '../../../src/goanalysis/analysis';
import { type Expected, analyzeFile, expectedOf, ownDir, contractDir, testCache } from './helpers';

// Expected answers come from go/types (test/fixtures/lens/oracle) or from the contract's expected.json (test/fixtures/lens/contract); never from our code.
const gaps: { file: string; line: number }[] = JSON.parse(fs.readFileSync(path.join(ownDir, 'known-gaps.json'), 'utf8'));
const isGap = (e: Expected) => gaps.some((g) => g.file === e.file && g.line === e.line);

let cache: TreeCache;
const results = new Map<string, ClearCall[]>();
function callAt(dir: string, e: Expected): ClearCall | undefined {
  const file = path.join(dir, e.file);
  if (!results.has(file)) results.set(file, analyzeFile(cache, file));
  const hits = results.get(file)!.filter((c) => c.line === e.line);
  assert.equal(hits.length, 1, `one clear call expected on ${e.file}:${e.line}, found ${hits.length}`);
  return hits[0];
}

/** Our answer agrees with the oracle's kind, retains, column and (when it has one) core type. */
function agrees(dir: string, e: Expected): void {
  const got = callAt(dir, e)!;
  assert.deepEqual({ kind: got.kind, retains: got.retains }, { kind: e.kind, retains: e.retains }, got.reason);
  if (e.column !== undefined) assert.equal(got.column, e.column);
  if (e.type) assert.equal(got.type, e.type);
}

describe('lens analysis against go/types', function () {
  before(async () => {
    cache = await testCache();
  });
  after(() => cache.dispose());

  describe('contract fixtures (test/fixtures/lens/contract)', () => {
    for (const e of expectedOf(contractDir)) it(`${e.file}:${e.line} is ${e.kind}`, () => agrees(contractDir, e));
  });

  describe('own fixtures (test/fixtures/lens, oracle output)', () => {
    for (const e of expectedOf(ownDir).filter((x) => !isGap(x))) it(`${e.file}:${e.line} clear(${e.argument}) is ${e.kind}`, () => agrees(ownDir, e));
  });

  describe('known gaps: types from other packages are unknown, never a wrong kind', () => {
    for (const e of expectedOf(ownDir).filter(isGap))
      it(`${e.file}:${e.line} clear(${e.argument}) is unknown`, () => assert.equal(callAt(ownDir, e)!.kind, 'unknown'));
  });

  it('finds exactly the calls the oracle lists, no more', () => {
    const want = new Set(expectedOf(ownDir).map((e) => `${e.file}:${e.line}`));
    const files = [...new Set(expectedOf(ownDir).map((e) => e.file))];
    const got = files.flatMap((f) => analyzeFile(cache, path.join(ownDir, f)).map((c) => `${f}:${c.line}`));
    assert.deepEqual(got.sort(), [...want].sort());
  });
});
