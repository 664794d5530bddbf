// The viewer's figures in a real VS Code (code-server, as the e2e suite runs it): time from
// Quick Open of wide-200k.pb.gz to the first top-table rows, and flame redraw times there.
// Needs the e2e provisioning and a packaged heaplens-0.1.0.vsix (npm run package):
// `npx tsx test/unit/viewer/harness/vscodeFigures.ts`.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium } from 'playwright-core';
import { installExtension, startServer } from '../../../e2e/codeServer';
import { provision, repoRoot } from '../../../e2e/provision';
import { waitFor, Workbench } from '../../../e2e/workbench';

async function main(): Promise<void> {
  const vsix = path.join(repoRoot, 'heaplens-0.1.0.vsix');
  if (!fs.existsSync(vsix)) throw new Error('run `npm run package` first');
  const tools = provision();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'heaplens-viewer-figures-'));
  const ws = path.join(tmp, 'workspace'), userData = path.join(tmp, 'user-data'), exts = path.join(tmp, 'extensions');
  fs.mkdirSync(ws, { recursive: true });
  fs.copyFileSync(path.resolve(repoRoot, '../shared/fixtures/perf/wide-200k.pb.gz'), path.join(ws, 'wide-200k.pb.gz'));
  const large = path.join(os.homedir(), '.cache/heaplens-e2e/large-59mb-v1.pb.gz');
  if (fs.existsSync(large) && !process.env.HEAPLENS_SKIP_LARGE) fs.copyFileSync(large, path.join(ws, 'large-59mb.pb.gz'));
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'chat.disableAIFeatures': true }));
  installExtension(tools, vsix, userData, exts);
  const server = await startServer(tools, ws, userData, exts, path.join(tmp, 'code-server.log'));
  const context = await chromium.launchPersistentContext(path.join(tmp, 'chromium'), {
    executablePath: tools.chromium, headless: true, viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = context.pages()[0] ?? await context.newPage();
    await page.goto(`${server.url}?folder=${encodeURIComponent(ws)}`, { timeout: 180_000 });
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    await waitFor('the explorer', async () => (await page.locator('.explorer-folders-view .monaco-list-row').count()) > 0, 60_000);
    const wb = new Workbench(page, path.join(repoRoot, 'test-results/viewer-figures'));
    if (fs.existsSync(path.join(ws, 'large-59mb.pb.gz'))) {
      // The keystroke check while it loads is the e2e suite's (large-profile); here: time to the table.
      const t0 = Date.now();
      await wb.quickOpen('large-59mb.pb.gz');
      await wb.waitForWebview('[data-testid="top-row"]', 240_000);
      console.log(`large-59mb.pb.gz: Quick Open → first top-table rows ${Date.now() - t0} ms`);
      await wb.screenshot('large-loaded');
      await wb.closeAllEditors();
    }
    for (let run = 1; run <= 2; run++) {
      const t0 = Date.now();
      await wb.quickOpen('wide-200k.pb.gz');
      const frame = await wb.waitForWebview('[data-testid="top-row"]', 60_000);
      console.log(`wide-200k.pb.gz run ${run}: Quick Open → first top-table rows ${Date.now() - t0} ms`);
      await wb.screenshot(`wide-top-${run}`);
      await frame.getByRole('tab', { name: /flame/i }).click();
      await frame.locator('[data-testid=flame-canvas][data-drawn]').waitFor({ timeout: 30_000 });
      const canvas = frame.locator('[data-testid=flame-canvas]');
      const box = (await canvas.boundingBox())!;
      const times: number[] = [];
      for (let i = 0; i < 10; i++) {
        await page.mouse.move(box.x + 50 + i * 60, box.y + 18 * 9 + 5);
        await page.waitForTimeout(120);
        times.push(Number(await canvas.getAttribute('data-draw-ms')));
      }
      console.log(`  flame redraws on hover: ${await canvas.getAttribute('data-drawn')} rects, ${times.map((t) => t.toFixed(1)).join(', ')} ms`);
      await wb.screenshot(`wide-flame-${run}`);
      await wb.closeAllEditors();
    }
  } finally {
    await context.close();
    await server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
