// Scenario 9: a 59 MB profile opens with a progress indicator while another tab stays responsive.
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import type { Scenario } from '../scenario';
import { openProfile, readTopTable, tableRowSelector, timeSettingsChange, viewerMarks } from '../viewer';
import { chooseSample } from './viewer';
import { waitFor } from '../workbench';
import { files } from '../workspace';
import { escapeRegExp } from '../../support/escapeRegExp';

const cli = path.resolve(__dirname, '../../../dist/cli.js');

/** `heaplens top FILE --json` in a fresh process: the median wall time of 3 runs, in ms. */
function cliTopMs(file: string): number {
  const times = [0, 1, 2].map(() => {
    const t = performance.now();
    execFileSync(process.execPath, [cli, 'top', file, '--json'], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
    return performance.now() - t;
  });
  return Math.round(times.sort((a, b) => a - b)[1]);
}

/** Types `text` key by key into the focused editor; returns the slowest key-to-screen time in ms. */
async function typeAndTime(page: Page, text: string): Promise<number> {
  const lines = page.locator('.monaco-editor[data-uri$="scratch.txt"] .view-lines');
  const before = (await lines.innerText()).replace(/\u00a0/g, ' ').replace(/\n+$/, '');
  let worst = 0;
  for (let i = 0; i < text.length; i++) {
    const t = Date.now();
    await page.keyboard.type(text[i]);
    const want = before + text.slice(0, i + 1);
    await waitFor(`'${want}' in scratch.txt`, async () => (await lines.innerText()).replace(/\u00a0/g, ' ').includes(want.trimEnd()), 30_000, 20);
    worst = Math.max(worst, Date.now() - t);
  }
  return worst;
}

export const large: Scenario = {
  id: 'large-profile',
  title: 'the 59 MB profile shows progress while loading and typing in another tab stays responsive',
  async run({ wb, page, workspace, timings }) {
    const size = fs.statSync(path.join(workspace, files.large)).size;
    assert.ok(size > 55e6, `the large profile is only ${size} bytes`);
    // Baseline: how fast typing shows on this machine right now, with nothing loading.
    await wb.quickOpen(files.scratch);
    await waitFor('scratch.txt active', async () => (await wb.activeTab()) === 'scratch.txt');
    const baseline = await typeAndTime(page, 'baseline ');
    timings.set('large: worst keystroke-to-screen, nothing loading', baseline);
    // Long tasks on the workbench's main thread while the profile loads (webviews of the same origin share it).
    await page.evaluate(() => {
      const g = globalThis as unknown as {
        __hlLong: number[];
        PerformanceObserver: new (cb: (l: { getEntries(): { duration: number }[] }) => void) => { observe(o: object): void };
      };
      g.__hlLong = [];
      new g.PerformanceObserver((l) => {
        for (const e of l.getEntries()) g.__hlLong.push(e.duration);
      }).observe({ entryTypes: ['longtask'] });
    });
    const start = Date.now();
    await wb.quickOpen(files.large);
    // Progress the extension shows: a progress notification or status bar entry, or the viewer's own.
    // (Not the editor's generic busy bar: it shows for any slow editor, working or not.)
    const notification = page.locator('.notification-toast', { has: page.locator('.monaco-progress-container.active') });
    const statusBar = page.locator('.statusbar-item', { has: page.locator('.codicon-modifier-spin') });
    const progress = await waitFor(
      'a progress indicator',
      async () => {
        if (
          await notification
            .first()
            .isVisible()
            .catch(() => false)
        )
          return `notification "${(await notification.first().innerText()).trim()}"`;
        if (
          await statusBar
            .first()
            .isVisible()
            .catch(() => false)
        )
          return `status bar "${(await statusBar.first().innerText()).trim()}"`;
        for (const f of page.frames()) {
          const p = f.locator('progress, [role="progressbar"], [aria-busy="true"], [data-testid="loading"]');
          if (
            await p
              .first()
              .isVisible()
              .catch(() => false)
          )
            return 'the viewer';
        }
        return undefined;
      },
      10_000,
    );
    await wb.screenshot('large-progress');
    const loadedEarly = (await wb.webviewFrame(tableRowSelector)) !== undefined;

    // Type in another editor while the profile loads.
    await wb.quickOpen(files.scratch);
    await waitFor('scratch.txt active', async () => (await wb.activeTab()) === 'scratch.txt');
    const worst = await typeAndTime(page, 'still responsive');
    timings.set('large: worst keystroke-to-screen while loading', worst);
    await wb.screenshot('large-typing');
    const stillLoading = (await wb.webviewFrame(tableRowSelector)) === undefined;
    const longest = await page.evaluate(() => Math.max(0, ...(globalThis as unknown as { __hlLong: number[] }).__hlLong));
    timings.set('large: longest main-thread task while loading', Math.round(longest));
    // A busy machine slows every keystroke: compare with the baseline taken just before.
    const limit = Math.max(500, 3 * baseline);
    assert.ok(worst <= limit, `a keystroke took ${worst} ms to show while the profile loaded (baseline ${baseline} ms, limit ${limit} ms)`);

    await page.locator('.tabs-container .tab', { hasText: 'large-59mb' }).first().click();
    await wb.waitForWebview(tableRowSelector, 180_000);
    const whileTyping = Date.now() - start;
    timings.set('large: open-to-first-paint while typing in another tab (59 MB)', whileTyping);
    await wb.screenshot('large-loaded');

    // Open → first table as a user who waits sees it: the tab stays in front (a hidden tab's
    // webview is drawn only once shown again, and the typing above shares the two cores).
    // Timed as the other opens are: from the Quick Open pick to the webview's first rows.
    await wb.closeAllEditors();
    const { frame, ms: opened } = await openProfile(wb, files.large, 180_000);
    timings.set('large: open-to-first-paint, tab in front (59 MB)', opened);
    // Once open, what a user does next, each timed in the webview from the change to what it shows.
    const switched = await timeSettingsChange(frame, () => chooseSample(frame, 'alloc_objects'));
    timings.set('large: sample type switch, change to new rows (59 MB)', switched);
    await frame.locator('[data-testid="tab-flame"]').click();
    await waitFor('the flame graph drawn', async () => (await viewerMarks(frame)).flameDrawnAt > 0, 60_000);
    const flameAfterSwitch = await timeSettingsChange(frame, () => chooseSample(frame, 'alloc_space'), true);
    timings.set('large: flame graph right after a sample type switch, change to drawn (59 MB)', flameAfterSwitch);
    await wb.screenshot('large-flame');
    // the call tree's first level: 40,000 root frames (it once took a sweep of every sample for each)
    await frame.locator('[data-testid="tab-tree"]').click();
    const treeShownAt = Date.now();
    await waitFor('the call tree’s first level', async () => (await frame.locator('[data-testid="tree-row"]').count()) > 0, 30_000);
    timings.set('large: call tree tab shown to its first rows (59 MB, 40,000 root frames)', Date.now() - treeShownAt);
    await wb.screenshot('large-tree');
    await frame.locator('[data-testid="tab-top"]').click();
    // a frame of the table, as a user would type it
    const focusOn = escapeRegExp((await readTopTable(frame))[0].name);
    const focus = frame.locator('[data-testid="filter-focus"]');
    const focused = await timeSettingsChange(frame, async () => {
      await focus.fill(focusOn);
      await focus.press('Enter');
    });
    timings.set('large: focus applied, Enter to new rows (59 MB)', focused);
    await wb.screenshot('large-focus');
    // as it was, for the scenarios after
    await timeSettingsChange(frame, async () => {
      await focus.fill('');
      await focus.press('Enter');
    });
    // The reference, on the same file in the same run: `heaplens top` in a fresh process.
    const top = cliTopMs(path.join(workspace, files.large));
    timings.set('large: heaplens top --json on the same file (fresh process, median of 3)', top);
    console.log(`      open-to-first-paint ${opened} ms / heaplens top ${top} ms = ${(opened / top).toFixed(2)}x (target <= 2x)`);
    console.log(
      `      once open: sample type switch ${switched} ms (target <= 150), flame graph right after a switch ${flameAfterSwitch} ms (target <= 300), focus ${focused} ms (target <= 300), each from the change to the webview showing it`,
    );
    console.log(`      while typing in another tab: ${whileTyping} ms = ${(whileTyping / top).toFixed(2)}x`);
    console.log(`      progress: ${progress}; loaded before typing: ${loadedEarly}; still loading after typing: ${stillLoading}`);
  },
};

export const cancelRetry: Scenario = {
  id: 'cancel-retry',
  title: "cancelling the 59 MB profile's load shows why, and Retry in the same tab loads it",
  async run({ wb, page }) {
    await wb.quickOpen(files.large);
    const cancel = page.locator('.notification-toast', { hasText: 'HeapLens' }).locator('.monaco-button', { hasText: 'Cancel' }).first();
    await cancel.waitFor({ state: 'visible', timeout: 15_000 });
    await cancel.click();
    const frame = await wb.waitForWebview('[data-testid="retry"]', 30_000);
    const message = (await frame.locator('[data-testid="error-message"]').innerText()).trim();
    assert.match(message, /cancelled/i, `the cancelled tab says '${message}'`);
    await wb.screenshot('cancelled-retry');
    await frame.locator('[data-testid="retry"]').click();
    await wb.waitForWebview(tableRowSelector, 180_000);
    await wb.screenshot('retried-loaded');
    await wb.closeAllEditors();
  },
};
