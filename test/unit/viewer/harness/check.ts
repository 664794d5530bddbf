// Interaction checks of the built webview in headless Chromium (outside VS Code):
// `npx tsx test/unit/viewer/harness/check.ts`. Prints one line per check; exits 1 on a failure.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { openViewer } from './page';
import { hostileProfile } from '../../../e2e/profiles';

const fixtures = path.resolve(__dirname, '../../../../../shared/fixtures/profiles');
let failed = 0;
function check(name: string, ok: boolean, detail = ''): void {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ' — ' + detail : ''}`);
  if (!ok) failed++;
}

async function main(): Promise<void> {
  const { browser, page, sent } = await openViewer(path.join(fixtures, 'jsonwork-go1.19.pb.gz'));
  await page.waitForSelector('[data-testid=top-row]');
  const firstName = () => page.locator('[data-testid=top-row] td.name').first().textContent();
  check('top table first row is pprof\'s first row', (await firstName()) === 'main.build');
  // Sorting by cum puts main.main's callers' root (runtime.main, cum 142534802) first.
  await page.click('[data-testid=sort-cum]');
  check('sort by cum', (await firstName()) === 'runtime.main', String(await firstName()));
  await page.click('[data-testid=sort-flat]');
  // Keyboard: focus the first row, arrow down twice, Enter asks the host to open the source.
  await page.locator('[data-testid=top-row]').first().click();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const open = sent.filter((m) => m.type === 'openSource').pop();
  check('arrows + Enter open the third row\'s source', open?.type === 'openSource' && open.source.name === 'reflect.unsafe_NewArray' && open.source.file === 'runtime/malloc.go', JSON.stringify(open));
  // Search highlights.
  await page.fill('[data-testid=search]', 'decodeState');
  await page.waitForTimeout(300);
  check('search highlights matches', (await page.locator('[data-testid=top-row] mark').count()) > 0);
  // Filters: focus applies, chip shows, total changes, clearing restores.
  await page.fill('[data-testid=filter-focus]', 'decodeState');
  await page.click('[data-testid=filter-apply]');
  await page.waitForSelector('[data-testid=filter-chip]');
  const chip = await page.locator('[data-testid=filter-chip]').first().textContent();
  check('active filter chip', (chip ?? '').startsWith('focus=decodeState'), String(chip));
  await page.waitForFunction(`document.querySelector('[data-testid=top-row] td.name')?.textContent === 'reflect.mapassign_faststr'`);
  check('focus=decodeState top row as pprof', (await firstName()) === 'reflect.mapassign_faststr');
  await page.click('[data-testid=clear-focus]');
  await page.waitForFunction(`document.querySelector('[data-testid=top-row] td.name')?.textContent === 'main.build'`);
  check('clearing the filter restores the table', (await page.locator('[data-testid=filter-chip]').count()) === 0);
  // Invalid regex: message, not applied.
  await page.fill('[data-testid=filter-ignore]', '(');
  await page.press('[data-testid=filter-ignore]', 'Enter');
  await page.waitForFunction(`document.querySelector('[data-testid=filter-error]').textContent.includes('invalid')`);
  check('invalid regex is reported', true, String(await page.locator('[data-testid=filter-error]').textContent()));
  await page.fill('[data-testid=filter-ignore]', '');
  await page.press('[data-testid=filter-ignore]', 'Enter');
  // Sandwich via S on a row.
  await page.fill('[data-testid=search]', '');
  await page.waitForTimeout(200);
  await page.locator('[data-testid=top-row]', { hasText: 'decodeState).object' }).first().click();
  await page.keyboard.press('s');
  await page.waitForSelector('[data-testid=sandwich-callers] [data-testid=sandwich-row]');
  const callers = await page.locator('[data-testid=sandwich-callers] [data-testid=sandwich-row]').allTextContents();
  check('sandwich shows pprof -peek caller', callers.length === 1 && callers[0].includes('decodeState).value'), callers.join(' | '));
  // Flame: zoom by click, Escape out, redraw figure.
  await page.click('[data-testid=tab-flame]');
  await page.waitForSelector('[data-testid=flame-canvas][data-drawn]');
  const box = (await page.locator('[data-testid=flame-canvas]').boundingBox())!;
  await page.mouse.click(box.x + 100, box.y + 18 * 4 + 9);
  await page.waitForFunction(`document.querySelectorAll('[data-testid=flame-crumb]').length > 1`);
  const crumbs = await page.locator('[data-testid=flame-crumb]').allTextContents();
  // Depth 4 at the left edge: all › runtime.main › main.main › main.roundTrip › encoding/json.Unmarshal.
  check('click zooms, breadcrumbs show the path', crumbs.length === 5 && crumbs[4] === 'encoding/json.Unmarshal', crumbs.join(' › '));
  await page.focus('[data-testid=flame-canvas]');
  await page.keyboard.press('Escape');
  await page.waitForFunction(`document.querySelectorAll('[data-testid=flame-crumb]').length === 4`);
  check('Escape zooms out one level', true);
  // State: the saved state carries the tab and settings (what getState returns after a reload).
  const state = await page.evaluate('window.__savedState') as { tab: string; settings: { sampleIndex: number } };
  check('view state saved (tab, sample type)', state.tab === 'flame' && state.settings.sampleIndex === 1, JSON.stringify(state).slice(0, 120));
  await browser.close();

  // Hostile names from the e2e suite's profile: shown as text, never markup.
  const file = path.join(os.tmpdir(), 'heaplens-hostile.pb.gz');
  fs.writeFileSync(file, hostileProfile());
  const h = await openViewer(file);
  await h.page.waitForSelector('[data-testid=top-row]');
  await h.page.click('[data-testid=tab-flame]');
  await h.page.waitForTimeout(300);
  const injected = await h.page.locator('img[onerror], svg[onload], #app script').count();
  const flag = await h.page.evaluate('window.__heaplensXss');
  const names = await h.page.locator('[data-testid=top-row] td.name').allTextContents();
  check('hostile names stay text', injected === 0 && flag === undefined && names.some((n) => n.startsWith('"><svg')), `${injected} elements, flag ${flag}, first row ${names[0]}`);
  await h.browser.close();
  if (failed) process.exit(1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
