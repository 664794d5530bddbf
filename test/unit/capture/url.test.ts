// Capture URLs as spec/cli.md says: host:port means the heap endpoint; http and https only.
import { strict as assert } from 'assert';
import { UsageError } from '../../../src/shared/errors';
import { defaultFileName, isLoopbackHost, resolveCaptureUrl, withKind } from '../../../src/capture';

describe('capture URLs', () => {
  it('host:port alone means http://host:port/debug/pprof/heap', () => {
    assert.equal(resolveCaptureUrl('localhost:6060').toString(), 'http://localhost:6060/debug/pprof/heap');
    assert.equal(resolveCaptureUrl('127.0.0.1:6060').toString(), 'http://127.0.0.1:6060/debug/pprof/heap');
    assert.equal(resolveCaptureUrl('[::1]:6060').toString(), 'http://[::1]:6060/debug/pprof/heap');
    assert.equal(resolveCaptureUrl('http://svc:6060').toString(), 'http://svc:6060/debug/pprof/heap');
    // pprof's index page is HTML: the heap endpoint under it is meant.
    assert.equal(resolveCaptureUrl('http://svc:6060/debug/pprof/').toString(), 'http://svc:6060/debug/pprof/heap');
  });

  it('keeps a full /debug/pprof/... URL and adds seconds=N', () => {
    assert.equal(resolveCaptureUrl('https://svc:443/debug/pprof/allocs').toString(), 'https://svc/debug/pprof/allocs');
    assert.equal(resolveCaptureUrl('http://svc:6060/debug/pprof/heap?debug=1').toString(), 'http://svc:6060/debug/pprof/heap?debug=1');
    assert.equal(resolveCaptureUrl('svc:6060/debug/pprof/profile', 5).toString(), 'http://svc:6060/debug/pprof/profile?seconds=5');
    assert.equal(resolveCaptureUrl('http://svc:6060/debug/pprof/heap?seconds=9', 2).searchParams.get('seconds'), '2');
  });

  it('refuses anything but http and https, and non-URLs, as usage errors', () => {
    for (const bad of [
      'file:///etc/passwd',
      'ftp://svc:21/debug/pprof/heap',
      'javascript://x:1/',
      'gopher://h:70/',
      'svc',
      '/debug/pprof/heap',
      'heap.pb.gz',
    ]) {
      assert.throws(() => resolveCaptureUrl(bad), UsageError, bad);
    }
    assert.throws(() => resolveCaptureUrl('svc:6060', 0), UsageError);
  });

  it('drops credentials from the URL', () => {
    assert.equal(resolveCaptureUrl('http://user:secret@svc:6060/debug/pprof/heap').toString(), 'http://svc:6060/debug/pprof/heap');
  });

  it('names a capture NAME-YYYYMMDD-HHMMSS.pb.gz after the last path part', () => {
    const at = new Date(2026, 11, 1, 9, 5, 7);
    assert.equal(defaultFileName(resolveCaptureUrl('svc:1'), at), 'heap-20261201-090507.pb.gz');
    assert.equal(defaultFileName(resolveCaptureUrl('svc:1/debug/pprof/profile', 3), at), 'profile-20261201-090507.pb.gz');
  });

  it('switches the profile kind in place', () => {
    const u = resolveCaptureUrl('http://svc:6060/debug/pprof/heap');
    assert.equal(withKind(u, 'goroutine').toString(), 'http://svc:6060/debug/pprof/goroutine');
    assert.equal(withKind(u, 'profile', 7).toString(), 'http://svc:6060/debug/pprof/profile?seconds=7');
    assert.equal(withKind(resolveCaptureUrl('http://svc:6060/app/debug/pprof/heap'), 'block').pathname, '/app/debug/pprof/block');
  });

  it('knows loopback hosts (no confirmation) from the rest', () => {
    for (const h of ['localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1', 'app.localhost']) assert.equal(isLoopbackHost(h), true, h);
    for (const h of ['example.com', '10.0.0.1', '192.168.1.1', '0.0.0.0', 'localhost.example.com', '[::]']) assert.equal(isLoopbackHost(h), false, h);
  });
});
