import { strict as assert } from 'assert';
import type { ClearCall } from '../../../src/goanalysis/analysis';
import { ClearEstimates } from '../../../src/goanalysis/estimates';
import { code, hoverMarkdown } from '../../../src/goanalysis/hoverText';
import { profileValuesAt } from '../../../src/goanalysis/profileHook';

const span = { startLine: 0, startColumn: 0, endLine: 0, endColumn: 5 };
const call = (over: Partial<ClearCall>): ClearCall => ({
  line: 1,
  column: 1,
  argument: 'm',
  kind: 'map',
  type: 'map[int]int',
  retains: true,
  goVersion: '1.24',
  summary: '',
  releasable: true,
  standalone: true,
  clearSpan: span,
  argSpan: span,
  callSpan: span,
  allocLines: [],
  engineType: 'map[int]int',
  ...over,
});

describe('lens hover text', () => {
  it('source text with backticks stays inside one code span', () => assert.equal(code('a[`x`]'), '`` a[`x`] ``'));
  it('no engine figure is invented when the engine is unavailable', () => {
    const md = hoverMarkdown(call({}), { ok: false, why: 'the map engine is not part of this build' }, []);
    assert.match(md, /Engine estimate\*\*: none \(the map engine is not part of this build\)/);
    assert.doesNotMatch(md, /\d+(\.\d+)? (B|KiB|MiB)\b/);
  });
  it('engine figures are shown as given, per size', () => {
    const md = hoverMarkdown(call({}), { ok: true, go: '1.24', rows: [{ n: 1000, liveAfterClear: 2048 }] }, []);
    assert.match(md, /\| 1,000 \| 2 KiB \|/);
  });
  it('a size still computing says so', () =>
    assert.match(hoverMarkdown(call({}), { ok: true, go: '1.24', rows: [{ n: 1e6 }] }, []), /\| 1,000,000 \| computing… \(hover again\) \|/));
  it('profile bytes at the make line, with the sample type', () =>
    assert.match(
      hoverMarkdown(call({}), undefined, [{ line: 7, value: 1536 }], { name: 'inuse_space', unit: 'bytes' }),
      /\(inuse\\_space\): 1\.5 KiB at line 7/,
    ));
  it('unsupported version says which Go go.mod names', () =>
    assert.match(hoverMarkdown(call({ kind: 'unsupported-go-version', goVersion: '1.19' }), undefined, []), /Go 1\.19.*1\.21/));
  it('profile values only at lines that have one', () =>
    assert.deepEqual(
      profileValuesAt(
        new Map([
          [3, 10],
          [9, 0],
          [12, 5],
        ]),
        [12, 3, 9, 4],
      ),
      [
        { line: 3, value: 10 },
        { line: 12, value: 5 },
      ],
    ));
});

describe('lens engine estimates adapter', () => {
  it('runs once per type, Go version and size: 1e3, 1e5, 1e6', async () => {
    const asked: unknown[] = [];
    const e = new ClearEstimates(async (req) => {
      asked.push(req);
      return req.ns.map((n) => ({ n, liveAfterClear: n }));
    });
    await e.get('map[int]int', '1.24');
    await e.get('map[int]int', '1.24');
    assert.deepEqual(
      asked,
      [1e3, 1e5, 1e6].map((n) => ({ type: 'map[int]int', go: '1.24', ns: [n] })),
    );
  });
  it('a hover waits a bounded time: sizes not done yet have no value, never a guess', async () => {
    const e = new ClearEstimates((req) => (req.ns[0] === 1e6 ? new Promise(() => {}) : Promise.resolve([{ n: req.ns[0], liveAfterClear: 7 }])));
    const got = await e.get('map[int]int', '1.24', 50);
    assert.deepEqual(got, {
      ok: true,
      go: '1.24',
      rows: [
        { n: 1e3, liveAfterClear: 7 },
        { n: 1e5, liveAfterClear: 7 },
        { n: 1e6, liveAfterClear: undefined },
      ],
    });
  });
  it('a go.mod newer than the engine is simulated as 1.26', async () => {
    const e = new ClearEstimates(async (req) => {
      throw new Error(req.go);
    });
    assert.deepEqual(await e.get('map[int]int', '1.27'), { ok: false, why: '1.26' });
  });
  it('types from other packages get no estimate', async () => {
    const e = new ClearEstimates(async () => {
      throw new Error('must not run');
    });
    assert.equal((await e.get(undefined, '1.24')).ok, false);
  });
});
