// The map sites in real VS Code (issue 19): the mapsites program's Go 1.26 profile with its source
// in the workspace. The Maps view lists the hinted map at its make line with its type; the badge
// on main.build says what it is; its clear link opens sites.go at the clear, whose lens says what
// the open profile holds of the map's groups. Expected figures from the program's own reading
// of the runtime (test/fixtures/maps/*.truth.json) and the runtime's layouts (go-map-facts.md).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import type { Scenario } from '../scenario';
import { openProfile, readTopTable, tableRowSelector } from '../viewer';
import { waitFor } from '../workbench';
import { fixture } from '../../support/fixtures';
import { files } from '../workspace';

const MiB = 1024 * 1024;

export const maps: Scenario = {
  id: 'maps',
  title: 'the Maps view lists the map sites (hinted: map[int]int at sites.go:32); the map badge tells them; the clear( lens says what the profile holds',
  async run({ wb, page }) {
    const truth = JSON.parse(fs.readFileSync(fixture('maps', 'mapsites-go1.26-rate1.truth.json'), 'utf8')) as {
      maps: { name: string; type: string; tables: number }[];
    };
    const hinted = truth.maps.find((m) => m.name === 'hinted')!;
    // one group array per table: 128 groups of 8 + 8·16 B, in the 18432-byte size class
    const groupsMiB = (hinted.tables * 18432) / MiB;
    assert.equal(groupsMiB, 4.5);

    const { frame } = await openProfile(wb, files.mapsites);
    // what the maps hold now (the viewer opens a heap profile at alloc_space)
    const select = frame.locator('[data-testid="sample-type"]');
    const label = (await select.locator('option').allTextContents()).find((t) => t.startsWith('inuse_space'));
    assert.ok(label, 'no inuse_space sample type');
    await select.selectOption({ label });
    await frame.getByRole('tab', { name: 'Maps' }).click();
    const card = frame.locator('[data-testid="map-site"]', { has: frame.locator('[data-testid="map-site-link"]', { hasText: /^mapsites\/sites\.go:32$/ }) });
    await waitFor('the hinted map listed at sites.go:32', async () => (await card.count()) === 1, 60_000);
    assert.equal((await card.locator('[data-testid="map-type"]').textContent())?.trim(), hinted.type);
    assert.match((await card.textContent()) ?? '', /swiss \(Go 1\.26\)/);
    assert.match((await card.locator('[data-testid="map-clear-link"]').allTextContents()).join(','), /^mapsites\/sites\.go:36$/);
    await wb.screenshot('maps-view');

    // The badge on the top table's main.build row: its tooltip names the hinted map and its clear.
    await frame.getByRole('tab', { name: 'Top' }).click();
    const badge = frame.locator(tableRowSelector, { hasText: 'main.build' }).first().locator('[data-testid="map-badge"]');
    await waitFor('the map badge on main.build', async () => (await badge.count()) === 1, 20_000);
    assert.ok(await badge.isVisible(), 'the map badge is not visible');
    // The word is drawn by CSS, so the row's name reads as pprof's: exactly 'main.build'.
    // (polled: the table may redraw its rows meanwhile, and a detached badge has no style)
    let drawn = '';
    await waitFor(
      'the badge to draw its word',
      async () =>
        (drawn = await badge.evaluate(
          (e) => (globalThis as unknown as { getComputedStyle(e: unknown, p: string): { content: string } }).getComputedStyle(e, '::after').content,
        )) === '"map"',
      10_000,
    ).catch(() => undefined);
    assert.equal(drawn, '"map"');
    assert.match((await badge.getAttribute('aria-label')) ?? '', /^Go map memory: .*sites\.go:32: map\[int\]int/s);
    const names = (await readTopTable(frame)).map((r) => r.name);
    assert.ok(
      names.some((n) => n.replace(/ \(inline\)$/, '') === 'main.build'),
      `the top table's names are not pprof's: ${JSON.stringify(names)}`,
    );
    assert.ok(!names.some((n) => /\bmap$/.test(n)), `a name cell carries the badge's word: ${JSON.stringify(names)}`);
    const tip = (await badge.getAttribute('title')) ?? '';
    assert.match(
      tip,
      /sites\.go:32: map\[int\]int \(swiss, Go 1\.26\), [\d.]+ MiB inuse_space: groups 4\.5 MiB, .*; room for [\d,]+ entries; clear at sites\.go:36 keeps them/,
      tip,
    );
    await badge.hover();
    await page.waitForTimeout(1200);
    await wb.screenshot('maps-badge-tooltip');

    // The flame graph: main.build's frame carries the badge; its tooltip names the maps.
    await frame.getByRole('tab', { name: /flame/i }).click();
    const canvas = frame.locator('[data-testid="flame-canvas"]');
    await waitFor('a drawn flame graph', async () => Number((await canvas.getAttribute('data-drawn')) ?? 0) > 0, 15_000);
    const box = (await canvas.boundingBox())!;
    const tooltip = frame.locator('[data-testid="flame-tooltip"]');
    let mapTip = '';
    for (let depth = 0; depth < 8 && !mapTip; depth++) {
      await page.mouse.move(box.x + box.width / 3, box.y + depth * 18 + 9);
      await page.waitForTimeout(150);
      const name = (
        (await tooltip
          .locator('.tt-name')
          .textContent()
          .catch(() => '')) ?? ''
      ).trim();
      if (name === 'main.build') mapTip = ((await tooltip.locator('[data-testid="flame-map-tooltip"]').textContent()) ?? '').trim();
    }
    assert.match(mapTip, /^map: .*sites\.go:32: map\[int\]int \(swiss, Go 1\.26\)/s, `flame tooltip: ${mapTip}`);
    await wb.screenshot('maps-flame-badge');

    // The clear link opens sites.go at line 36; the lens there says what the profile holds.
    await frame.getByRole('tab', { name: 'Maps' }).click();
    await card.locator('[data-testid="map-clear-link"]').first().click();
    await waitFor('a sites.go tab', async () => (await wb.tabTitles()).includes('sites.go'), 20_000);
    const editor = page.locator(`.monaco-editor[data-uri$="${files.mapsitesSource}"]`).first();
    await editor.locator('.view-lines').waitFor({ state: 'visible' });
    const want = `the open profile holds ${groupsMiB} MiB of this map's groups (inuse_space); clear keeps them; hinted = make(...) frees them`;
    const lens = editor.locator('.codelens-decoration', { hasText: want });
    await waitFor('the map lens on clear(hinted)', async () => (await lens.count()) > 0, 60_000);
    await wb.screenshot('maps-clear-lens');

    // The hover on that clear says the same, with the lines the groups were made at and the quick fix.
    const clearLine = editor.locator('.view-line', { hasText: 'clear(hinted)' }).first();
    const word = clearLine.locator('span span', { hasText: /^clear$/ }).first();
    await ((await word.count()) ? word : clearLine).hover({ position: { x: 8, y: 5 } });
    const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first();
    await waitFor('the hover', async () => /Open heap profile/.test((await hover.innerText().catch(() => '')) ?? ''), 10_000);
    const hoverText = (await hover.innerText()).replace(/\s+/g, ' ');
    // the paragraph is below the fold of the hover: scroll it into the screenshot
    const hoverBox = await hover.boundingBox();
    if (hoverBox) {
      await page.mouse.move(hoverBox.x + hoverBox.width / 2, hoverBox.y + hoverBox.height / 2);
      for (let i = 0; i < 8; i++) {
        await page.mouse.wheel(0, 400);
        await page.waitForTimeout(80);
      }
      await page.waitForTimeout(200);
    }
    await wb.screenshot('maps-clear-hover');
    assert.ok(
      hoverText.includes(
        `Open heap profile: holds ${groupsMiB} MiB of this map's groups (inuse_space, made or grown at line 32); clear keeps them; hinted = make(...) frees them (quick fix).`,
      ),
      `hover: ${hoverText}`,
    );
  },
};
