// The built worker (dist/experimentWorker.js, from `npm run build`) runs the engine off-thread.
import { strict as assert } from 'assert';
import * as path from 'path';
import { profileInWorker, runInWorker } from '../../../src/workers/experimentClient';

const workerFile = path.resolve(__dirname, '../../../dist/experimentWorker.js');

describe('experiments: worker', function () {
  this.timeout(60_000);

  it('runs an experiment and returns the CLI JSON shape', async () => {
    const r = await runInWorker(workerFile, { scenario: 'delete-half', type: 'map[int]int', n: 1000, hint: -1, go: '1.26' });
    assert.equal(r.scenario, 'delete-half');
    assert.equal(r.impl, 'swiss');
    assert.deepEqual(r.steps.map((s) => s.step), ['make', 'fill', 'delete-half', 'delete-all']);
  });

  it('turns an engine error into one line', async () => {
    await assert.rejects(runInWorker(workerFile, { scenario: 'delete-half', type: 'map[int', n: 10, hint: -1, go: '1.26' }),
      (e: Error) => e.name === 'InputError' && e.message.length > 0 && !e.message.includes('\n'));
  });

  it('stops at once when cancelled', async () => {
    const ac = new AbortController();
    const p = runInWorker(workerFile, { scenario: 'fill-clear-refill', type: 'map[string]int', n: 10_000_000, hint: -1, go: '1.26' }, ac.signal);
    setTimeout(() => ac.abort(), 20);
    await assert.rejects(p, /cancelled/);
  });

  it('builds a gzipped pprof profile', async () => {
    const bytes = await profileInWorker(workerFile, { scenario: 'fill-clear-refill', type: 'map[int]int', n: 1000, hint: -1, go: '1.19' });
    assert.deepEqual([bytes[0], bytes[1]], [0x1f, 0x8b]);
  });
});
