// Type layout against the real gc compiler (test/fixtures/go-truth/type-sizes.json, printed by
// scripts/go-type-sizes/main.go under Go 1.26) and bucket/group sizes the runtime reports
// (shared/spec/go-map-facts.md, measured).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapLayout, parseGoType, parseMapType } from '../../../src/engine';
import { InputError } from '../../../src/shared/errors';

const sizes = JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'go-truth', 'type-sizes.json'), 'utf8')) as {
  type: string;
  size: number;
  align: number;
}[];

describe('Go type layout (gc, 64-bit)', () => {
  for (const t of sizes) {
    it(`${t.type}: size ${t.size}, align ${t.align}`, () => {
      const g = parseGoType(t.type);
      assert.deepEqual([g.size, g.align], [t.size, t.align]);
    });
  }
  it('pointer-ness', () => {
    assert.equal(parseGoType('struct{a int8; b [4]int64}').hasPointers, false);
    assert.equal(parseGoType('struct{a int8; b []int64}').hasPointers, true);
    assert.equal(parseGoType('[0]*int').hasPointers, false);
    assert.equal(parseGoType('interface{ String() string }').hasPointers, true);
  });
  it('parses the issue example', () => {
    const m = parseMapType('map[struct{a int8; b int64}][]byte');
    assert.deepEqual([m.key.size, m.elem.size], [16, 24]);
  });
  it('rejects bad types with the problem and where', () => {
    assert.throws(
      () => parseGoType('map[int]Foo'),
      (e: unknown) => e instanceof InputError && /unknown type name 'Foo'.*column 9/.test(e.message),
    );
    assert.throws(
      () => parseMapType('map[[]int]int'),
      (e: unknown) => e instanceof InputError && /not comparable/.test(e.message),
    );
    assert.throws(
      () => parseMapType('[]int'),
      (e: unknown) => e instanceof InputError && /not a map type/.test(e.message),
    );
    assert.throws(
      () => parseGoType('map[int'),
      (e: unknown) => e instanceof InputError && /expected '\]'/.test(e.message),
    );
  });
});

describe('bucket and group sizes (runtime-measured, go-map-facts.md)', () => {
  const cases: [string, number, number][] = [
    ['map[int]int', 144, 136],
    ['map[string]int', 208, 200],
    ['map[int64]struct{}', 80, 136],
    ['map[int32]int8', 56, 72],
    ['map[string][]byte', 336, 328],
  ];
  for (const [type, bucket, group] of cases) {
    it(`${type}: bucket ${bucket}, group ${group}`, () => {
      const m = parseMapType(type);
      const l = mapLayout(m.key, m.elem);
      assert.deepEqual([l.bucketSize, l.groupSize], [bucket, group]);
    });
  }
});
