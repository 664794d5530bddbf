// `npm run test:e2e`: package the extension, install it into code-server, drive it in Chromium.
// Prints one line per scenario, the timings, and a closing "e2e: N passed, N failed" line.
// Options: --only id,id (run a subset), --keep (leave the temporary folders for a look).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium } from 'playwright-core';
import { installExtension, Server, startServer } from './codeServer';
import { provision, repoRoot } from './provision';
import type { Context, Scenario } from './scenario';
import { scenarios } from './scenarios';
import { Workbench, waitFor } from './workbench';
import { buildWorkspace } from './workspace';
import { packageGoplsStandin } from './standin';
import { goRoot } from '../support/realGo';

const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const scenarioTimeoutMs = 180_000;

function parseArgs(argv: string[]): { only?: Set<string>; keep: boolean } {
  let only: Set<string> | undefined;
  let keep = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--only') only = new Set((argv[++i] ?? '').split(',').filter(Boolean));
    else if (argv[i] === '--keep') keep = true;
    else throw new Error(`unknown option '${argv[i]}' (use --only id,id or --keep)`);
  }
  if (only) {
    const known = new Set(scenarios.map((s) => s.id));
    const unknown = [...only].filter((id) => !known.has(id));
    if (unknown.length) throw new Error(`unknown scenario ${unknown.join(', ')}; known: ${[...known].join(', ')}`);
  }
  return { only, keep };
}

/** `npm run package`, then the path of the .vsix it wrote. */
function packageVsix(): string {
  const version = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version;
  const vsix = path.join(repoRoot, `heaplens-${version}.vsix`);
  fs.rmSync(vsix, { force: true });
  const r = spawnSync('npm', ['run', 'package'], { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0 || !fs.existsSync(vsix)) throw new Error(`npm run package failed (exit ${r.status}) or wrote no ${path.basename(vsix)}`);
  return vsix;
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

async function main(): Promise<number> {
  const { only, keep } = parseArgs(process.argv.slice(2));
  const selected: Scenario[] = scenarios.filter((s) => !only || only.has(s.id));
  const resultsDir = path.join(repoRoot, 'test-results', 'e2e');
  fs.rmSync(resultsDir, { recursive: true, force: true });
  fs.mkdirSync(resultsDir, { recursive: true });
  const timings = new Map<string, number>();
  const t0 = Date.now();

  const tools = provision();
  // The gopls stand-in runs gopls on a real Go 1.19 (scripts/get-go.sh, cached).
  process.env.HEAPLENS_E2E_GOROOT = goRoot('1.19');
  process.env.HEAPLENS_E2E_GOPLS_LOG = path.join(resultsDir, 'gopls.log');
  timings.set('provision (cached or not)', Date.now() - t0);
  let t = Date.now();
  const vsix = packageVsix();
  timings.set('npm run package', Date.now() - t);
  console.log(`e2e: packaged ${path.basename(vsix)} (${(fs.statSync(vsix).size / 1024).toFixed(1)} KiB)`);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'heaplens-e2e-'));
  const workspace = path.join(tmp, 'workspace');
  const userData = path.join(tmp, 'user-data');
  const extensions = path.join(tmp, 'extensions');
  const browserProfile = path.join(tmp, 'chromium');
  t = Date.now();
  buildWorkspace(
    workspace,
    selected.some((s) => s.id === 'large-profile' || s.id === 'cancel-retry'),
  );
  timings.set('build workspace', Date.now() - t);
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'telemetry.telemetryLevel': 'off',
      'security.workspace.trust.enabled': false,
      'workbench.enableExperiments': false,
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'chat.disableAIFeatures': true,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
    }),
  );
  t = Date.now();
  const installed = installExtension(tools, vsix, userData, extensions);
  timings.set('install .vsix', Date.now() - t);
  console.log(`e2e: installed ${installed} into a fresh extensions folder`);
  if (selected.some((s) => s.id === 'gopls')) {
    console.log(`e2e: installed ${installExtension(tools, packageGoplsStandin(), userData, extensions, 'golang.go-')} (dormant until the gopls scenario)`);
  }

  let server: Server | undefined;
  let failed = 0;
  let passed = 0;
  const context = await (async () => {
    t = Date.now();
    server = await startServer(tools, workspace, userData, extensions, path.join(resultsDir, 'code-server.log'));
    timings.set('code-server start', Date.now() - t);
    return chromium.launchPersistentContext(browserProfile, {
      executablePath: tools.chromium,
      headless: true,
      args: chromiumFlags,
      viewport: { width: 1400, height: 900 },
    });
  })();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
    page.on('dialog', (d) => {
      pageErrors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    t = Date.now();
    await page.goto(`${server!.url}?folder=${encodeURIComponent(workspace)}`, { timeout: 120_000 });
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 120_000 });
    // The explorer lists the workspace once the file service is up: then keyboard input is handled.
    await waitFor('the explorer to list the workspace', async () => (await page.locator('.explorer-folders-view .monaco-list-row').count()) > 0, 60_000);
    const wb = new Workbench(page, resultsDir);
    // File search starts cold (slow on a busy machine): warm it before the first scenario uses it.
    await wb.quickOpen('scratch.txt', false, 6);
    timings.set('workbench load', Date.now() - t);
    await wb.screenshot('workbench-loaded');
    const ctx: Context = { wb, page, workspace, timings, pageErrors };

    for (const s of selected) {
      const start = Date.now();
      try {
        await withTimeout(s.run(ctx), scenarioTimeoutMs, s.id);
        passed += 1;
        console.log(`  ✓ ${s.id}: ${s.title} (${Date.now() - start} ms)`);
      } catch (e) {
        failed += 1;
        console.log(`  ✗ ${s.id}: ${s.title} (${Date.now() - start} ms)\n      ${(e as Error).message.split('\n').join('\n      ')}`);
        await wb.screenshot(`${s.id}-FAILED`).catch(() => undefined);
      }
      await wb.closeAllEditors().catch(() => undefined);
    }
  } finally {
    await context.close().catch(() => undefined);
    await server?.stop();
    if (!keep) fs.rmSync(tmp, { recursive: true, force: true });
    else console.log(`e2e: kept ${tmp}`);
  }

  console.log('e2e timings:');
  for (const [k, v] of timings) console.log(`  ${k}: ${v} ms`);
  console.log(`e2e: screenshots in ${path.relative(repoRoot, resultsDir)}/`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`e2e: ${(e as Error).message}`);
    console.log('e2e: 0 passed, 1 failed');
    process.exit(1);
  },
);
