import { strict as assert } from 'assert';
import * as path from 'path';
import { ESTIMATE_SIZES } from '../../../src/goanalysis/estimates';
import { runEstimateWorker } from '../../../src/workers/lensClient';
import { agreesWithTruth, readTruth } from '../../support/goTruth';

// The hover's figures, end to end through dist/lensWorker.js and the engine, against the real
// runtime's live bytes after clear (test/fixtures/go-truth/map-memory.json, measured by
// the go-truth harness, scripts/go-truth/main.go). Small maps carry more runtime noise, hence the wider
// bound at 1e3; where the record has the range of 5 or more real runs, anywhere in it counts too.
const truth = readTruth();
const real = (go: string, type: string, n: number) =>
  truth.find((t) => t.go === go && t.type === type && t.n === n && t.hint === -1 && t.scenario === 'fill-clear-refill' && t.step === 'clear')!;
const worker = path.resolve(__dirname, '../../../dist/lensWorker.js');

describe('lens hover estimates vs the real runtime', () => {
  for (const [go, type] of [
    ['1.19', 'map[int]int'],
    ['1.24', 'map[string]int'],
  ]) {
    it(`${type} on Go ${go}: bytes kept after clear at 1e3/1e5/1e6`, async () => {
      const rows = await runEstimateWorker(worker, { type, go, ns: ESTIMATE_SIZES });
      assert.deepEqual(
        rows.map((r) => r.n),
        ESTIMATE_SIZES,
      );
      for (const { n, liveAfterClear } of rows) {
        const r = real(go, type, n);
        const share = n === 1e3 ? 0.05 : 0.01;
        assert.ok(
          agreesWithTruth(liveAfterClear, r, 'live_bytes', (x) => x * share),
          `n=${n}: engine ${liveAfterClear}, real ${r.live_bytes} (runs ${r.live_min}…${r.live_max})`,
        );
      }
    });
  }
});
