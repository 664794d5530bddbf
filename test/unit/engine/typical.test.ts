// The engine reports the typical of several seeded runs (a median of real runs shows the typical
// outcome too); these check the choice and that it stays one consistent, reproducible run.
import { strict as assert } from 'node:assert';
import { runExperiment, runScenario } from '../../../src/engine';
import { seedsFor, typicalRun } from '../../../src/engine/run';

const step = (live: number, alloc: number) => ({ step: 's', live_bytes: live, alloc_bytes: alloc, alloc_objects: 1, garbage_bytes: 0 });

describe('engine: the typical of several seeded runs', () => {
  it('picks the run nearest the medians, not an outlier that split a table', () => {
    const normal = [step(148_000, 0)];
    const split = [step(166_000, 37_000)];
    assert.equal(typicalRun([split, normal, normal, split, normal]), 1);
  });

  it('weighs every step: a run typical in one step but odd in another loses', () => {
    const runs = [
      [step(100_000, 0), step(500_000, 0)],
      [step(100_000, 0), step(300_000, 0)],
      [step(140_000, 0), step(300_000, 0)],
    ];
    assert.equal(typicalRun(runs), 1);
  });

  it('one run is its own typical', () => assert.equal(typicalRun([[step(1, 1)]]), 0));

  it('tries more seeds for small maps than for large ones', () => {
    assert.ok(seedsFor(6657) > seedsFor(100_000) && seedsFor(100_000) > seedsFor(1_000_000));
    assert.equal(seedsFor(1_000_000), 1);
    // counted Swiss runs are cheap enough for a spread at any size
    assert.equal(seedsFor(1_000_000, true), 5);
  });

  it('is reproducible, and its profile ledger is the reported run', () => {
    const req = { scenario: 'fill-clear-refill', type: 'map[int]int', n: 6657, hint: 6657, go: '1.26' };
    assert.deepEqual(runExperiment(req), runExperiment(req));
    const run = runScenario(req);
    assert.equal(run.heap.live, run.result.steps[run.result.steps.length - 1].live_bytes);
  });
});
