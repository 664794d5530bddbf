// The real decode worker (dist/decodeWorker.js, built by `npm test`) driven through WorkerClient
// over the rpc layer. Expected figures come from `go tool pprof -top` goldens.
import * as assert from 'assert';
import * as path from 'path';
import { WorkerClient } from '../../../src/workers/decodeClient';
import { CancelledError, RemoteError } from '../../../src/shared/rpc';
import { frameStrings, FrameTexts, topTableOf } from '../../../src/shared/frameRows';
import { fixture, repoRoot } from '../../support/fixtures';
import { readGolden } from '../../support/pprofGolden';

const dist = path.join(repoRoot, 'dist');
const mapclear = fixture('profile', 'mapclear-go1.26.pb.gz');
const golden = (sample: string) => readGolden(fixture('profile', `mapclear-go1.26.${sample}.top.txt`));

async function opened(): Promise<WorkerClient> {
  const client = new WorkerClient(dist);
  await client.open('mapclear-go1.26.pb.gz', mapclear);
  return client;
}

describe('viewer: decode worker', () => {
  it("reads and decodes a profile itself; the first view has pprof's total and top row", async () => {
    const client = await opened();
    try {
      const { summary, table: rows } = await client.request('view', {});
      const table = topTableOf(rows, frameStrings(rows.text!));
      const want = golden(summary.sampleTypes[summary.settings.sampleIndex].type);
      assert.strictEqual(summary.unfilteredTotal, want.total);
      assert.strictEqual(table.names[0], want.rows[0].name);
      assert.strictEqual(table.flat[0], want.rows[0].flat);
    } finally {
      client.dispose();
    }
  });

  it("a view with saved settings applies them first (inuse_space: pprof's inuse total)", async () => {
    const client = await opened();
    try {
      const first = await client.request('view', {});
      const sampleIndex = first.summary.sampleTypes.findIndex((t) => t.type === 'inuse_space');
      const settings = { ...first.summary.settings, sampleIndex };
      const { summary, table } = await client.request('view', { settings });
      assert.strictEqual(summary.unfilteredTotal, golden('inuse_space').total);
      assert.strictEqual(topTableOf(table, frameStrings(table.text!)).names[0], golden('inuse_space').rows[0].name);
    } finally {
      client.dispose();
    }
  });

  it('a table asked for in parts: the first rows with the settings, the rest by the table’s id, together the whole table', async () => {
    const client = await opened();
    try {
      const whole = await client.request('view', {});
      const settings = { ...whole.summary.settings, filters: { focus: '', ignore: 'nothing-matches-this', hide: '' } };
      const next = await client.request('setSettings', { settings, firstRows: 2 });
      const all = await client.request('view', { settings });
      assert.ok(all.table.keys.length > 2 && !all.table.rest, 'a table of more than 2 rows, whole when firstRows is not given');
      assert.deepStrictEqual([next.table.keys.length, next.table.rest?.rows], [2, all.table.keys.length]);
      const rest = await client.request('topRest', { table: next.table.rest!.table, from: 2, frames: [next.table.frames] });
      const text = frameStrings(whole.table.text!);
      assert.deepStrictEqual(topTableOf([next.table, rest!], text), topTableOf(all.table, text));
    } finally {
      client.dispose();
    }
  });

  it("setSettings answers the new summary and table; an unknown sample type rejects as the user's input error", async () => {
    const client = await opened();
    try {
      const { summary } = await client.request('view', {});
      const sampleIndex = summary.sampleTypes.findIndex((t) => t.type === 'alloc_space');
      const next = await client.request('setSettings', { settings: { ...summary.settings, sampleIndex } });
      assert.strictEqual(next.summary.total, golden('alloc_space').total);
      assert.strictEqual(topTableOf(next.table, frameStrings(next.table.text!)).cum[0], golden('alloc_space').rows[0].cum);
      await assert.rejects(
        client.request('setSettings', { settings: { ...summary.settings, sampleIndex: 99 } }),
        (e: unknown) => e instanceof RemoteError && e.kind === 'InputError' && e.message === 'Unknown sample type.',
      );
    } finally {
      client.dispose();
    }
  });

  it('the flame layout arrives as typed arrays; its root is the whole profile', async () => {
    const client = await opened();
    try {
      const { summary } = await client.request('view', {});
      const layout = await client.request('flame', { rootId: 0, minWidthFraction: 0 });
      assert.ok(layout.x instanceof Float64Array && layout.depth instanceof Uint16Array && layout.nodeId instanceof Uint32Array);
      assert.strictEqual(layout.names[layout.nameIndex[0]], 'all');
      assert.strictEqual(layout.width[0], golden(summary.sampleTypes[summary.settings.sampleIndex].type).total);
    } finally {
      client.dispose();
    }
  });

  it("a table or tree level asked with its frame set's id carries numbers only, and reads back to pprof's rows", async () => {
    const client = await opened();
    try {
      const texts = new FrameTexts();
      const first = await client.request('view', { frames: texts.known() });
      assert.ok(first.table.text, 'the first table brings its frames');
      const shown = texts.top(first.table);
      const sampleIndex = first.summary.sampleTypes.findIndex((t) => t.type === 'inuse_space');
      const { table: rows } = await client.request('setSettings', { settings: { ...first.summary.settings, sampleIndex }, frames: texts.known() });
      assert.strictEqual(rows.text, undefined, 'the frames were sent once');
      assert.ok(rows.keys instanceof Uint16Array && rows.flat.small.BYTES_PER_ELEMENT <= 4 && rows.cum.small.BYTES_PER_ELEMENT <= 4);
      const want = golden('inuse_space');
      const table = texts.top(rows);
      assert.deepStrictEqual(
        Array.from({ length: table.length }, (_, i) => [table.name(i), table.flat[i], table.cum[i]]),
        want.rows.map((r) => [r.name, r.flat, r.cum]),
      );
      assert.notDeepStrictEqual(table.flat, shown.flat);
      const level = await client.request('children', { nodeId: 0, frames: texts.known() });
      assert.strictEqual(level.text, undefined);
      const nodes = texts.nodes(level);
      // the call tree's first level: root frames of pprof's table, together the whole total
      const names = new Set(want.rows.map((r) => r.name));
      assert.ok(nodes.length > 0 && nodes.every((n) => names.has(n.name.replace(/ \(inline\)$/, ''))));
      assert.strictEqual(
        nodes.reduce((a, n) => a + n.total, 0),
        want.total,
      );
      // another granularity is another frame set: its text comes along
      const { table: lines } = await client.request('setSettings', { settings: { ...first.summary.settings, granularity: 'lines' }, frames: texts.known() });
      assert.ok(lines.text && lines.frames !== first.table.frames);
    } finally {
      client.dispose();
    }
  });

  it('unknown nodes and keys answer empty, not an error', async () => {
    const client = await opened();
    try {
      await client.request('view', {});
      assert.strictEqual((await client.request('children', { nodeId: 1e9 })).ids.length, 0);
      assert.strictEqual(await client.request('sandwich', { key: -5 }), null);
      assert.deepStrictEqual(await client.request('sandwichLevel', { path: [1e9], direction: 'callers' }), []);
    } finally {
      client.dispose();
    }
  });

  it('a cancelled query rejects as cancelled and the worker goes on answering', async () => {
    const client = await opened();
    try {
      const ac = new AbortController();
      const flame = client.request('flame', { rootId: 0, minWidthFraction: 0 }, ac.signal);
      ac.abort();
      await assert.rejects(flame, (e: unknown) => e instanceof CancelledError);
      assert.strictEqual((await client.request('view', {})).summary.unfilteredTotal > 0, true);
    } finally {
      client.dispose();
    }
  });

  it('cancelling an open stops its worker and rejects as cancelled', async () => {
    const client = new WorkerClient(dist);
    const ac = new AbortController();
    const open = client.open('wide-200k.pb.gz', fixture('perf', 'wide-200k.pb.gz'), { signal: ac.signal });
    setTimeout(() => ac.abort(), 5);
    await assert.rejects(open, (e: unknown) => e instanceof CancelledError);
    await assert.rejects(client.request('view', {}), (e: unknown) => e instanceof CancelledError);
  });

  it('a file that is not a profile rejects with a one-line reason', async () => {
    const client = new WorkerClient(dist);
    try {
      await assert.rejects(client.open('package.json', path.join(repoRoot, 'package.json')), (e: Error) => {
        assert.match(e.message, /not a valid pprof protobuf|not a pprof profile/);
        assert.ok(!e.message.includes('\n'));
        return true;
      });
    } finally {
      client.dispose();
    }
  });
});

describe('viewer: decode worker compares with a base', () => {
  it('reads the base itself; the view becomes pprof -diff_base, and back', async () => {
    const client = new WorkerClient(dist);
    try {
      await client.open('sizes-50k-go1.26.pb.gz', fixture('profile', 'sizes-50k-go1.26.pb.gz'));
      const summary = await client.compare({ file: 'sizes-10k-go1.26.pb.gz', source: fixture('profile', 'sizes-10k-go1.26.pb.gz') });
      const want = readGolden(fixture('profile', 'vs-sizes-grow.alloc_space.top.txt'));
      assert.strictEqual(summary.unfilteredTotal, want.total);
      assert.strictEqual(summary.base?.file, 'sizes-10k-go1.26.pb.gz');
      const { table } = await client.request('view', {});
      assert.deepStrictEqual(
        topTableOf(table, frameStrings(table.text!)).flat,
        want.rows.map((r) => r.flat),
      );
      assert.strictEqual((await client.lineValues()).base, 'sizes-10k-go1.26.pb.gz');
      const alone = await client.compare(null);
      assert.strictEqual(alone.base, undefined);
      assert.strictEqual(alone.unfilteredTotal, readGolden(fixture('profile', 'sizes-50k-go1.26.alloc_space.top.txt')).total);
    } finally {
      client.dispose();
    }
  });

  it('a base that is no profile is refused naming it, as an input error', async () => {
    const client = new WorkerClient(dist);
    try {
      await client.open('sizes-50k-go1.26.pb.gz', fixture('profile', 'sizes-50k-go1.26.pb.gz'));
      await assert.rejects(
        client.compare({ file: 'README.md', source: fixture('profile', 'README.md') }),
        (e: unknown) => e instanceof RemoteError && e.kind === 'InputError' && /^README\.md: not gzip, and not a valid pprof protobuf/.test(e.message),
      );
      assert.strictEqual((await client.request('view', {})).summary.base, undefined);
    } finally {
      client.dispose();
    }
  });
});
