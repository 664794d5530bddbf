// heaplens capture against the project's own live Go program (test/fixtures/programs/pprofserve,
// built offline with real Go 1.26). Each capture goes through a recording proxy that fetches
// with node's plain http.get: the saved file must be byte for byte what that client received,
// and go tool pprof must read it.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { startPprofServe, type PprofServe } from '../../support/pprofServe';
import { filesIn, heaplens, pprof, pprofTotal, recordingProxy, tempDir } from './helpers';

describe('heaplens capture: a live Go program', function () {
  this.timeout(300_000);
  let program: PprofServe;
  let proxy: Awaited<ReturnType<typeof recordingProxy>>;

  before(async () => {
    program = await startPprofServe(['-step', '100ms', '-per', '128']);
    proxy = await recordingProxy(program.url);
    // Let the map grow for a while, so a delta over 1 s is a part of the whole.
    await new Promise((r) => setTimeout(r, 2500));
  });
  after(async () => {
    await proxy?.close();
    await program?.stop();
  });

  it('host:port: the heap profile under its default name, byte-equal to a plain client’s, read by go tool pprof', async () => {
    const dir = tempDir();
    proxy.seen.length = 0;
    const r = await heaplens(['capture', proxy.host], dir);
    assert.equal(r.code, 0, r.stderr);
    const [name] = filesIn(dir);
    assert.match(name, /^heap-\d{8}-\d{6}\.pb\.gz$/);
    assert.equal(proxy.seen.length, 1);
    assert.equal(proxy.seen[0].path, '/debug/pprof/heap');
    const saved = fs.readFileSync(path.join(dir, name));
    assert.ok(saved.equals(proxy.seen[0].body), 'the saved bytes are what the server sent');
    assert.equal(
      r.stdout,
      `saved ${name} (${saved.length} bytes, alloc_objects, alloc_space, inuse_objects, inuse_space) from ${proxy.url}/debug/pprof/heap\n`,
    );
    const top = pprof(['-top', '-sample_index=inuse_space', path.join(dir, name)]);
    assert.equal(top.code, 0, top.out);
    assert.match(top.out, /main\.grow/);
  });

  it('--json: url, file, bytes, and the sample types and total go tool pprof reads', async () => {
    const dir = tempDir();
    proxy.seen.length = 0;
    const out = path.join(dir, 'sub', 'h.pb.gz');
    const r = await heaplens(['capture', `${proxy.url}/debug/pprof/allocs`, '--out', out, '--json'], dir);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(doc), ['url', 'file', 'bytes', 'sampleTypes', 'total']);
    assert.equal(doc.url, `${proxy.url}/debug/pprof/allocs`);
    assert.equal(doc.file, out);
    const saved = fs.readFileSync(out);
    assert.ok(saved.equals(proxy.seen[0].body));
    assert.equal(doc.bytes, saved.length);
    const raw = pprof(['-raw', out]);
    const types = /^Samples:\n(.*)$/m
      .exec(raw.out)?.[1]
      .trim()
      .split(/\s+/)
      .map((t) => t.replace(/\/.*$/, ''));
    assert.deepEqual(doc.sampleTypes, types);
    // The total is heaplens top's, of its default sample type (alloc_space here).
    assert.equal(doc.total, pprofTotal(out, 'alloc_space'));
  });

  it('?debug=1: Go’s text heap profile is saved as sent, and go tool pprof reads it', async () => {
    const dir = tempDir();
    proxy.seen.length = 0;
    const out = path.join(dir, 'heap.txt');
    const r = await heaplens(['capture', `${proxy.url}/debug/pprof/heap?debug=1`, '--out', out], dir);
    assert.equal(r.code, 0, r.stderr);
    const saved = fs.readFileSync(out);
    assert.ok(saved.equals(proxy.seen[0].body));
    assert.match(saved.toString('latin1'), /^heap profile: \d+: \d+ \[\d+: \d+\] @ heap\/\d+\n/);
    assert.match(saved.toString('latin1'), /\n# runtime\.MemStats\n/);
    assert.match(saved.toString('latin1'), /\n#\t0x[0-9a-f]+\tmain\.grow\+0x[0-9a-f]+\t/);
    // pprof reads it (its frames stay unsymbolized without the binary beside it).
    assert.ok(pprofTotal(out, 'inuse_space') > 0);
  });

  it('--seconds 1: a delta profile over one second, a part of what the program allocated in all', async () => {
    const dir = tempDir();
    proxy.seen.length = 0;
    const delta = path.join(dir, 'delta.pb.gz');
    const r = await heaplens(['capture', `${proxy.url}/debug/pprof/allocs`, '--seconds', '1', '--out', delta], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.ms >= 1000, `the server took the second (${r.ms} ms)`);
    assert.equal(proxy.seen[0].path, '/debug/pprof/allocs?seconds=1');
    assert.ok(fs.readFileSync(delta).equals(proxy.seen[0].body));
    const whole = path.join(dir, 'whole.pb.gz');
    assert.equal((await heaplens(['capture', `${proxy.url}/debug/pprof/allocs`, '--out', whole], dir)).code, 0);
    const inDelta = pprofTotal(delta, 'alloc_space');
    const inWhole = pprofTotal(whole, 'alloc_space');
    // 128 KiB a step, 10 steps a second: about 1.3 MB in the second; several seconds' worth in all.
    assert.ok(inDelta > 500_000, `the delta holds the second's allocations (${inDelta} B)`);
    assert.ok(inDelta < inWhole / 2, `the delta (${inDelta} B) is a part of the whole (${inWhole} B)`);
    const top = pprof(['-top', '-sample_index=alloc_space', delta]);
    assert.match(top.out, /main\.grow/);
  });

  it('the program stopped: refused, nothing saved', async () => {
    const other = await startPprofServe([]);
    const base = other.url;
    await other.stop();
    const dir = tempDir();
    const r = await heaplens(['capture', base.replace('http://', '')], dir);
    assert.equal(r.code, 1);
    assert.match(r.stderr, new RegExp(`^heaplens: ${base}/debug/pprof/heap: connection refused`));
    assert.deepEqual(filesIn(dir), []);
  });
});
