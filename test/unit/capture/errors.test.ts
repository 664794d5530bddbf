// Every way a capture fails (spec/cli.md): exit 1, one line naming the URL and the reason,
// nothing saved, and within its time bound. The servers are small local Node servers.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { CaptureError, fetchProfile } from '../../../src/capture';
import { failedOneLine, filesIn, heaplens, localServer, tempDir } from './helpers';

describe('heaplens capture: failures', () => {
  const servers: { close(): Promise<void> }[] = [];
  const serve = async (h: Parameters<typeof localServer>[0]) => {
    const s = await localServer(h);
    servers.push(s);
    return s;
  };
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  /** Runs a failing capture with --out in a fresh folder; checks the one line and that nothing is there. */
  async function fails(url: string, extra: string[] = []): Promise<{ line: string; ms: number }> {
    const dir = tempDir();
    const r = await heaplens(['capture', url, '--out', path.join(dir, 'out.pb.gz'), ...extra], dir);
    const line = failedOneLine(r, url);
    assert.deepEqual(filesIn(dir), [], 'nothing is saved');
    return { line, ms: r.ms };
  }

  it('a refused connection: one line, at once', async () => {
    const s = await localServer((_q, r) => r.end());
    await s.close(); // the port is free now: nobody listens
    const url = `${s.url}/debug/pprof/heap`;
    const { line, ms } = await fails(url);
    assert.match(line, /connection refused/);
    assert.ok(ms < 5000, `${ms} ms`);
  });

  it('an HTTP error, with the server’s own words', async () => {
    const s = await serve((_q, r) => {
      r.writeHead(404, { 'Content-Type': 'text/plain' });
      r.end('Unknown profile\n');
    });
    const { line, ms } = await fails(`${s.url}/debug/pprof/nothing`);
    assert.match(line, /HTTP 404 Not Found \(Unknown profile\)/);
    assert.ok(ms < 5000, `${ms} ms`);
    const e = await serve((_q, r) => {
      r.writeHead(500);
      r.end('<html><body>boom</body></html>');
    });
    // An HTML error page says nothing useful on one line: the status alone.
    assert.match((await fails(`${e.url}/debug/pprof/heap`)).line, /HTTP 500 Internal Server Error\n$/);
  });

  it('a redirect is not followed (it could lead to another host)', async () => {
    const s = await serve((_q, r) => {
      r.writeHead(302, { Location: 'http://example.com/debug/pprof/heap' });
      r.end();
    });
    assert.match((await fails(`${s.url}/debug/pprof/heap`)).line, /HTTP 302.*redirects to http:\/\/example\.com\/debug\/pprof\/heap/);
  });

  it('an HTML page, plain text and gzip that is no profile are not profiles', async () => {
    const html = await serve((_q, r) => {
      r.writeHead(200, { 'Content-Type': 'text/html' });
      r.end('<!DOCTYPE html><html><head><title>Login</title></head><body>sign in</body></html>');
    });
    assert.match((await fails(`${html.url}/debug/pprof/heap`)).line, /HTML page, not a profile/);
    const text = await serve((_q, r) => r.end('hello from a proxy\n'));
    assert.match((await fails(`${text.url}/debug/pprof/heap`)).line, /text, not a profile \(it begins "hello from a proxy"\)/);
    const gz = await serve((_q, r) => r.end(zlib.gzipSync(Buffer.from('just words, gzipped'))));
    assert.match((await fails(`${gz.url}/debug/pprof/heap`)).line, /gzip data that is not a pprof profile/);
    const empty = await serve((_q, r) => r.end());
    assert.match((await fails(`${empty.url}/debug/pprof/heap`)).line, /empty body/);
  });

  it('a server slower than the timeout: one line when the timeout passes', async () => {
    // Headers never come.
    const silent = await serve(() => undefined);
    const a = await fails(`${silent.url}/debug/pprof/heap`, ['--timeout', '1']);
    assert.match(a.line, /no complete answer within 1 s \(timed out\)/);
    assert.ok(a.ms >= 1000 && a.ms < 4000, `${a.ms} ms`);
    // Headers at once, then a byte now and then: the deadline is the whole exchange's.
    const drip = await serve((_q, r) => {
      r.writeHead(200);
      r.write(Buffer.from([0x1f, 0x8b]));
      const t = setInterval(() => r.write('x'), 100);
      r.on('close', () => clearInterval(t));
    });
    const b = await fails(`${drip.url}/debug/pprof/heap`, ['--timeout', '1']);
    assert.match(b.line, /timed out/);
    assert.ok(b.ms >= 1000 && b.ms < 4000, `${b.ms} ms`);
  });

  it('--timeout replaces the default deadline (30 s + N) also for a delta capture', async () => {
    const silent = await serve(() => undefined);
    const a = await fails(`${silent.url}/debug/pprof/heap?seconds=1`, ['--timeout', '2']);
    assert.match(a.line, /within 2 s/);
    assert.ok(a.ms >= 2000 && a.ms < 5000, `${a.ms} ms`);
  });

  it('a body over the 512 MiB cap: refused from its Content-Length, before reading it', async () => {
    const huge = await serve((_q, r) => {
      r.writeHead(200, { 'Content-Length': String(600 * 1024 * 1024) });
      r.write(Buffer.from([0x1f, 0x8b]));
    });
    const { line, ms } = await fails(`${huge.url}/debug/pprof/heap`);
    assert.match(line, /would be 600 MiB, over the 512 MiB cap/);
    assert.ok(ms < 5000, `${ms} ms`);
  });

  it('a body that grows past the cap without a Content-Length stops at the cap', async () => {
    const chunk = Buffer.alloc(64 * 1024, 1);
    chunk[0] = 0x1f;
    chunk[1] = 0x8b;
    let sent = 0;
    const endless = await serve((_q, r) => {
      r.writeHead(200);
      const more = () => {
        while (r.write(chunk)) sent += chunk.length;
      };
      r.on('drain', more);
      more();
    });
    const started = Date.now();
    const cap = 1024 * 1024;
    await assert.rejects(fetchProfile(new URL(`${endless.url}/debug/pprof/heap`), { maxBytes: cap }), (e: unknown) => {
      assert.ok(e instanceof CaptureError);
      assert.equal(e.kind, 'too-large');
      assert.match(e.message, /over the 1 MiB cap$/);
      return true;
    });
    assert.ok(Date.now() - started < 3000);
    assert.ok(sent < 64 * cap, `the server was stopped early (it sent ${sent} bytes)`);
  });

  it('a cancelled capture stops at once', async () => {
    const silent = await serve(() => undefined);
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 100);
    const started = Date.now();
    await assert.rejects(
      fetchProfile(new URL(`${silent.url}/debug/pprof/heap`), { signal: ac.signal }),
      (e: unknown) => e instanceof CaptureError && e.kind === 'cancelled',
    );
    assert.ok(Date.now() - started < 1000);
  });

  it('only http and https: a usage error, nothing fetched', async () => {
    const dir = tempDir();
    const r = await heaplens(['capture', 'file:///etc/passwd'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^heaplens: file:\/\/\/etc\/passwd: only http and https URLs can be captured, not file\n$/);
    assert.deepEqual(filesIn(dir), []);
    assert.equal(fs.existsSync(path.join(dir, 'passwd')), false);
  });
});
