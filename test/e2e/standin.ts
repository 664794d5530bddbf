// Builds the Go extension stand-in (test/e2e/gopls-standin) into a .vsix for code-server.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildSync } from 'esbuild';
import { repoRoot } from './provision';

/** Bundles the stand-in and packages it; returns the .vsix path. */
export function packageGoplsStandin(): string {
  const src = path.join(repoRoot, 'test', 'e2e', 'gopls-standin');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heaplens-gopls-standin-'));
  buildSync({
    entryPoints: [path.join(src, 'extension.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    outfile: path.join(dir, 'extension.js'),
    logLevel: 'error',
  });
  for (const f of ['package.json', 'README.md']) fs.copyFileSync(path.join(src, f), path.join(dir, f));
  const vsix = path.join(dir, 'golang.go-standin.vsix');
  const r = spawnSync(
    process.execPath,
    [path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--skip-license', '-o', vsix],
    { cwd: dir, encoding: 'utf8', timeout: 120_000 },
  );
  if (r.status !== 0 || !fs.existsSync(vsix))
    throw new Error(`packaging the gopls stand-in failed (exit ${r.status}): ${`${r.stdout}${r.stderr}`.trim().slice(-400)}`);
  return vsix;
}
