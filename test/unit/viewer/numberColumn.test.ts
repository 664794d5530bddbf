// Numbers sent to the webview in as few bytes as they need must read back exactly.
import * as assert from 'assert';
import { packIndices, packNumbers, unpackNumbers } from '../../../src/shared/numberColumn';

describe('viewer: number columns', () => {
  it('every value reads back exactly, however it was packed', () => {
    const values = [0, 1, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, -(2 ** 31) - 1, 2 ** 53, -(2 ** 53), 0.5, -0, NaN, Infinity, -Infinity, 1e300, 5e-324];
    const back = unpackNumbers(packNumbers(values));
    assert.strictEqual(back.length, values.length);
    values.forEach((v, i) => assert.ok(Object.is(back[i], v), `${v} read back as ${back[i]}`));
  });

  it('32-bit integers take 4 bytes and nothing apart; the others are listed apart', () => {
    const fits = packNumbers([3, -7, 2 ** 31 - 1]);
    assert.ok(fits.small instanceof Int32Array && fits.bigAt === undefined && fits.big === undefined);
    const some = packNumbers([3, 2 ** 40, -0, 4]);
    assert.deepStrictEqual(Array.from(some.bigAt!), [1, 2]);
    assert.deepStrictEqual(Array.from(some.small), [3, 0, 0, 4]);
    assert.deepStrictEqual(unpackNumbers(packNumbers([])), []);
  });

  it('counts and lines below 65536 take 16 bits; one past, a negative one or a fraction, 32 or more', () => {
    assert.ok(packNumbers([0, 7, 65535]).small instanceof Uint16Array);
    for (const odd of [65536, -1, 0.5, -0]) {
      const c = packNumbers([1, odd]);
      assert.ok(c.small instanceof Int32Array, String(odd));
      assert.ok(Object.is(unpackNumbers(c)[1], odd), String(odd));
    }
  });

  it('indices take 16 bits up to 65535, 32 from 65536', () => {
    assert.ok(packIndices([0, 65535]) instanceof Uint16Array);
    const wide = packIndices([0, 65536]);
    assert.ok(wide instanceof Uint32Array);
    assert.deepStrictEqual(Array.from(wide), [0, 65536]);
  });
});
