// The profile editor's load state machine (src/shared/viewerLoad.ts), driven as the editor drives it.
import * as assert from 'assert';
import type { LoadStatus } from '../../../src/shared/protocol/profileView';
import { CANCELLED_MESSAGE, LoadFailedError, progressTitle, showsProgress, ViewerLoad } from '../../../src/shared/viewerLoad';

function watched(): { load: ViewerLoad; seen: LoadStatus[] } {
  const load = new ViewerLoad('/w/big.pb.gz');
  const seen: LoadStatus[] = [];
  load.onChange((s) => seen.push(s));
  return { load, seen };
}

describe('viewer: load state machine', () => {
  it('starts loading and becomes ready once the attempt opens', () => {
    const { load, seen } = watched();
    assert.deepStrictEqual(load.status, { phase: 'loading', file: '/w/big.pb.gz' });
    load.opened(load.attempt);
    assert.deepStrictEqual(seen, [{ phase: 'ready', file: '/w/big.pb.gz' }]);
  });

  it('a failure keeps its first reason; a cancel says so', () => {
    const a = watched();
    a.load.failed(1, 'big.pb.gz: not a pprof profile');
    a.load.failed(1, 'the decode worker stopped (exit code 1).');
    assert.deepStrictEqual(a.seen, [{ phase: 'failed', file: '/w/big.pb.gz', message: 'big.pb.gz: not a pprof profile' }]);
    const b = watched();
    b.load.cancelled(1);
    assert.deepStrictEqual(b.load.status, { phase: 'failed', file: '/w/big.pb.gz', message: CANCELLED_MESSAGE });
  });

  it('a worker that stops after the load fails the tab (Retry is offered)', () => {
    const { load } = watched();
    load.opened(1);
    load.failed(1, 'the decode worker stopped (out of memory).');
    assert.strictEqual(load.status.phase, 'failed');
  });

  it('Retry works from failed only, and starts a new attempt whose outcome counts', () => {
    const { load, seen } = watched();
    assert.strictEqual(load.retry(), undefined, 'no retry while loading');
    load.cancelled(1);
    const second = load.retry();
    assert.strictEqual(second, 2);
    assert.strictEqual(load.retry(), undefined, 'no retry while the retry loads');
    load.opened(second!);
    assert.deepStrictEqual(
      seen.map((s) => s.phase),
      ['failed', 'loading', 'ready'],
    );
  });

  it('a stale attempt cannot change the state', () => {
    const { load, seen } = watched();
    load.cancelled(1);
    load.retry();
    load.opened(1); // the cancelled attempt's late answer
    load.failed(1, 'late');
    assert.deepStrictEqual(load.status, { phase: 'loading', file: '/w/big.pb.gz' });
    assert.strictEqual(seen.length, 2);
  });

  it('whenReady waits for the load, resolves at once when ready, rejects with the reason on failure', async () => {
    const a = new ViewerLoad('a.pb.gz');
    const waiting = a.whenReady();
    a.opened(1);
    await waiting;
    await a.whenReady();
    const b = new ViewerLoad('b.pb.gz');
    const doomed = b.whenReady();
    b.failed(1, 'b.pb.gz: truncated');
    await assert.rejects(doomed, (e: unknown) => e instanceof LoadFailedError && e.message === 'b.pb.gz: truncated');
    await assert.rejects(b.whenReady(), LoadFailedError);
  });

  it('files from 4 MiB on decode under a progress notification titled with their size', () => {
    assert.strictEqual(showsProgress(4 * 1024 * 1024 - 1), false);
    assert.strictEqual(showsProgress(4 * 1024 * 1024), true);
    assert.strictEqual(progressTitle('large-59mb.pb.gz', 59 * 1048576 + 300_000), 'HeapLens: decoding large-59mb.pb.gz (59.3 MB)');
  });
});
