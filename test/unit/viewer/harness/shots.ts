// Screenshots of the webview on fixture profiles: `npx tsx test/unit/viewer/harness/shots.ts OUTDIR`.
import * as path from 'path';
import { openViewer } from './page';

const profiles = path.resolve(__dirname, '../../../../../shared/fixtures');

async function main(): Promise<void> {
  const out = process.argv[2] ?? '/tmp/heaplens-shots';
  const cases: [string, string][] = [
    ['jsonwork', 'profiles/jsonwork-go1.19.pb.gz'],
    ['cpu', 'profiles/cpu-go1.26.pb.gz'],
    ['wide', 'perf/wide-200k.pb.gz'],
  ];
  const fixtures = path.resolve(__dirname, '../../../fixtures/viewer');
  for (const [name, file] of [['diff', 'diff-mapclear.pb.gz'], ['nolines', 'inuse-nolines.pb.gz'], ['notprofile', '../../../package.json']]) {
    const { browser, page } = await openViewer(path.join(fixtures, file), 'dark', { width: 1100, height: 500 });
    await page.waitForSelector('[data-testid=top-row], [data-testid=error-message]');
    await page.screenshot({ path: `${out}/dark-${name}.png` });
    await browser.close();
  }
  for (const theme of ['dark', 'light', 'hc']) {
    for (const [name, file] of cases) {
      if (theme !== 'dark' && name !== 'jsonwork') continue;
      const { browser, page } = await openViewer(path.join(profiles, file), theme);
      const t0 = Date.now();
      await page.waitForSelector('[data-testid=top-row]');
      console.log(`${theme} ${name}: first table rows after ${Date.now() - t0} ms`);
      await page.screenshot({ path: `${out}/${theme}-${name}-top.png` });
      await page.fill('[data-testid=search]', 'json');
      await page.waitForTimeout(300);
      await page.click('[data-testid=tab-flame]');
      await page.waitForTimeout(500);
      await page.mouse.move(300, 260);
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${out}/${theme}-${name}-flame.png` });
      await page.click('[data-testid=tab-tree]');
      await page.waitForSelector('[data-testid=tree-row]');
      await page.screenshot({ path: `${out}/${theme}-${name}-tree.png` });
      await browser.close();
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
