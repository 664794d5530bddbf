// Scenario 7: "Run Map Experiment…" opens the results panel's form (no prompts); the map type is
// checked as it is typed; Enter runs it; the step table agrees with the real runtime and the chart
// is drawn. Then the clear( lens's Simulate opens results straight away, with the lens's type.
import { strict as assert } from 'assert';
import type { Frame } from 'playwright-core';
import type { Scenario } from '../scenario';
import { liveAgrees, truthSteps } from '../truth';
import { waitFor, type Workbench } from '../workbench';
import { files } from '../workspace';

const go = '1.26';
const type = 'map[int]int';
const scenarioId = 'fill-clear-refill';
const n = 100000;

/** Count of canvas pixels that are not fully transparent (a drawn chart has many). */
export async function paintedPixels(frame: Frame, canvasSelector: string): Promise<number> {
  return frame
    .locator(canvasSelector)
    .first()
    .evaluate((c) => {
      const canvas = c as unknown as {
        width: number;
        height: number;
        getContext(t: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
      };
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++;
      return painted;
    });
}

/** The form's problem line for a field, as shown. */
async function problem(frame: Frame, field: string): Promise<string> {
  return ((await frame.locator(`[data-testid="problem-${field}"]`).textContent()) ?? '').trim();
}

/** Hiding the panel drops its webview (no retainContextWhenHidden): shown again, it has its runs back from the host and its typing from the saved state. */
async function hideAndShow(wb: Workbench, frame: Frame): Promise<Frame> {
  const typed = 'map[string]int';
  await frame.locator('[data-testid="param-type"]').fill(typed);
  // A mark in the page's globals tells a reloaded page from the same one shown again.
  await frame.locator('body').evaluate(() => {
    (globalThis as Record<string, unknown>).heaplensShownBefore = true;
  });
  await wb.quickOpen('scratch.txt');
  await waitFor('scratch.txt to be active', async () => (await wb.activeTab()) === 'scratch.txt');
  await wb.page.locator('.tabs-container .tab', { hasText: 'Map Experiment' }).first().click();
  const shown = await wb.waitForWebview('[data-testid="run-0"] [data-testid="step-table"]', 30_000);
  await waitFor('the typed map type back in the form', async () => (await shown.locator('[data-testid="param-type"]').inputValue()) === typed);
  assert.equal(await shown.locator('body').evaluate(() => (globalThis as Record<string, unknown>).heaplensShownBefore), undefined, 'the webview was reloaded');
  await wb.screenshot('experiment-shown-again');
  return shown;
}

/** Runs the form's experiment with new fields and waits for its results. */
async function rerun(frame: Frame, fields: Record<string, string>): Promise<void> {
  const before = await frame.locator('[data-testid="run-0"] .subtitle').textContent();
  for (const [k, v] of Object.entries(fields)) {
    const f = frame.locator(`[data-testid="param-${k}"]`);
    if (k === 'scenario' || k === 'go') await f.selectOption(v);
    else await f.fill(v);
  }
  await frame.locator('[data-testid="param-n"]').press('Enter');
  await waitFor('the new run', async () => (await frame.locator('[data-testid="run-0"] .subtitle').textContent()) !== before, 60_000);
}

/** A million-key Swiss refill lands in a range over the hash seeds: the table says it, the chart has a band; a growth only some seeds take is marked. */
async function seedSpread(wb: Workbench, frame: Frame): Promise<void> {
  await rerun(frame, { scenario: 'fill-clear-refill', type: 'map[int64]struct{}', n: '1000000', hint: '-1', go: '1.26' });
  const notes = (await frame.locator('[data-testid="seed-notes"]').textContent()) ?? '';
  assert.match(notes, /refill allocates [\d.]+( KiB)?–[\d.]+ KiB depending on the hash seed \(5 seeds\)/);
  assert.ok((await frame.locator('[data-testid="step-table"] .seed-range').count()) >= 1, 'the refill row shows its range');
  await waitFor('the steps chart to be drawn', async () => (await paintedPixels(frame, '[data-testid="steps-chart-0"] canvas')) > 500, 15_000);
  await wb.screenshot('experiment-seed-range');
  await rerun(frame, { scenario: 'growth-timeline', type: 'map[int]int', n: '7000', go: '1.26' });
  await frame.locator('[data-testid="growth-chart-0"]').waitFor({ state: 'visible', timeout: 15_000 });
  const legend = (await frame.locator('[data-testid="growth-chart-0"] .u-legend').textContent()) ?? '';
  assert.match(legend, /taken by only some seeds/);
  assert.match((await frame.locator('[data-testid="seed-notes"]').textContent()) ?? '', /of 9 seeds takes? a table split/);
  await frame.locator('[data-testid="growth-chart-0"]').scrollIntoViewIfNeeded();
  await waitFor('the growth chart to be drawn', async () => (await paintedPixels(frame, '[data-testid="growth-chart-0"] canvas')) > 500, 15_000);
  await wb.screenshot('experiment-seed-marks');
}

/** The lens's Simulate on cache.go's first map clear( opens a results panel that runs at once. */
async function simulateFromLens(wb: Workbench): Promise<void> {
  await wb.closeAllEditors();
  await wb.quickOpen(files.lensGo);
  const editor = wb.page.locator('.monaco-editor[data-uri$="cache.go"]').first();
  const simulate = editor.locator('.codelens-decoration a', { hasText: /^Simulate$/ }).first();
  await simulate.waitFor({ state: 'visible', timeout: 20_000 });
  await simulate.click();
  const frame = await wb.waitForWebview('[data-testid="run-0"] [data-testid="step-table"]', 60_000);
  await wb.screenshot('experiment-from-lens');
  const subtitle = (await frame.locator('[data-testid="run-0"] .subtitle').textContent()) ?? '';
  const formType = await frame.locator('[data-testid="param-type"]').inputValue();
  assert.ok(subtitle.startsWith(`${scenarioId} · ${formType} · `), `the lens's run shows '${subtitle}', its form holds '${formType}'`);
  assert.match(formType, /^map\[/, "the form holds the lens's map type");
  assert.equal((await frame.locator('[data-testid="step-table"] tbody tr').count()) > 0, true, "the lens's run has steps");
}

export const experiment: Scenario = {
  id: 'experiment',
  title: `palette "Run Map Experiment…" opens the form; ${scenarioId}, ${type}, N=${n}, Go ${go} run with Enter: table agrees with the real runtime, chart drawn; the lens's Simulate opens results`,
  async run({ wb, timings }) {
    await wb.runCommand('HeapLens: Run Map Experiment…');
    const frame = await wb.waitForWebview('[data-testid="param-form"]', 30_000);
    assert.equal(await frame.locator('[data-testid="step-table"]').count(), 0, 'the palette command opens the form without running');
    await wb.screenshot('experiment-form');

    // The map type is checked as it is typed, with the compiler's words for a bad key.
    const typeField = frame.locator('[data-testid="param-type"]');
    await typeField.fill('map[[]int]bool');
    await waitFor('the key type problem', async () => (await problem(frame, 'type')) === 'invalid map key type []int');
    assert.equal(await typeField.getAttribute('aria-invalid'), 'true');
    await wb.screenshot('experiment-form-problem');
    await typeField.fill(type);
    await waitFor('the problem to clear', async () => (await problem(frame, 'type')) === '');

    await frame.locator('[data-testid="param-scenario"]').selectOption(scenarioId);
    await frame.locator('[data-testid="param-n"]').fill(String(n));
    await frame.locator('[data-testid="param-hint"]').fill('-1');
    await frame.locator('[data-testid="param-go"]').selectOption(go);
    const started = Date.now();
    await frame.locator('[data-testid="param-n"]').press('Enter');

    await frame.locator('[data-testid="step-table"]').waitFor({ state: 'visible', timeout: 60_000 });
    timings.set('experiment: Enter to results table', Date.now() - started);
    const canvas = '[data-testid="steps-chart-0"] canvas';
    await waitFor('the steps chart to be drawn', async () => (await paintedPixels(frame, canvas)) > 500, 15_000);
    await wb.screenshot('experiment-results');

    const shown = await frame.locator('[data-testid="step-table"] tbody tr').evaluateAll((rows) =>
      rows.map((r) => {
        const cells = (r as unknown as { cells: ArrayLike<{ textContent: string | null; title: string }> }).cells;
        return { step: cells[0].textContent ?? '', live: cells[1].title, liveText: cells[1].textContent ?? '' };
      }),
    );
    const real = truthSteps(go, type, scenarioId, n, -1);
    // go-truth is sorted by step name, the view is in run order: compare as sets.
    assert.deepEqual(shown.map((s) => s.step).sort(), real.map((s) => s.step).sort(), "the table lists the real runtime's steps");
    for (const r of real) {
      const s = shown.find((x) => x.step === r.step)!;
      const exact = Number(/^([\d,]+) bytes$/.exec(s.live)?.[1].replace(/,/g, ''));
      assert.ok(Number.isFinite(exact), `step ${r.step}: live cell has no exact bytes tooltip ('${s.live}')`);
      assert.ok(liveAgrees(exact, r.live_bytes), `step ${r.step}: view shows ${exact} live bytes (${s.liveText}), the real Go ${go} runtime ${r.live_bytes}`);
    }

    await seedSpread(wb, await hideAndShow(wb, frame));
    await simulateFromLens(wb);
  },
};
