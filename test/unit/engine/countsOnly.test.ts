// A Swiss map that is never deleted from is counted per table (SwissMap's countsOnly) instead of
// placed slot by slot. Without tombstones a table grows when it holds enough keys, wherever they
// sit, so both models must give the same figures, growths and heap profile; slot by slot is the
// model the real-runtime fixtures check (truth.test.ts), so it is the reference here.
import { strict as assert } from 'node:assert';
import { findScenario, listScenarios, profileFromExperiment } from '../../../src/engine';
import { runWithSeed } from '../../../src/engine/run';
import { NOSWISSMAP_GO_VERSIONS } from '../../../src/shared/goVersion';

const swiss = ['1.24', '1.25', '1.26'];
const types = ['map[int]int', 'map[string]int', 'map[int64]struct{}', 'map[[200]byte]int', 'map[int]*int'];
const insertOnly = listScenarios().filter((s) => !findScenario(s.id)?.steps.some((st) => st.ops.some((o) => o.op === 'delete')));

describe('engine: counting Swiss tables gives what placing every key gives', function () {
  this.timeout(120_000);
  it('covers the insert-only scenarios, and counts in them', () => {
    assert.ok(insertOnly.some((s) => s.id === 'fill-clear-refill') && insertOnly.some((s) => s.id === 'growth-timeline'));
    assert.ok(!insertOnly.some((s) => s.id === 'delete-half'));
    const req = { scenario: 'fill-clear-refill', type: 'map[int]int', n: 100, hint: -1, go: '1.26' };
    assert.equal(runWithSeed(req, 0).model, 'counts');
    assert.equal(runWithSeed(req, 0, { placeSlots: true }).model, 'slots');
    assert.equal(runWithSeed({ ...req, scenario: 'delete-half' }, 0).model, 'slots');
  });
  for (const sc of insertOnly) {
    it(`${sc.id}: every Swiss version, type, size and hint, three seeds`, () => {
      const bad: string[] = [];
      for (const go of swiss) {
        for (const type of types) {
          for (const n of [0, 8, 9, 100, 6657, 30_000]) {
            for (const hint of [-1, n]) {
              for (const seed of [0, 1, 2]) {
                const req = { scenario: sc.id, type, n, hint, go };
                const counted = runWithSeed(req, seed);
                const placed = runWithSeed(req, seed, { placeSlots: true });
                const what = `${sc.id} ${go} ${type} n=${n} hint=${hint} seed ${seed}`;
                try {
                  assert.equal(counted.model, 'counts');
                  assert.deepEqual(counted.result, placed.result);
                  assert.deepEqual(profileFromExperiment(counted), profileFromExperiment(placed));
                } catch {
                  bad.push(what);
                }
              }
            }
          }
        }
      }
      assert.deepEqual(bad, []);
    });
  }
  it('a million keys, as the 1M experiments run them', () => {
    for (const go of swiss) {
      const req = { scenario: 'fill-clear-refill', type: 'map[int64]struct{}', n: 1_000_000, hint: -1, go };
      assert.deepEqual(runWithSeed(req, 1).result, runWithSeed(req, 1, { placeSlots: true }).result, go);
    }
  });
  it('classic builds are not affected', () => {
    for (const go of ['1.23', ...NOSWISSMAP_GO_VERSIONS]) {
      const req = { scenario: 'fill-clear-refill', type: 'map[int]int', n: 6657, hint: -1, go };
      assert.deepEqual(runWithSeed(req, 0).result, runWithSeed(req, 0, { placeSlots: true }).result, go);
    }
  });
});
