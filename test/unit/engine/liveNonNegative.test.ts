// Keys and values that live outside the map are the program's: a map's live bytes are its own
// structure, so no step of any scenario, type or Go version reports less than nothing.
import { strict as assert } from 'node:assert';
import { listScenarios, runExperiment } from '../../../src/engine';
import { GO_BUILDS } from '../../../src/shared/goVersion';

const types = ['map[int]int', 'map[string]int', 'map[int64]struct{}', 'map[[200]byte]int', 'map[string]*int', 'map[int]string'];

describe('engine: live bytes are never negative', () => {
  for (const sc of listScenarios()) {
    it(`${sc.id}: every step, type, Go version and size`, () => {
      const bad: string[] = [];
      for (const go of GO_BUILDS) {
        for (const type of types) {
          for (const n of [0, 1, 9, 100, 2000]) {
            for (const s of runExperiment({ scenario: sc.id, type, n, hint: -1, go }).steps) {
              if (s.live_bytes < 0) bad.push(`${go} ${type} n=${n} ${s.step}: ${s.live_bytes}`);
            }
          }
        }
      }
      assert.deepEqual(bad, []);
    });
  }
});
