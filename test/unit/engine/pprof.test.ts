// The simulated heap profile opens like a real one: go tool pprof reads it, and its totals are
// the run's allocations.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { profileFromExperiment, runScenario } from '../../../src/engine';
import { heaplens } from '../cli/contract.test';
import { goBinary } from '../../support/realGo';

const req = { scenario: 'fill-clear-refill', type: 'map[int]int', n: 100000, hint: -1, go: '1.22' };

function writeProfile(): { file: string; allocated: number } {
  const run = runScenario(req);
  const file = join(mkdtempSync(join(tmpdir(), 'heaplens-')), 'sim.pb.gz');
  writeFileSync(file, profileFromExperiment(run));
  return { file, allocated: run.result.steps.reduce((a, s) => a + s.alloc_bytes, 0) };
}

describe('profileFromExperiment', function () {
  this.timeout(60_000);
  it('heaplens top reads it: four heap sample types, map memory at the user lines', () => {
    const { file, allocated } = writeProfile();
    const r = heaplens('top', file, '--granularity', 'lines', '--json');
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.deepEqual(j.sampleTypes, ['alloc_objects', 'alloc_space', 'inuse_objects', 'inuse_space']);
    assert.equal(j.total, allocated);
    const rows = j.rows as { name: string; line: number; flat: number; cum: number }[];
    // flat at the scenario's statements; main.main only as the caller
    assert.deepEqual([...new Set(rows.filter((r) => r.flat !== 0).map((r) => r.name))], ['main.experiment']);
    assert.equal(rows.find((r) => r.name === 'main.main')?.cum, allocated);
  });
  it('go tool pprof reads it', () => {
    const { file, allocated } = writeProfile();
    const p = spawnSync(goBinary('1.26'), ['tool', 'pprof', '-raw', file], { encoding: 'utf8', env: { ...process.env, GOTOOLCHAIN: 'local' } });
    assert.equal(p.status, 0, p.stderr);
    assert.match(p.stdout, /alloc_objects\/count alloc_space\/bytes inuse_objects\/count inuse_space\/bytes/);
    const sum = p.stdout
      .split('\n')
      .map((l) => /^\s+\d+\s+(\d+)\s+\d+\s+\d+:/.exec(l))
      .filter(Boolean)
      .reduce((a, m) => a + Number(m![1]), 0);
    assert.equal(sum, allocated);
  });
});
