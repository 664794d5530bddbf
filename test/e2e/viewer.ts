// Reading the profile viewer's webview as a person reads it: the top table's columns by their headers.
import { strict as assert } from 'assert';
import type { Frame } from 'playwright-core';
import { Golden, shownEquals } from './expect';
import { waitFor, Workbench } from './workbench';

/** A row of the viewer's top table (a virtualized grid, not a <table>). */
export const tableRowSelector = '[data-testid="top-row"]';

export interface ShownRow {
  name: string;
  flat: string;
  cum: string;
}

/** Opens a profile with Quick Open and waits for the viewer's table; returns the frame and ms to the first rows. */
export async function openProfile(wb: Workbench, relPath: string, timeoutMs = 60_000): Promise<{ frame: Frame; ms: number }> {
  const clickedAt = await wb.quickOpen(relPath);
  const frame = await wb.waitForWebview(tableRowSelector, timeoutMs);
  // The webview notes when its first table rows reached the DOM; polling for them would add its interval.
  const paintedAt = await frame.evaluate(() =>
    Number(
      (globalThis as unknown as { document: { documentElement: { dataset: Record<string, string | undefined> } } }).document.documentElement.dataset
        .firstRowsAt,
    ),
  );
  return { frame, ms: (Number.isFinite(paintedAt) && paintedAt >= clickedAt ? paintedAt : Date.now()) - clickedAt };
}

/**
 * The webview's wall-clock marks (media/viewer): when the settings last changed, when table rows
 * last reached the DOM, when a new flame layout was first drawn (0 when not yet).
 */
export interface ViewerMarks {
  settingsAt: number;
  rowsAt: number;
  flameDrawnAt: number;
}

export async function viewerMarks(frame: Frame): Promise<ViewerMarks> {
  return frame.evaluate(() => {
    const doc = (
      globalThis as unknown as {
        document: {
          documentElement: { dataset: Record<string, string | undefined> };
          querySelector(s: string): { dataset: Record<string, string | undefined> } | null;
        };
      }
    ).document;
    const root = doc.documentElement.dataset;
    const canvas = doc.querySelector('[data-testid="flame-canvas"]')?.dataset ?? {};
    // no helper function here: the runner's transform wraps named functions in a helper the page lacks
    return {
      settingsAt: Number(root.settingsAt ?? 0),
      rowsAt: Number(root.rowsAt ?? 0),
      flameDrawnAt: Number(canvas.drawnAt ?? 0),
    };
  });
}

/** After a settings change: ms from the change to the new rows, and to the new flame graph drawn when `flame` (its tab shown). */
export async function timeSettingsChange(frame: Frame, change: () => Promise<void>, flame = false, timeoutMs = 60_000): Promise<number> {
  const before = await viewerMarks(frame);
  await change();
  const after = await waitFor(
    flame ? 'the flame graph of the new settings drawn' : 'the rows of the new settings',
    async () => {
      const m = await viewerMarks(frame);
      if (m.settingsAt <= before.settingsAt) return undefined;
      return (flame ? m.flameDrawnAt >= m.settingsAt && m.flameDrawnAt > before.flameDrawnAt : m.rowsAt >= m.settingsAt && m.rowsAt > before.rowsAt)
        ? m
        : undefined;
    },
    timeoutMs,
    20,
  );
  return (flame ? after.flameDrawnAt : after.rowsAt) - after.settingsAt;
}

/** The top table's rows in display order: function name, flat and cum cells found by their column headers. */
export async function readTopTable(frame: Frame): Promise<ShownRow[]> {
  // The view may be re-rendering (a new summary arrived): read again until it is whole.
  return waitFor(
    'a complete top table',
    async () => {
      const rows = await readTopTableOnce(frame);
      return rows.length > 0 ? rows : undefined;
    },
    10_000,
  );
}

async function readTopTableOnce(frame: Frame): Promise<ShownRow[]> {
  const view = frame.locator('[data-testid="top-view"]');
  const headers = (await view.locator('[role="columnheader"]').allTextContents()).map((t) => t.replace(/[▼▲]/g, '').trim().toLowerCase());
  const col = (re: RegExp) => headers.findIndex((n) => re.test(n));
  const flat = col(/^flat$/);
  const cum = col(/^cum$/);
  const fn = col(/^(name|function)$/);
  if (flat < 0 || cum < 0 || fn < 0) throw new Error(`no flat/cum/name columns among headers ${JSON.stringify(headers)}`);
  const rows = await view.locator(tableRowSelector).evaluateAll((els) =>
    els.map((e) => {
      const el = e as unknown as { dataset: { index?: string }; querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> };
      return { index: Number(el.dataset.index ?? 0), cells: Array.from(el.querySelectorAll('[role="gridcell"]'), (c) => (c.textContent ?? '').trim()) };
    }),
  );
  // Virtual rows are recycled: their DOM order is not the display order, their index is.
  rows.sort((a, b) => a.index - b.index);
  return rows.map((r) => ({ name: r.cells[fn] ?? '', flat: r.cells[flat] ?? '', cum: r.cells[cum] ?? '' }));
}

/**
 * Asserts the first `n` rows equal the golden's: same function, flat and cum at the precision shown.
 * Rows tied on flat may come in another order, so each is matched by name.
 */
export function assertTopRows(shown: ShownRow[], golden: Golden, n: number): void {
  const want = golden.rows.slice(0, n);
  assert.ok(shown.length >= want.length, `the table shows ${shown.length} rows, the golden has ${golden.rows.length}`);
  for (let i = 0; i < want.length; i++) {
    const g = want[i];
    const s = shown.find((r) => r.name === g.name || r.name.replace(/ \(inline\)$/, '') === g.name);
    assert.ok(s, `row for ${g.name} missing; shown: ${JSON.stringify(shown.slice(0, n).map((r) => r.name))}`);
    assert.ok(shownEquals(s.flat, g.flat), `${g.name}: flat shown '${s.flat}', go tool pprof says ${g.flat}`);
    assert.ok(shownEquals(s.cum, g.cum), `${g.name}: cum shown '${s.cum}', go tool pprof says ${g.cum}`);
    // Where the golden's flat values differ, the order must be pprof's (largest flat first).
    if (i > 0 && want[i - 1].flat > g.flat) {
      const prev = shown.findIndex((r) => r.name.startsWith(want[i - 1].name));
      assert.ok(prev < shown.indexOf(s), `${want[i - 1].name} (flat ${want[i - 1].flat}) should come before ${g.name} (flat ${g.flat})`);
    }
  }
}

/** Whether the text of `selector` in the frame shows the number `total` (at its displayed precision). */
export async function showsNumber(frame: Frame, total: number, selector = 'body'): Promise<boolean> {
  const text = await frame.locator(selector).first().innerText();
  const tokens = text.match(/[-+]?[\d,]*\.?\d+\s?(?:[KMGT]i?B|[kKMG]B|B)?/g) ?? [];
  return tokens.some((t) => shownEquals(t.trim(), total));
}

/** A hash of a canvas's pixels (FNV-1a, computed in the page), to tell whether a redraw changed it. */
export async function canvasHash(frame: Frame, selector = 'canvas'): Promise<{ hash: string; painted: number }> {
  return frame
    .locator(selector)
    .first()
    .evaluate((c) => {
      const canvas = c as unknown as {
        width: number;
        height: number;
        getContext(t: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null;
        toDataURL(): string;
      };
      const ctx = canvas.getContext('2d');
      let h = 0x811c9dc5;
      let painted = 0;
      if (!ctx) {
        // A WebGL canvas has no 2d context: its data URL still reflects the drawing.
        const url = canvas.toDataURL();
        for (let i = 0; i < url.length; i++) h = Math.imul(h ^ url.charCodeAt(i), 16777619);
        return { hash: (h >>> 0).toString(16), painted: url.length > 3000 ? 1e6 : 0 };
      }
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 0; i < data.length; i++) h = Math.imul(h ^ data[i], 16777619);
      for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++;
      return { hash: (h >>> 0).toString(16), painted };
    });
}

/** Waits until the canvas differs from `before` (a redraw happened); returns ms taken. */
export async function waitForRedraw(frame: Frame, before: string, what: string, selector = 'canvas'): Promise<number> {
  const start = Date.now();
  await waitFor(what, async () => (await canvasHash(frame, selector)).hash !== before, 10_000);
  return Date.now() - start;
}
