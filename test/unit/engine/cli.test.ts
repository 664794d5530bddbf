// `heaplens experiment` per shared/spec/cli.md (runs the built CLI).
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { heaplens } from '../cli/contract.test';

describe('heaplens experiment', function () {
  this.timeout(30_000);
  it('list --json names the required scenarios', async () => {
    const r = await heaplens('experiment', 'list', '--json');
    assert.equal(r.code, 0);
    const ids = (JSON.parse(r.stdout) as { scenarios: { id: string }[] }).scenarios.map((s) => s.id);
    for (const id of [
      'fill-clear-refill',
      'delete-half',
      'clear-vs-make-vs-nil',
      'growth-timeline',
      'clear-during-growth',
      'presize-hint',
      'delete-never-shrinks',
      'set-vs-int64',
      'slice-clear',
    ])
      assert.ok(ids.includes(id), id);
  });
  it('run --json has the spec shape and the harness step names', async () => {
    const r = await heaplens('experiment', 'run', 'fill-clear-refill', '--type', 'map[int]int', '--n', '1000', '--go', '1.19', '--json');
    assert.equal(r.code, 0);
    const j = JSON.parse(r.stdout);
    assert.deepEqual([j.scenario, j.go, j.impl, j.type, j.n, j.hint], ['fill-clear-refill', '1.19', 'classic', 'map[int]int', 1000, -1]);
    assert.deepEqual(
      j.steps.map((s: { step: string }) => s.step),
      ['make', 'fill', 'clear', 'refill', 'remake', 'nil'],
    );
    const d = await heaplens('experiment', 'run', 'delete-half', '--type', 'map[int]int', '--n', '10', '--json');
    assert.deepEqual(
      JSON.parse(d.stdout).steps.map((s: { step: string }) => s.step),
      ['make', 'fill', 'delete-half', 'delete-all'],
    );
    assert.equal(JSON.parse(d.stdout).go, '1.26');
  });
  it('a bad type exits 1 with one line naming it', async () => {
    const r = await heaplens('experiment', 'run', 'delete-half', '--type', 'map[int]Foo', '--n', '10');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^heaplens: .*Foo.*\n$/);
  });
  it('an unknown scenario or flag exits 2', async () => {
    assert.equal((await heaplens('experiment', 'run', 'nope', '--type', 'map[int]int', '--n', '1')).code, 2);
    assert.equal((await heaplens('experiment', 'run', 'delete-half', '--type', 'map[int]int', '--n', '1', '--bogus')).code, 2);
    assert.equal((await heaplens('experiment', 'run', 'delete-half', '--type', 'map[int]int', '--n', 'x')).code, 2);
  });
  it('batch prints one result per request, in order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'heaplens-'));
    const f = join(dir, 'req.json');
    writeFileSync(
      f,
      JSON.stringify([
        { scenario: 'delete-half', type: 'map[int]int', n: 100, hint: -1, go: '1.21' },
        { scenario: 'fill-clear-refill', type: 'map[string]int', n: 9, hint: 9, go: '1.25' },
      ]),
    );
    const r = await heaplens('experiment', 'batch', f);
    assert.equal(r.code, 0);
    const j = JSON.parse(r.stdout);
    assert.deepEqual(
      j.map((x: { go: string; impl: string }) => [x.go, x.impl]),
      [
        ['1.21', 'classic'],
        ['1.25', 'swiss'],
      ],
    );
    writeFileSync(f, '{');
    const bad = await heaplens('experiment', 'batch', f);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /^heaplens: .*req\.json: not valid JSON/);
  });
});
