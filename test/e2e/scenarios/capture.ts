// Capture from a running Go program (the project's own pprofserve, built with real Go 1.26):
// "Capture Profile…" from the palette opens the capture in the viewer with go tool pprof's
// figures; "Watch Heap…" takes three captures, its timeline shows main.grow growing (figures
// again go tool pprof's), picking the first and last opens their diff (or both side by side
// where there is no diff view), and the series is back after a window reload.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Frame } from 'playwright-core';
import { parsePprofTop, type Golden } from '../../support/pprofGolden';
import { startPprofServe } from '../../support/pprofServe';
import { goBinary } from '../../support/realGo';
import { shownEquals } from '../expect';
import type { Scenario } from '../scenario';
import { assertTopRows, readTopTable, showsNumber, tableRowSelector } from '../viewer';
import { waitFor, type Workbench } from '../workbench';
import { paintedPixels } from './experiment';
import { escapeRegExp } from '../../support/escapeRegExp';

/** go tool pprof's top table of `file` for one sample type, as the goldens are made. */
function pprofTop(file: string, sample: string): Golden {
  const r = spawnSync(
    goBinary('1.26'),
    ['tool', 'pprof', '-symbolize=none', '-top', '-nodecount=1000000', '-nodefraction=0', `-sample_index=${sample}`, '-unit=B', file],
    {
      encoding: 'utf8',
      env: { ...process.env, GOTOOLCHAIN: 'local' },
    },
  );
  if (r.status !== 0) throw new Error(`go tool pprof failed on ${file}: ${r.stderr}`);
  return parsePprofTop(r.stdout, file);
}

/** Types `text` into the open quick input and clicks the row labelled exactly `label`. */
async function answerQuickInput(wb: Workbench, text: string | undefined, label: string): Promise<void> {
  const input = wb.page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  if (text !== undefined) await input.fill(text);
  const exact = new RegExp(`^${escapeRegExp(label)}$`);
  const row = wb.page
    .locator('.quick-input-widget .monaco-list-row')
    .filter({ has: wb.page.locator('.label-name', { hasText: exact }) })
    .first();
  await row.waitFor({ state: 'visible', timeout: 10_000 });
  await row.click();
}

/** The viewer's sample-type picker's choice ("inuse_space (bytes)" → "inuse_space"). */
async function shownSample(frame: Frame): Promise<string> {
  const select = frame.locator('select', { has: frame.locator('option', { hasText: 'inuse_space' }) }).first();
  await select.waitFor({ state: 'visible', timeout: 10_000 });
  const label = await select.evaluate((s) => {
    const el = s as unknown as { selectedIndex: number; options: ArrayLike<{ textContent: string | null }> };
    return el.options[el.selectedIndex]?.textContent ?? '';
  });
  return label.trim().split(/\s/)[0];
}

/** Adds settings to the workspace's .vscode/settings.json (the workbench picks them up live). */
function setWorkspaceSettings(workspace: string, add: Record<string, unknown>): void {
  const file = path.join(workspace, '.vscode', 'settings.json');
  const now = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  fs.writeFileSync(file, JSON.stringify({ ...now, ...add }, null, 2));
}

export const capture: Scenario = {
  id: 'capture',
  title: 'palette "Capture Profile…" on a live Go program: URL, kind, the capture opens in the viewer with go tool pprof\'s rows and total',
  async run({ wb, workspace, timings }) {
    const program = await startPprofServe(['-step', '100ms', '-per', '128']);
    try {
      await new Promise((r) => setTimeout(r, 1500));
      const url = `${program.url}/debug/pprof/heap`;
      await wb.runCommand('HeapLens: Capture Profile…');
      const input = wb.page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      // The default endpoint is offered before anything is typed.
      await wb.page
        .locator('.quick-input-widget .monaco-list-row .label-name', { hasText: 'http://localhost:6060/debug/pprof/heap' })
        .first()
        .waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill(url);
      await wb.screenshot('capture-url');
      await answerQuickInput(wb, undefined, url);
      await wb.page.locator('.quick-input-widget .monaco-list-row .label-name', { hasText: /^CPU$/ }).first().waitFor({ state: 'visible', timeout: 10_000 });
      await wb.screenshot('capture-kind');
      const started = Date.now();
      await answerQuickInput(wb, undefined, 'heap');

      const frame = await wb.waitForWebview(tableRowSelector, 60_000);
      timings.set('capture: kind picked to viewer rows', Date.now() - started);
      const tab = await waitFor('the capture to be the active tab', async () => {
        const t = await wb.activeTab();
        return /^heap-\d{8}-\d{6}\.pb\.gz$/.test(t) ? t : undefined;
      });
      const saved = path.join(workspace, '.heaplens', tab);
      assert.ok(fs.existsSync(saved), `the capture is saved in the workspace's .heaplens/ (${saved})`);
      assert.equal(fs.readFileSync(path.join(workspace, '.heaplens', '.gitignore'), 'utf8'), '*\n');
      await wb.screenshot('capture-opened');

      const sample = await shownSample(frame);
      const want = pprofTop(saved, sample);
      assert.equal(want.rows[0].name, 'main.grow', `go tool pprof's top row of the capture is main.grow (${sample})`);
      assertTopRows(await readTopTable(frame), want, 1);
      assert.ok(await showsNumber(frame, want.total, '[data-testid="profile-total"]'), `the total shown is not pprof's ${sample} total ${want.total}`);
    } finally {
      await program.stop();
    }
  },
};

export const captureCancel: Scenario = {
  id: 'capture-cancel',
  title: 'a 30 s CPU capture shows its progress and stops at Cancel: nothing saved, no error',
  async run({ wb, workspace }) {
    const program = await startPprofServe(['-step', '100ms', '-per', '128']);
    const folder = path.join(workspace, '.heaplens');
    const before = fs.existsSync(folder) ? fs.readdirSync(folder) : [];
    try {
      const url = `${program.url}/debug/pprof/heap`;
      await wb.runCommand('HeapLens: Capture Profile…');
      await answerQuickInput(wb, url, url);
      await answerQuickInput(wb, undefined, 'CPU');
      // The seconds prompt: 30, then Enter.
      const input = wb.page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill('30');
      await input.press('Enter');
      const toast = wb.page.locator('.notifications-toasts .notification-toast', { hasText: 'capturing profile from' }).first();
      await toast.waitFor({ state: 'visible', timeout: 15_000 });
      await waitFor('the seconds counting', async () => /\d+ of 30 s/.test((await toast.textContent()) ?? ''), 10_000);
      await wb.screenshotOf('capture-cpu-progress', toast);
      const started = Date.now();
      await toast.locator('.monaco-button', { hasText: 'Cancel' }).first().click();
      await toast.waitFor({ state: 'hidden', timeout: 5_000 });
      assert.ok(Date.now() - started < 5_000);
      await wb.page.waitForTimeout(1000);
      const after = fs.existsSync(folder) ? fs.readdirSync(folder) : [];
      assert.deepEqual(after, before, 'nothing saved');
      assert.deepEqual(await wb.errorNotifications(), [], 'no error after Cancel');
    } finally {
      await program.stop();
    }
  },
};

/** The timeline's capture rows that hold a capture (not gaps): index, name, and the cells. */
async function captureRows(frame: Frame): Promise<{ index: number; name: string }[]> {
  return frame.locator('[data-testid^="capture-row-"]:not(.gap)').evaluateAll((rows) =>
    rows.map((r) => {
      const el = r as unknown as { dataset: { testid?: string }; getAttribute(n: string): string | null; cells: ArrayLike<{ textContent: string | null }> };
      return {
        index: Number((el.getAttribute('data-testid') ?? '').replace('capture-row-', '')),
        name: (el.cells[3].textContent ?? '').replace(/^\(restarted\) /, ''),
      };
    }),
  );
}

export const captureWatch: Scenario = {
  id: 'capture-watch',
  title:
    'palette "Watch Heap…": three captures, the timeline and growth table show main.grow growing as go tool pprof reads the files; first and last picked open their diff; the series is back after a reload and resumes',
  async run({ wb, page, workspace, timings }) {
    setWorkspaceSettings(workspace, { 'heaplens.capture.watchIntervalSeconds': 2 });
    const program = await startPprofServe(['-step', '100ms', '-per', '128']);
    try {
      await new Promise((r) => setTimeout(r, 1000));
      const url = `${program.url}/debug/pprof/heap`;
      await wb.runCommand('HeapLens: Watch Heap…');
      await answerQuickInput(wb, url, url);
      const started = Date.now();
      const frame = await wb.waitForWebview('[data-testid="timeline-app"] [data-testid="timeline-status"]', 30_000);
      await waitFor('three captures in the timeline', async () => (await captureRows(frame)).length >= 3, 60_000);
      timings.set('watch: three captures', Date.now() - started);
      await frame.locator('[data-testid="timeline-stop"]').click();
      await waitFor('the watch to stop', async () => /^Stopped/.test((await frame.locator('[data-testid="timeline-status"]').textContent()) ?? ''));
      await waitFor('the button to offer Resume', async () => (await frame.locator('[data-testid="timeline-stop"]').textContent()) === 'Resume');
      await waitFor('the timeline chart to be drawn', async () => (await paintedPixels(frame, '[data-testid="timeline-chart"] canvas')) > 500, 15_000);
      await wb.screenshot('watch-timeline');

      const rows = await captureRows(frame);
      const folder = fs
        .readdirSync(path.join(workspace, '.heaplens'))
        .filter((d) => d.startsWith('watch-'))
        .map((d) => path.join(workspace, '.heaplens', d))
        .pop()!;
      const fileOf = (name: string) => path.join(folder, name);
      for (const r of rows) assert.ok(fs.existsSync(fileOf(r.name)), `capture ${r.name} is in ${folder}`);
      assert.ok(fs.existsSync(path.join(folder, 'series.json')));
      // The growth table: main.grow grew most, from and to what go tool pprof reads in the first and last capture.
      const first = rows[0];
      const last = rows[rows.length - 1];
      const flatOf = (name: string) => pprofTop(fileOf(name), 'inuse_space').rows.find((r) => r.name === 'main.grow')?.flat ?? 0;
      const cells = (await frame.locator('[data-testid="growth-row-0"] td').allTextContents()).map((t) => t.trim());
      assert.equal(cells[0], 'main.grow', `the fastest-growing function is main.grow (table: ${cells.join(' | ')})`);
      const [a, b] = [flatOf(first.name), flatOf(last.name)];
      assert.ok(b > a, `main.grow grows in the files: ${a} then ${b}`);
      assert.ok(shownEquals(cells[3], a), `first: shown ${cells[3]}, go tool pprof ${a}`);
      assert.ok(shownEquals(cells[4], b), `now: shown ${cells[4]}, go tool pprof ${b}`);
      assert.ok(shownEquals(cells[1].replace(/^\+/, ''), b - a), `growth: shown ${cells[1]}, go tool pprof ${b - a}`);
      const legend = (await frame.locator('[data-testid="timeline-chart"] .u-legend').textContent()) ?? '';
      assert.match(legend, /main\.grow/, 'the chart has a main.grow line');

      // Pick the first and the last capture: their diff opens (both side by side without a diff view).
      const tabsBefore = await wb.tabTitles();
      await frame.locator(`[data-testid="capture-row-${first.index}"]`).click();
      await frame.locator(`[data-testid="capture-row-${last.index}"]`).click();
      const opened = await waitFor(
        'the comparison to open',
        async () => {
          const tabs = await wb.tabTitles();
          const added = tabs.filter((t) => !tabsBefore.includes(t));
          return added.length > 0 ? added : undefined;
        },
        30_000,
      );
      await wb.waitForWebview(tableRowSelector, 60_000);
      await page.waitForTimeout(500);
      // the last capture, compared with the first (go tool pprof -diff_base=first last)
      assert.deepEqual(opened, [last.name], `the diff opens the last capture: ${JSON.stringify(opened)}`);
      const diff = await wb.waitForWebview('[data-testid="profile-base"]:not(:empty)', 30_000);
      const header = (await diff.locator('[data-testid="profile-base"]').textContent()) ?? '';
      assert.ok(header.includes(first.name) && header.includes(last.name), `the compared header names both captures: '${header}'`);
      await wb.screenshot('watch-diff');

      // A window reload brings the series back (stopped), from workspace state and the files.
      // The timeline in front, so its webview is what the reload restores first.
      await page.locator('.tabs-container .tab', { hasText: 'Heap Watch' }).first().click();
      await page.waitForTimeout(1500);
      await page.reload();
      await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 120_000 });
      const restored = await waitFor(
        'the timeline back after the reload',
        async () => {
          const f = await wb.webviewFrame('[data-testid="timeline-status"]');
          return f && (await captureRows(f)).length === rows.length ? f : undefined;
        },
        60_000,
      );
      assert.match((await restored.locator('[data-testid="timeline-status"]').textContent()) ?? '', /reloaded/);
      await wb.screenshot('watch-restored');
      // Resume goes on with the same series.
      await restored.locator('[data-testid="timeline-stop"]', { hasText: 'Resume' }).click();
      await waitFor('one more capture after Resume', async () => (await captureRows(restored)).length > rows.length, 30_000);
      await restored.locator('[data-testid="timeline-stop"]', { hasText: 'Stop' }).click();
    } finally {
      await program.stop();
      setWorkspaceSettings(workspace, { 'heaplens.capture.watchIntervalSeconds': undefined });
    }
  },
};
