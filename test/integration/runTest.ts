// `npm run test:integration`: the extension in desktop VS Code via @vscode/test-electron.
// It downloads VS Code (or uses VSCODE_EXECUTABLE_PATH), so it runs only where that is possible:
// not on the project's CI machines, which reach no download site (the e2e suite runs there).
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { buildWorkspace } from '../e2e/workspace';

const root = path.resolve(__dirname, '../..');

async function main(): Promise<void> {
  const outDir = path.join(root, 'out', 'integration');
  fs.rmSync(outDir, { recursive: true, force: true });
  // The extension host loads plain CommonJS: bundle the suite (mocha and vscode stay external).
  await esbuild.build({
    entryPoints: { index: path.join(__dirname, 'suite', 'index.ts') },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    outdir: outDir,
    external: ['vscode', 'mocha'],
    sourcemap: true,
    logLevel: 'warning',
  });
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'heaplens-int-'));
  buildWorkspace(workspace);
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(outDir, 'index.js'),
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
      extensionTestsEnv: { HEAPLENS_REPO_ROOT: root }, // the suite is bundled: it cannot find the repo by __dirname
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((e) => {
  const msg = (e as Error).message;
  const offline = /ENOTFOUND|ECONNREFUSED|EAI_AGAIN|ETIMEDOUT/.test(msg);
  console.error(
    `integration: ${msg}${offline ? ' (VS Code cannot be downloaded here: set VSCODE_EXECUTABLE_PATH to a desktop VS Code, or run npm run test:e2e)' : ''}`,
  );
  process.exit(1);
});
