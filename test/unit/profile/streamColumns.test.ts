// The full model read while the profile inflates (decodeStreamed, streamColumns.ts) against the
// general decoder on the same bytes: every column, the header and the labels, for every fixture
// profile (Go's layout, which the streamed reader takes, and the others it declines), fed in
// chunks of random sizes; and bad bytes fail with the general decoder's message.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { decodeProfile, decodeStreamed, decodeStreamedFile } from '../../../src/profile';
import * as os from 'os';
import type { Profile } from '../../../src/profile';
import { indexRaw } from '../../../src/profile/decodeHeader';
import { StreamedColumns } from '../../../src/profile/streamColumns';
import { fixture } from '../../support/fixtures';
import { len, message, num, packed, str } from './pb';
import { buildProfile, heapSampleTypes } from '../../support/profileBuilder';

/** Every field of a model as plain values (typed arrays by kind and contents; labels decoded). */
function plain(p: Profile): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(Object.getOwnPropertyDescriptors(p)).sort()) {
    const v = (p as unknown as Record<string, unknown>)[key];
    // the value column's kind is the decoder's choice (32-bit when every value fits): its numbers must agree
    const kind = key === 'sampleValues' ? 'values' : (v as object | undefined)?.constructor?.name;
    out[key] = ArrayBuffer.isView(v) ? [kind, Array.from(v as unknown as ArrayLike<number>)] : v;
  }
  return out;
}

const profiles = fs
  .readdirSync(fixture('profile'))
  .filter((f) => f.endsWith('.pb.gz'))
  .map((f) => fixture('profile', f))
  .concat(fixture('perf', 'wide-200k.pb.gz'), fixture('maps', 'mapsites-go1.26-rate1.pb.gz'));

describe('the model read while the profile inflates equals the general decoder', function () {
  this.timeout(120_000);
  let dir = '';
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heaplens-stream-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const streamedBy = new Map<string, boolean>();

  for (const file of profiles) {
    it(`${path.basename(file)}: every column and label, in one piece and in random chunks`, async () => {
      const data = fs.readFileSync(file);
      const want = plain(decodeProfile(data));
      assert.deepEqual(plain(await decodeStreamed(data)), want);
      // the file read as it inflates, as the viewer's worker reads it
      assert.deepEqual(plain(await decodeStreamedFile(file, {}, 0)), want);
      const raw = zlib.gunzipSync(data);
      const columns = new StreamedColumns(raw.length);
      let seed = 11;
      for (let at = 0; at < raw.length;) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        const next = Math.min(raw.length, at + 1 + (seed % 3000));
        columns.push(raw.slice(at, next));
        at = next;
      }
      const read = columns.topLevel(raw.length);
      streamedBy.set(path.basename(file), read !== undefined);
      if (read) assert.deepEqual(plain(columns.finish(indexRaw(read.bytes, read.known), raw.length, raw)!), want);
      // in whole chunks, the module reads nearly all of a streamed profile's samples (sample reads those cut by a piece's end)
      const whole = new StreamedColumns(raw.length);
      whole.push(raw);
      const count = want.sampleCount as number;
      if (whole.topLevel(raw.length)) assert.ok(whole.moduleSamples >= count * 0.9, `the module read ${whole.moduleSamples} of ${count} samples`);
    });
  }

  it('takes the profiles Go writes and declines the others (so both paths ran above)', () => {
    assert.equal(streamedBy.get('jsonwork-go1.19.pb.gz'), true);
    assert.equal(streamedBy.get('wide-200k.pb.gz'), true);
    // pprof wrote this diff with its samples before its locations
    assert.equal(streamedBy.get('diff-mapclear.pb.gz'), false);
  });

  it('samples before their locations (as pprof-format and pprof write them)', async () => {
    const functions = Array.from({ length: 300 }, (_, i) => ({ name: `pkg.f${i}`, file: 'f.go', startLine: i + 1 }));
    const samples = Array.from({ length: 2000 }, (_, s) => ({
      stack: [1 + (s % 300), 1 + ((s * 7) % 300), 1 + ((s * 13) % 300)],
      value: [s + 1, (s + 1) * 64, s % 3, (s % 3) * 64],
    }));
    const gz = buildProfile({ sampleTypes: heapSampleTypes, functions, samples });
    const raw = zlib.gunzipSync(gz);
    const columns = new StreamedColumns(raw.length);
    columns.push(raw);
    const read = columns.topLevel(raw.length);
    assert.ok(read, 'the streamed reader took it');
    assert.deepEqual(plain(columns.finish(indexRaw(read.bytes, read.known), raw.length, raw)!), plain(decodeProfile(gz)));
  });

  it('values: 32-bit while they fit, doubles from the first that does not, late in a long profile', async () => {
    const functions = Array.from({ length: 50 }, (_, i) => ({ name: `pkg.f${i}`, file: 'f.go', startLine: i + 1 }));
    const samples = (big: number) =>
      Array.from({ length: 30_000 }, (_, s) => ({
        stack: [1 + (s % 50), 1 + ((s * 7) % 50)],
        value: [s + 1, s === big ? 2 ** 33 + 5 : 0xffffffff - s, s % 3, (s % 3) * 64],
      }));
    for (const big of [-1, 0, 29_000]) {
      const gz = buildProfile({ sampleTypes: heapSampleTypes, functions, samples: samples(big) });
      const p = await decodeStreamed(gz);
      assert.equal(p.sampleValues.constructor.name, big < 0 ? 'Uint32Array' : 'Float64Array');
      assert.deepEqual(plain(p), plain(decodeProfile(gz)));
    }
  });

  it('labels: several a sample (more than samples), negative numbers, none', async () => {
    const label = (j: number) => len(3, [...num(1, 3), ...(j % 2 ? num(3, -j) : num(2, 4))]);
    const samples = Array.from({ length: 50 }, (_, i) =>
      len(2, [...packed(1, [1]), ...packed(2, [i]), ...Array.from({ length: i % 5 }, (_, j) => label(j)).flat()]),
    );
    const bytes = message(
      len(1, [...num(1, 1), ...num(2, 2)]),
      ...samples,
      len(4, [...num(1, 1), ...len(4, [...num(1, 1), ...num(2, 10)])]),
      len(5, [...num(1, 1), ...num(2, 5), ...num(4, 6)]),
      ...['', 'alloc_space', 'bytes', 'k', 'v', 'main.f', 'f.go'].map((t) => str(6, t)),
    );
    const want = { start: [0], key: [] as number[], str: [] as number[], num: [] as number[] };
    for (let i = 0; i < 50; i++) {
      for (let j = 0; j < i % 5; j++) {
        want.key.push(3);
        want.str.push(j % 2 ? 0 : 4);
        want.num.push(j % 2 ? -j : 0);
      }
      want.start.push(want.key.length);
    }
    for (const p of [decodeProfile(bytes), await decodeStreamed(zlib.gzipSync(bytes))]) {
      assert.deepEqual(Array.from(p.sampleLabelStart), want.start);
      assert.deepEqual(Array.from(p.labelKey), want.key);
      assert.deepEqual(Array.from(p.labelStr), want.str);
      assert.deepEqual(Array.from(p.labelNum), want.num);
      assert.deepEqual(Array.from(p.labelNumUnit), new Array(want.key.length).fill(0));
    }
  });

  it('unpacked ids and values, as Go writes two or fewer', async () => {
    const bytes = message(
      len(1, [...num(1, 1), ...num(2, 2)]),
      len(1, [...num(1, 3), ...num(2, 2)]),
      len(4, [...num(1, 1), ...len(4, [...num(1, 1), ...num(2, 10)])]),
      len(5, [...num(1, 1), ...num(2, 4), ...num(4, 5)]),
      len(2, [...num(2, 7), ...num(2, 9), ...num(1, 1), ...num(1, 1)]),
      len(2, [...packed(1, [1, 1, 1]), ...packed(2, [300, 2 ** 40])]),
      ...['', 'alloc_space', 'bytes', 'inuse_space', 'main.f', 'f.go'].map((s) => str(6, s)),
    );
    const p = await decodeStreamed(zlib.gzipSync(bytes));
    assert.deepEqual(Array.from(p.sampleValues), [7, 9, 300, 2 ** 40]);
    assert.ok(p.sampleValues instanceof Float64Array, 'a value past 32 bits: doubles');
    assert.deepEqual(Array.from(p.sampleLocationStart), [0, 2, 5]);
    assert.deepEqual(plain(p), plain(decodeProfile(bytes)));
  });

  it('bad bytes fail with the general decoder message', async () => {
    const raw = zlib.gunzipSync(fs.readFileSync(fixture('profile', 'jsonwork-go1.19.pb.gz')));
    let checked = 0;
    for (const cut of [10, 1000, Math.floor(raw.length / 2), raw.length - 3]) {
      for (const bytes of [raw.subarray(0, cut), zlib.gzipSync(raw.subarray(0, cut)), zlib.gzipSync(raw).subarray(0, cut)]) {
        let want = '';
        try {
          decodeProfile(bytes);
        } catch (e) {
          want = String(e);
        }
        if (want === '') continue; // a cut at a message boundary is a valid profile
        await assert.rejects(decodeStreamed(bytes), (e: unknown) => String(e) === want);
        const file = path.join(dir, `cut-${cut}.pb.gz`);
        fs.writeFileSync(file, bytes);
        await assert.rejects(decodeStreamedFile(file, {}, 0), (e: unknown) => String(e) === want);
        checked++;
      }
    }
    assert.ok(checked >= 10, `${checked} of 12 cuts were refused`);
  });

  it('a file that is not there fails naming it', async () => {
    const file = path.join(dir, 'missing.pb.gz');
    await assert.rejects(decodeStreamedFile(file, {}, 0), (e: unknown) => (e as NodeJS.ErrnoException).code === 'ENOENT' && String(e).includes(file));
  });
});
