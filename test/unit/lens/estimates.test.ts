import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ESTIMATE_SIZES, runEstimateWorker } from '../../../src/lens/estimates';

// The hover's figures, end to end through dist/lensWorker.js and the engine, against the real
// runtime's live bytes after clear (../shared/fixtures/go-truth/map-memory.json, measured by
// ../shared/tools/go-truth). Small maps carry more runtime noise, hence the wider bound at 1e3.
interface Truth { go: string; type: string; n: number; hint: number; scenario: string; step: string; live_bytes: number }
const truth: Truth[] = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../shared/fixtures/go-truth/map-memory.json'), 'utf8'));
const real = (go: string, type: string, n: number) =>
  truth.find((t) => t.go === go && t.type === type && t.n === n && t.hint === -1 && t.scenario === 'fill-clear-refill' && t.step === 'clear')!.live_bytes;
const worker = path.resolve(__dirname, '../../../dist/lensWorker.js');

describe('lens hover estimates vs the real runtime', () => {
  for (const [go, type] of [['1.19', 'map[int]int'], ['1.24', 'map[string]int']]) {
    it(`${type} on Go ${go}: bytes kept after clear at 1e3/1e5/1e6`, async () => {
      const reply = await runEstimateWorker(worker, { type, go, ns: ESTIMATE_SIZES });
      assert.ok(reply.ok, reply.ok ? '' : reply.message);
      for (const { n, liveAfterClear } of reply.estimates) {
        const want = real(go, type, n);
        const tolerance = n === 1e3 ? 0.05 : 0.01;
        assert.ok(Math.abs(liveAfterClear - want) <= want * tolerance, `n=${n}: engine ${liveAfterClear}, real ${want}`);
      }
    });
  }
});
