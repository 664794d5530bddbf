// The built worker (dist/experimentWorker.js, from `npm run build`) runs the engine off-thread.
import { strict as assert } from 'assert';
import * as path from 'path';
import { CancelledError } from '../../../src/shared/rpc';
import { profileInWorker, runInWorker } from '../../../src/workers/experimentClient';

const workerFile = path.resolve(__dirname, '../../../dist/experimentWorker.js');

describe('experiments: worker', function () {
  this.timeout(60_000);

  it('runs an experiment and returns the CLI JSON shape', async () => {
    const r = await runInWorker(workerFile, { scenario: 'delete-half', type: 'map[int]int', n: 1000, hint: -1, go: '1.26' });
    assert.equal(r.scenario, 'delete-half');
    assert.equal(r.impl, 'swiss');
    assert.deepEqual(
      r.steps.map((s) => s.step),
      ['make', 'fill', 'delete-half', 'delete-all'],
    );
  });

  it('turns an engine error into one line', async () => {
    await assert.rejects(
      runInWorker(workerFile, { scenario: 'delete-half', type: 'map[int', n: 10, hint: -1, go: '1.26' }),
      (e: Error) => e.name === 'InputError' && e.message.length > 0 && !e.message.includes('\n'),
    );
  });

  it('reports progress while it runs, in order, up to done', async () => {
    const seen: number[] = [];
    await runInWorker(workerFile, { scenario: 'fill-clear-refill', type: 'map[int]int', n: 300_000, hint: -1, go: '1.26' }, undefined, (f) => seen.push(f));
    assert.ok(seen.length >= 10, `only ${seen.length} progress reports`);
    assert.deepEqual(
      [...seen].sort((a, b) => a - b),
      seen,
    );
    assert.ok(seen[seen.length - 1] > 0.95 && seen[seen.length - 1] <= 1, `last report ${seen[seen.length - 1]}`);
  });

  it('stops at once when cancelled, mid-run (the worker is terminated)', async () => {
    const ac = new AbortController();
    let progressed = 0;
    const p = runInWorker(
      workerFile,
      { scenario: 'fill-clear-refill', type: 'map[string]int', n: 10_000_000, hint: -1, go: '1.26' },
      ac.signal,
      () => progressed++,
    );
    while (progressed === 0) await new Promise((r) => setTimeout(r, 5));
    const t0 = Date.now();
    ac.abort();
    await assert.rejects(p, (e: Error) => e instanceof CancelledError && /cancelled/.test(e.message));
    assert.ok(Date.now() - t0 < 500, `took ${Date.now() - t0} ms to stop`);
    // The process's CPU time counts every thread: a simulation still running would add ~400 ms.
    const cpu = process.cpuUsage();
    await new Promise((r) => setTimeout(r, 400));
    const used = process.cpuUsage(cpu).user / 1000;
    assert.ok(used < 150, `${used} ms of CPU in the 400 ms after cancel: the simulation still runs`);
    await assert.rejects(runInWorker(workerFile, { scenario: 'delete-half', type: 'map[int]int', n: 10, hint: -1, go: '1.26' }, ac.signal), CancelledError);
  });

  it('builds a gzipped pprof profile', async () => {
    const bytes = await profileInWorker(workerFile, { scenario: 'fill-clear-refill', type: 'map[int]int', n: 1000, hint: -1, go: '1.19' });
    assert.deepEqual([bytes[0], bytes[1]], [0x1f, 0x8b]);
  });
});
