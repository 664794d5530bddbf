import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { ownDir, sharedDir } from './helpers';

const cli = path.resolve(__dirname, '../../../dist/cli.js');
/** Runs the built CLI (as ../cli/contract.test.ts does; not imported, so its suite is not loaded twice). */
function heaplens(...args: string[]) {
  const p = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: p.status, stdout: p.stdout, stderr: p.stderr };
}

// Runs the built CLI (npm test builds first) the way ../shared/tools/check-lens.py does.
describe('heaplens lens (CLI contract)', () => {
  it('passes ../shared/tools/check-lens.py on the shared fixtures', () => {
    const r = spawnSync('python3', [path.resolve(sharedDir, '../../tools/check-lens.py'), path.resolve(__dirname, '../../../dist/cli.js'), sharedDir], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /classified right: 9\/9/);
  });
  it('--json prints the contract fields', () => {
    const r = heaplens('lens', path.join(sharedDir, 'cache/cache.go'), '--json');
    assert.equal(r.code, 0);
    const first = JSON.parse(r.stdout)[0];
    assert.deepEqual(first, { line: 21, column: 2, argument: 'c.entries', kind: 'map', type: 'map[Key][]byte', retains: true, goVersion: '1.24', summary: first.summary });
    assert.match(first.summary, /^clear keeps/);
  });
  it('a missing file: exit 1, one line naming it', () => {
    const r = heaplens('lens', 'nope/missing.go');
    assert.equal(r.code, 1);
    assert.equal(r.stderr, "heaplens: nope/missing.go: cannot read the file (no such file)\n");
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
