// The decoder refuses bad input with a specific InputError (hand-built inputs).
import { strict as assert } from 'assert';
import { gzipSync } from 'zlib';
import { decodeProfile } from '../../../src/profile';
import { InputError } from '../../../src/shared/errors';
import { len, message, num, packed, smallProfile, varint } from './pb';

function refuses(data: Uint8Array, pattern: RegExp, options?: { maxInflatedBytes?: number }): void {
  assert.throws(
    () => decodeProfile(data, options),
    (err: unknown) => {
      assert.ok(err instanceof InputError, `expected InputError, got ${String(err)}`);
      assert.match(err.message, pattern);
      assert.doesNotMatch(err.message, /\n/);
      return true;
    },
  );
}

describe('profile decoder: bad input', () => {
  it('decodes the hand-built profile the error cases start from', () => {
    const p = decodeProfile(message(...smallProfile()));
    assert.equal(p.sampleCount, 1);
    assert.deepEqual([...p.sampleValues], [5]);
    assert.equal(p.strings[p.functionName[p.lineFunction[p.locationLineStart[p.sampleLocations[0]]]]], 'main.f');
  });
  it('keeps the sign of negative int64 values (diff profiles)', () => {
    const p = decodeProfile(message(...smallProfile({ value: -5 })));
    assert.deepEqual([...p.sampleValues], [-5]);
    const big = decodeProfile(message(...smallProfile({ value: -(2 ** 52) - 3 })));
    assert.deepEqual([...big.sampleValues], [-(2 ** 52) - 3]);
  });
  it('reads gzip-compressed input too', () => {
    assert.deepEqual([...decodeProfile(gzipSync(message(...smallProfile()))).sampleValues], [5]);
  });
  it('refuses an empty file', () => refuses(new Uint8Array(0), /empty file/));
  it('refuses data that is neither gzip nor protobuf', () => refuses(Buffer.from('{"not": "a profile"}\n'), /not gzip, and not a valid pprof protobuf/));
  it('refuses a protobuf without a string table', () => refuses(message(num(9, 1)), /no string table/));
  it('refuses truncated gzip', () => {
    const gz = gzipSync(message(...smallProfile()));
    refuses(gz.subarray(0, gz.length - 12), /truncated gzip/);
  });
  it('refuses an overlong varint', () =>
    refuses(message(...smallProfile(), [9 * 8, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]), /overlong varint at byte \d+/));
  it('refuses a varint cut off by the end of the data', () => refuses(message(...smallProfile(), [9 * 8, 0xff]), /truncated varint/));
  it('refuses a length past the end of the buffer', () =>
    refuses(message(...smallProfile(), [2 * 8 + 2, ...varint(100), 1, 2, 3]), /length 100, past the end/));
  it('refuses a length past the end of its enclosing message', () =>
    refuses(message(...smallProfile(), len(2, [1 * 8 + 2, 9, 1])), /past the end of its message/));
  it('refuses a dangling location id', () => refuses(message(...smallProfile({ locationId: 7 })), /sample 0 refers to location id 7/));
  it('refuses a dangling function id', () => refuses(message(...smallProfile({ functionId: 9 })), /location id 1 refers to function id 9/));
  it('refuses a string index out of range', () =>
    refuses(message(...smallProfile({ functionName: 99 })), /string index 99, out of range \(the string table has 5 entries\)/));
  it('refuses a label string index out of range', () =>
    refuses(
      message(...smallProfile(), len(2, [...packed(1, [1]), ...packed(2, [1]), ...len(3, [...num(1, 42)])])),
      /label of sample 1 refers to string index 42/,
    ));
  it('refuses a sample with fewer values than sample types', () =>
    refuses(message(...smallProfile(), len(2, [...packed(1, [1])])), /sample 1 has 0 values but the profile has 1 sample types/));
  it('refuses an invalid wire type', () => refuses(message(...smallProfile(), [9 * 8 + 7, 0]), /wire type 7/));
  it('refuses a gzip bomb once it passes the cap', () => {
    // 64 gzip members of 1 MiB of zeros each: 64 MiB inflated from about 66 kB
    const member = gzipSync(Buffer.alloc(1 << 20));
    const bomb = Buffer.concat(Array.from({ length: 64 }, () => member));
    refuses(bomb, /inflates to more than 16777216 bytes/, { maxInflatedBytes: 16 << 20 });
  });
  it('refuses a 1 GiB gzip bomb under the default cap', () => {
    const member = gzipSync(Buffer.alloc(1 << 20));
    const bomb = Buffer.concat(Array.from({ length: 1024 }, () => member));
    refuses(bomb, /inflates to more than \d+ bytes/);
  });
});
