// Scenario 7: the palette experiment runs; its results view shows the step table and a drawn chart.
import { strict as assert } from 'assert';
import type { Frame } from 'playwright-core';
import type { Scenario } from '../scenario';
import { liveAgrees, truthSteps } from '../truth';
import { waitFor } from '../workbench';

const go = '1.26';
const type = 'map[int]int';
const scenarioId = 'fill-clear-refill';
const n = 100000;

/** Count of canvas pixels that are not fully transparent (a drawn chart has many). */
export async function paintedPixels(frame: Frame, canvasSelector: string): Promise<number> {
  return frame.locator(canvasSelector).first().evaluate((c) => {
    const canvas = c as unknown as { width: number; height: number; getContext(t: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } };
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++;
    return painted;
  });
}

export const experiment: Scenario = {
  id: 'experiment',
  title: `palette "Run Map Experiment…" (${scenarioId}, ${type}, N=${n}, Go ${go}): table agrees with the real runtime, chart drawn`,
  async run({ wb, page, timings }) {
    await wb.runCommand('HeapLens: Run Map Experiment…');
    // Step 1, the scenario: its row shows the id as the description (the filter matches titles only).
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: scenarioId }).first();
    await row.waitFor({ state: 'visible', timeout: 10_000 });
    await wb.screenshot('experiment-pick-scenario');
    await row.click();
    // Steps 2–4: map type, N, hint (input boxes).
    for (const [what, value] of [['map type', type], ['entries', String(n)], ['size hint', '-1']]) {
      await waitFor(`the ${what} input`, async () => ((await page.locator('.quick-input-widget .quick-input-title').textContent()) ?? '').includes(what));
      await input.fill(value);
      await page.keyboard.press('Enter');
    }
    // Step 5: the Go version.
    await waitFor('the Go version pick', async () => ((await page.locator('.quick-input-widget .quick-input-title').textContent()) ?? '').includes('Go version'));
    await input.fill(`Go ${go}`);
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: `Go ${go}` }).first().waitFor({ state: 'visible' });
    const started = Date.now();
    await page.keyboard.press('Enter');

    const frame = await wb.waitForWebview('[data-testid="step-table"]', 60_000);
    timings.set('experiment: command to results table', Date.now() - started);
    const canvas = '[data-testid="steps-chart-0"] canvas';
    await waitFor('the steps chart to be drawn', async () => (await paintedPixels(frame, canvas)) > 500, 15_000);
    await wb.screenshot('experiment-results');

    const shown = await frame.locator('[data-testid="step-table"] tbody tr').evaluateAll((rows) => rows.map((r) => {
      const cells = (r as unknown as { cells: ArrayLike<{ textContent: string | null; title: string }> }).cells;
      return { step: cells[0].textContent ?? '', live: cells[1].title, liveText: cells[1].textContent ?? '' };
    }));
    const real = truthSteps(go, type, scenarioId, n, -1);
    // go-truth is sorted by step name, the view is in run order: compare as sets.
    assert.deepEqual(shown.map((s) => s.step).sort(), real.map((s) => s.step).sort(), 'the table lists the real runtime\'s steps');
    for (const r of real) {
      const s = shown.find((x) => x.step === r.step)!;
      const exact = Number(/^([\d,]+) bytes$/.exec(s.live)?.[1].replace(/,/g, ''));
      assert.ok(Number.isFinite(exact), `step ${r.step}: live cell has no exact bytes tooltip ('${s.live}')`);
      assert.ok(liveAgrees(exact, r.live_bytes), `step ${r.step}: view shows ${exact} live bytes (${s.liveText}), the real Go ${go} runtime ${r.live_bytes}`);
    }
  },
};
