// The acceptance check for Run on My Go: the engine's figures against the real runtime's,
// measured now by our program on real toolchains (scripts/get-go.sh installs them on first use).
import { strict as assert } from 'assert';
import { compareSteps } from '../../../src/realgo/compare';
import { runExperiment } from '../../../src/engine';
import { runOnRealGo } from '../../../src/realgo/goRunner';
import type { ExperimentResult } from '../../../src/shared/protocol/experimentView';
import { goBinary } from '../../support/realGo';

/** Every step within max(2%, 8 KiB) live and max(3%, 8 KiB) allocated. */
async function agrees(go: string, type: string, scenario: string, n: number, hint = -1, repeats = 5) {
  const noSwissMap = go.endsWith('-noswissmap');
  const real = await runOnRealGo({ goBinary: goBinary(go.replace(/-noswissmap$/, '')), type, scenario, n, hint, repeats, noSwissMap });
  assert.equal(real.go, go, 'the toolchain built what was asked');
  const sim = (await runExperiment({ scenario, type, n, hint, go })) as ExperimentResult;
  const rows = compareSteps(real.steps, sim.steps);
  assert.deepEqual(
    rows.map((r) => r.step),
    real.steps.map((s) => s.step),
    'the engine reports every measured step',
  );
  const off = rows.filter((r) => !r.agrees).map((r) => `${r.step}: live real ${r.real_live} sim ${r.sim_live}, alloc real ${r.real_alloc} sim ${r.sim_alloc}`);
  assert.deepEqual(off, [], `${go} ${type} ${scenario} n=${n} hint=${hint}`);
}

describe('experiments: simulated vs real Go (Run on My Go)', function () {
  this.timeout(180_000);
  it('1.19 map[int]int fill-clear-refill n=1000', () => agrees('1.19', 'map[int]int', 'fill-clear-refill', 1000));
  it('1.19 map[int]int fill-clear-refill n=100000', () => agrees('1.19', 'map[int]int', 'fill-clear-refill', 100000));
  it('1.19 map[int]int delete-half n=100000', () => agrees('1.19', 'map[int]int', 'delete-half', 100000));
  it('1.19 map[string]int fill-clear-refill n=1000', () => agrees('1.19', 'map[string]int', 'fill-clear-refill', 1000));
  it('1.19 map[string]int fill-clear-refill n=100000', () => agrees('1.19', 'map[string]int', 'fill-clear-refill', 100000));
  it('1.19 map[string]int delete-half n=6657', () => agrees('1.19', 'map[string]int', 'delete-half', 6657));
  it('1.19 map[int]int fill-clear-refill n=6657 hint 6657', () => agrees('1.19', 'map[int]int', 'fill-clear-refill', 6657, 6657));
  it('1.26 map[int]int fill-clear-refill n=1000', () => agrees('1.26', 'map[int]int', 'fill-clear-refill', 1000));
  it('1.26 map[int]int fill-clear-refill n=100000', () => agrees('1.26', 'map[int]int', 'fill-clear-refill', 100000));
  it('1.26 map[int]int delete-half n=100000', () => agrees('1.26', 'map[int]int', 'delete-half', 100000));
  it('1.26 map[string]int fill-clear-refill n=100000', () => agrees('1.26', 'map[string]int', 'fill-clear-refill', 100000));
  // n=6657 on Swiss maps: whether one of the few tables splits depends on the hash seed (the
  // refill split in 4 of 30 real Go 1.26 runs here, 2026-11-30). A median of 5 runs then lands on
  // a split about 2% of the time, so these use 15 (about 0.02%); the engine's is the typical of 9 seeds.
  it('1.26 map[int]int fill-clear-refill n=6657', () => agrees('1.26', 'map[int]int', 'fill-clear-refill', 6657, -1, 15));
  it('1.26 map[int]int fill-clear-refill n=6657 hint 6657', () => agrees('1.26', 'map[int]int', 'fill-clear-refill', 6657, 6657, 15));
  it('1.26 map[string]int fill-clear-refill n=6657', () => agrees('1.26', 'map[string]int', 'fill-clear-refill', 6657, -1, 15));
  it('1.26 map[string]int delete-half n=1000', () => agrees('1.26', 'map[string]int', 'delete-half', 1000));
  it('1.26 map[int]int fill-clear-refill n=100000 hint 100000', () => agrees('1.26', 'map[int]int', 'fill-clear-refill', 100000, 100000));
  // Go 1.24 built with GOEXPERIMENT=noswissmap: the classic map with its 56-byte hmap
  it('1.24-noswissmap map[int]int fill-clear-refill n=100000', () => agrees('1.24-noswissmap', 'map[int]int', 'fill-clear-refill', 100000));
  it('1.24-noswissmap map[int]int delete-half n=1000 hint 1000', () => agrees('1.24-noswissmap', 'map[int]int', 'delete-half', 1000, 1000));
  it('1.24-noswissmap refuses a toolchain without the experiment', async () => {
    await assert.rejects(
      runOnRealGo({ goBinary: goBinary('1.26'), type: 'map[int]int', scenario: 'fill-clear-refill', n: 10, hint: -1, repeats: 1, noSwissMap: true }),
      /GOEXPERIMENT=noswissmap needs Go 1.24 or 1.25; .* is Go 1\.26/,
    );
  });
});
