import { strict as assert } from 'assert';
import * as path from 'path';
import type { TreeCache } from '../../../src/goanalysis/analysis';
import { parseGoType } from '../../../src/engine';
import { analyzeFile, ownDir, contractDir, testCache } from './helpers';

// The type handed to the engine (Simulate, hover figures): named types expanded to what the
// source declares, written over predeclared types only, and accepted by the engine's parser.
describe('lens: map types for the engine', () => {
  let cache: TreeCache;
  before(async () => {
    cache = await testCache();
  });
  after(() => cache.dispose());
  const engineTypes = (file: string) =>
    Object.fromEntries(
      analyzeFile(cache, file)
        .filter((c) => c.kind === 'map')
        .map((c) => [`${c.line}`, c.engineType]),
    );

  it('Entries = map[Key][]byte with Key struct{Tenant string; ID int64}', () => {
    const t = engineTypes(path.join(contractDir, 'cache/cache.go'));
    assert.equal(t['21'], 'map[struct{Tenant string; ID int64}][]byte');
    assert.equal(t['38'], 'map[uint64]struct{}');
  });
  it('a pointer element and an array key keep their sizes', () => {
    const t = engineTypes(path.join(ownDir, 'resolution/fields.go'));
    assert.equal(t['7'], 'map[int64]*byte'); // map[int64]*Item: any pointer is one word
  });
  it('types from other packages have none (no made-up figure)', () => {
    const calls = analyzeFile(cache, path.join(ownDir, 'imported/main.go'));
    assert.equal(calls.find((c) => c.line === 18)?.engineType, 'map[string]int');
    assert.deepEqual(
      calls.filter((c) => c.line !== 18).map((c) => c.engineType),
      [undefined, undefined, undefined],
    );
  });
  it('every map engine type in the fixtures parses in the engine', () => {
    for (const f of ['resolution/locals.go', 'resolution/fields.go', 'generics/generics.go', 'classic/main.go', 'quickfix/fix.go']) {
      for (const c of analyzeFile(cache, path.join(ownDir, f)))
        if (c.engineType) assert.doesNotThrow(() => parseGoType(c.engineType!), `${f}:${c.line} ${c.engineType}`);
    }
  });
});
