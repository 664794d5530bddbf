// `heaplens top`'s streamed sums (src/profile/streamTop.ts). Hand-built profiles in Go's layout
// (tables before the samples that use them, strings last) against `go tool pprof -top` run here
// on the same bytes, with the path each must take (streamed, or declined to the general one);
// and every fixture profile read in chunks of random sizes against the general path's table,
// which the goldens tests check against pprof.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { buildFrameTable, defaultSampleIndex, openProfile, openStreamed, printableName, topTable } from '../../../src/profile';
import type { Granularity, TopTable } from '../../../src/profile';
import { StreamedTop } from '../../../src/profile/streamTop';
import { parsePprofTop } from '../../support/pprofGolden';
import { goBinary } from '../../support/realGo';
import { fixture } from '../../support/fixtures';
import { len, message, num, packed, str } from './pb';

const STRINGS = ['', 'alloc_space', 'bytes', 'main.a', 'a.go', 'main.b', 'main.c'];
const [ALLOC, BYTES, A, AGO, B, C] = [1, 2, 3, 4, 5, 6];

const sampleType = len(1, [...num(1, ALLOC), ...num(2, BYTES)]);
const fn = (id: number, name: number) => len(5, [...num(1, id), ...num(2, name), ...num(4, AGO)]);
/** A location with lines [function id, line], leaf (innermost) first. */
const loc = (id: number, ...lines: [number, number][]) => len(4, [...num(1, id), ...lines.flatMap(([f, l]) => len(4, [...num(1, f), ...num(2, l)]))]);
const sample = (ids: number[], value: number) => len(2, [...packed(1, ids), ...packed(2, [value])]);
const strings = STRINGS.map((s) => str(6, s));

/** Each profile in Go's layout, the path it must take, and why. */
const cases: { name: string; streamed: boolean | Record<Granularity, boolean>; fields: number[][] }[] = [
  {
    name: 'two or fewer ids and values are written unpacked, as Go writes them',
    streamed: true,
    fields: [sampleType, loc(1, [1, 10]), fn(1, A), loc(2, [2, 20]), fn(2, B), len(2, [...num(2, 7), ...num(1, 1), ...num(1, 2)]), sample([2], 3), ...strings],
  },
  {
    name: 'recursion: a function twice in one stack counts once in cum',
    streamed: true,
    fields: [sampleType, loc(1, [1, 10]), fn(1, A), loc(2, [2, 20]), fn(2, B), loc(3, [1, 30]), sample([1, 2, 3], 5), sample([2, 3], 4), ...strings],
  },
  {
    name: 'an inlined frame known before the samples through its plain location',
    streamed: true,
    fields: [
      sampleType,
      loc(1, [1, 10], [2, 20]),
      fn(1, A),
      fn(2, B),
      sample([1], 9),
      loc(2, [1, 11]),
      loc(3, [3, 30]),
      fn(3, C),
      sample([2, 3], 8),
      ...strings,
    ],
  },
  {
    // at lines granularity a:10 and a:11 are two frames, and a:10 is never inlined
    name: 'a frame inlined only after samples went through its plain location (declined by functions)',
    streamed: { functions: false, lines: true },
    fields: [
      sampleType,
      loc(1, [1, 10]),
      fn(1, A),
      loc(3, [3, 30]),
      fn(3, C),
      sample([1, 3], 8),
      loc(2, [1, 11], [2, 20]),
      fn(2, B),
      sample([2], 9),
      ...strings,
    ],
  },
  {
    name: 'two function ids of one name: one frame (declined by functions; two lines, two frames)',
    streamed: { functions: false, lines: true },
    fields: [sampleType, loc(1, [1, 10]), fn(1, A), loc(2, [2, 20]), fn(2, A), sample([1, 2], 5), sample([2], 2), ...strings],
  },
  {
    name: 'a sample before its location, as pprof-format writes them (declined)',
    streamed: false,
    fields: [sampleType, sample([1, 2], 5), loc(1, [1, 10]), loc(2, [2, 20]), fn(1, A), fn(2, B), ...strings],
  },
];

const env = { ...process.env, GOTOOLCHAIN: 'local', GOPROXY: 'off', GOFLAGS: '-mod=mod' };

function pprofTop(file: string, granularity: Granularity) {
  const flags = ['tool', 'pprof', '-symbolize=none', '-top', '-nodecount=1000000', '-nodefraction=0', '-sample_index=alloc_space', '-unit=B'];
  const r = spawnSync(goBinary('1.26'), [...flags, ...(granularity === 'lines' ? ['-lines'] : []), file], { env, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const g = parsePprofTop(r.stdout);
  return { total: g.total, rows: g.rows.map((row) => ({ name: row.name, mark: row.mark, flat: row.flat, cum: row.cum })) };
}

/** The table as `heaplens top` makes it (streamed when it can be), and whether it was streamed. */
async function ourTop(data: Uint8Array, granularity: Granularity, sampleIndex = 0): Promise<{ streamed: boolean; table: TopTable; names: string[] }> {
  const { source, streamed } = await openStreamed(data, granularity);
  const sums = streamed?.sampleIndex === sampleIndex ? streamed : undefined;
  const frames = sums ? sums.frames : buildFrameTable(source.header, granularity);
  const table = topTable(source, sampleIndex, frames, { streamed: sums });
  return { streamed: sums !== undefined, table, names: table.keys.map((k) => printableName(frames, k)) };
}

function printed(t: TopTable, names: string[]) {
  return {
    total: t.total,
    rows: names.map((name, i) => ({ name, mark: t.inline[i] ? '(inline)' : t.partialInline[i] ? '(partial-inline)' : '', flat: t.flat[i], cum: t.cum[i] })),
  };
}

describe('heaplens top adds up the samples as the profile inflates', function () {
  this.timeout(120_000);
  let dir = '';
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heaplens-stream-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const c of cases) {
    for (const granularity of ['functions', 'lines'] as const) {
      it(`${c.name}, ${granularity}: go tool pprof's table`, async () => {
        const gz = zlib.gzipSync(message(...c.fields));
        const file = path.join(dir, 'p.pb.gz');
        fs.writeFileSync(file, gz);
        const ours = await ourTop(gz, granularity);
        const want = typeof c.streamed === 'boolean' ? c.streamed : c.streamed[granularity];
        assert.equal(ours.streamed, want, want ? 'the streamed path should take it' : 'the streamed path should decline it');
        assert.deepEqual(printed(ours.table, ours.names), pprofTop(file, granularity));
      });
    }
  }

  it('marks from inlined frames reach pprof (a test that can fail: the case has an (inline) row)', async () => {
    const gz = zlib.gzipSync(message(...cases[2].fields));
    const ours = await ourTop(gz, 'functions');
    assert.ok(ours.table.inline.some(Boolean) || ours.table.partialInline.some(Boolean));
  });

  const profiles = [
    ...['jsonwork-go1.19', 'inline-go1.26', 'recursive-go1.26', 'cpu-go1.26', 'mapclear-go1.26', 'sizes-50k-go1.19', 'bytes-names', 'textheap-go1.26'].map(
      (n) => fixture('profile', `${n}.pb.gz`),
    ),
    fixture('perf', 'wide-200k.pb.gz'),
  ];
  for (const file of profiles) {
    it(`${path.basename(file)}: in chunks of random sizes, every sample type and granularity, as the general path`, async () => {
      const data = fs.readFileSync(file);
      const raw = zlib.gunzipSync(data);
      const general = openProfile(data);
      let seed = 7;
      const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      for (const granularity of ['functions', 'lines'] as const) {
        const frames = buildFrameTable(general.header, granularity);
        for (let t = 0; t < general.header.sampleTypes.length; t++) {
          const name = general.header.sampleTypes[t].type;
          const s = new StreamedTop(granularity, name);
          for (let at = 0; at < raw.length;) {
            const next = Math.min(raw.length, at + 1 + Math.floor(rand() * 5000));
            s.push(raw.slice(at, next));
            at = next;
          }
          const sums = s.finish(general.header, raw.length);
          assert.ok(sums, `${name} ${granularity}: the streamed path declined a profile Go wrote`);
          assert.equal(sums.sampleIndex, t);
          if (t === defaultSampleIndex(general.header)) {
            // unnamed, as `heaplens top` asks: the type it adds up is the one shown by default
            const unnamed = new StreamedTop(granularity);
            unnamed.push(raw);
            assert.equal(unnamed.finish(general.header, raw.length)?.sampleIndex, t, `${granularity}: the default sample type`);
            // in whole chunks, the module adds up nearly all of them (sample takes the ones cut by a piece's end)
            assert.ok(
              unnamed.moduleSamples >= general.sampleCount * 0.9,
              `${granularity}: the module added ${unnamed.moduleSamples} of ${general.sampleCount} samples`,
            );
          }
          const want = topTable(general, t, frames);
          const got = topTable(general, t, sums.frames, { streamed: sums });
          const names = (tt: TopTable, fr = frames) => tt.keys.map((k) => printableName(fr, k));
          assert.deepEqual(printed(got, names(got, sums.frames)), printed(want, names(want)), `${name} ${granularity}`);
        }
        // the first four types at once (the viewer's first tables), in random chunks again
        const all = new StreamedTop(granularity, undefined, true);
        for (let at = 0; at < raw.length;) {
          const next = Math.min(raw.length, at + 1 + Math.floor(rand() * 5000));
          all.push(raw.slice(at, next));
          at = next;
        }
        const lanes = all.finishAll(general.header, raw.length);
        assert.ok(lanes, `${granularity}: the streamed path declined a profile Go wrote (every type)`);
        const types = general.header.sampleTypes.length;
        assert.deepEqual(
          lanes.map((l) => l.sampleIndex),
          Array.from({ length: Math.min(types, 4) }, (_, t) => t),
        );
        for (const sums of lanes) {
          const t = sums.sampleIndex;
          const want = topTable(general, t, frames);
          const got = topTable(general, t, sums.frames, { streamed: sums });
          assert.deepEqual(
            printed(
              got,
              got.keys.map((k) => printableName(sums.frames, k)),
            ),
            printed(
              want,
              want.keys.map((k) => printableName(frames, k)),
            ),
            `${general.header.sampleTypes[t].type} ${granularity}, every type at once`,
          );
        }
      }
    });
  }
});
