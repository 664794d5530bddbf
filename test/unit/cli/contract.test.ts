import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';

const cli = path.resolve(__dirname, '../../../dist/cli.js');

/** Runs the built CLI the way outside checks do. */
export function heaplens(...args: string[]) {
  const p = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: p.status, stdout: p.stdout, stderr: p.stderr };
}

describe('cli contract', () => {
  it('an unknown command is a usage error: exit 2 and one stderr line', () => {
    const r = heaplens('frobnicate');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^heaplens: unknown command 'frobnicate'.*\n$/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  });
});
