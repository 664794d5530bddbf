import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { contractDir, expectedOf, ownDir } from './helpers';

const cli = path.resolve(__dirname, '../../../dist/cli.js');
/** Runs the built CLI (as ../cli/contract.test.ts does; not imported, so its suite is not loaded twice). */
function heaplens(...args: string[]) {
  const p = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: p.status, stdout: p.stdout, stderr: p.stderr };
}

// The built CLI (npm test builds first) on the contract's packages, checked as the fixture
// check does: each expected call's kind and retains, or its absence.
describe('heaplens lens (CLI contract)', () => {
  for (const e of expectedOf(contractDir)) {
    it(`${e.file}:${e.line} is ${e.absent ? 'absent' : e.kind}`, () => {
      const r = heaplens('lens', path.join(contractDir, e.file), '--json');
      assert.equal(r.code, 0, r.stderr);
      const got = (JSON.parse(r.stdout) as { line: number; kind: string; retains: boolean | null }[]).filter((c) => c.line === e.line);
      if (e.absent) assert.deepEqual(got, []);
      else
        assert.deepEqual(
          got.map((c) => [c.kind, c.retains]),
          [[e.kind, e.retains]],
        );
    });
  }
  it('--json prints the contract fields', () => {
    const r = heaplens('lens', path.join(contractDir, 'cache/cache.go'), '--json');
    assert.equal(r.code, 0);
    const first = JSON.parse(r.stdout)[0];
    assert.deepEqual(first, {
      line: 21,
      column: 2,
      argument: 'c.entries',
      kind: 'map',
      type: 'map[Key][]byte',
      retains: true,
      goVersion: '1.24',
      summary: first.summary,
    });
    assert.match(first.summary, /^clear keeps/);
  });
  it('a missing file: exit 1, one line naming it', () => {
    const r = heaplens('lens', 'nope/missing.go');
    assert.equal(r.code, 1);
    assert.equal(r.stderr, 'heaplens: nope/missing.go: cannot read the file (no such file)\n');
  });
  it('not a .go file: exit 1', () => {
    const r = heaplens('lens', path.join(ownDir, 'quickfix/go.mod'));
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^heaplens: .*go\.mod: not a Go source file.*\n$/);
  });
  it('no file: usage error, exit 2', () => assert.equal(heaplens('lens').code, 2));
  it('text output: one line per call with file:line:column', () => {
    const r = heaplens('lens', path.join(ownDir, 'old/main.go'));
    assert.equal(r.code, 0);
    assert.equal(r.stdout.trim().split('\n').length, 2);
    assert.match(r.stdout, /main\.go:5:2: clear\(m\) unsupported-go-version/);
  });
});
