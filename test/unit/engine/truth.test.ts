// The engine against the real Go runtime: every record of the shared go-truth measurements and of
// our own (test/fixtures/go-truth/measured-go*.json, made by scripts/measure-go-truth.sh).
// Tolerance as shared/tools/check-truth.py: max(2%, 8 KiB) live, max(3%, 8 KiB) allocated.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runExperiment } from '../../../src/engine';

interface TruthRecord {
  go: string; type: string; n: number; hint: number; scenario: string; step: string;
  live_bytes: number; alloc_bytes: number;
}

const root = join(__dirname, '..', '..', '..');
const files = [join(root, '..', 'shared', 'fixtures', 'go-truth', 'map-memory.json')];
const ours = join(root, 'test', 'fixtures', 'go-truth');
for (const f of readdirSync(ours)) if (/^measured-go[\d.]+\.json$/.test(f)) files.push(join(ours, f));

function groups(file: string): Map<string, TruthRecord[]> {
  const out = new Map<string, TruthRecord[]>();
  for (const r of JSON.parse(readFileSync(file, 'utf8')) as TruthRecord[]) {
    const k = JSON.stringify([r.go, r.scenario, r.type, r.n, r.hint]);
    out.set(k, [...(out.get(k) ?? []), r]);
  }
  return out;
}

// Groups the engine does not yet match: run as pending (skipped, never counted as passed).
const knownMisses = new Set<string>(
  (JSON.parse(readFileSync(join(ours, 'known-misses.json'), 'utf8')) as { groups: string[] }).groups);

const within = (got: number, real: number, pct: number): boolean => Math.abs(got - real) <= Math.max(pct * Math.abs(real), 8192);

for (const file of files) {
  describe(`engine vs real Go: ${file.replace(root + '/', '')}`, function () {
    this.timeout(60_000);
    it('fixture exists', () => assert.ok(existsSync(file)));
    for (const [k, recs] of groups(file)) {
      const [go, scenario, type, n, hint] = JSON.parse(k) as [string, string, string, number, number];
      const title = `${go} ${scenario} ${type} n=${n} hint=${hint}`;
      if (knownMisses.has(title)) {
        it.skip(`${title} (known miss: see test/fixtures/go-truth/known-misses.json)`);
        continue;
      }
      it(title, () => {
        const res = runExperiment({ scenario, type, n, hint, go });
        const bad: string[] = [];
        for (const r of recs) {
          const s = res.steps.find((x) => x.step === r.step);
          if (!s) { bad.push(`no step ${r.step}`); continue; }
          if (!within(s.live_bytes, r.live_bytes, 0.02)) bad.push(`${r.step}.live_bytes sim ${s.live_bytes} real ${r.live_bytes}`);
          if (!within(s.alloc_bytes, r.alloc_bytes, 0.03)) bad.push(`${r.step}.alloc_bytes sim ${s.alloc_bytes} real ${r.alloc_bytes}`);
        }
        assert.deepEqual(bad, []);
      });
    }
  });
}
