import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ESTIMATE_SIZES } from '../../../src/goanalysis/estimates';
import { runEstimateWorker } from '../../../src/workers/lensClient';
import { fixture } from '../../support/fixtures';

// The hover's figures, end to end through dist/lensWorker.js and the engine, against the real
// runtime's live bytes after clear (test/fixtures/go-truth/map-memory.json, measured by
// the go-truth harness, scripts/go-truth/main.go). Small maps carry more runtime noise, hence the wider
// bound at 1e3; where the record has the range of 5 or more real runs, anywhere in it counts too.
interface Truth {
  go: string;
  type: string;
  n: number;
  hint: number;
  scenario: string;
  step: string;
  live_bytes: number;
  live_min?: number;
  live_max?: number;
  runs?: number;
}
const truth: Truth[] = JSON.parse(fs.readFileSync(fixture('go-truth', 'map-memory.json'), 'utf8'));
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
        const tolerance = n === 1e3 ? 0.05 : 0.01;
        const ranged = (r.runs ?? 0) >= 5 && r.live_min !== undefined && r.live_max !== undefined;
        const lo = Math.min(r.live_bytes, ranged ? r.live_min! : Infinity) * (1 - tolerance);
        const hi = Math.max(r.live_bytes, ranged ? r.live_max! : -Infinity) * (1 + tolerance);
        assert.ok(liveAfterClear >= lo && liveAfterClear <= hi, `n=${n}: engine ${liveAfterClear}, real ${r.live_bytes} (runs ${r.live_min}…${r.live_max})`);
      }
    });
  }
});
