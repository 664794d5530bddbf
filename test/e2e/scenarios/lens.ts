// Scenario 8: clear( code lenses above the builtin calls, the hover's text, and the quick fix's edit.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lensSites } from '../expect';
import type { Scenario } from '../scenario';
import { waitFor } from '../workbench';
import { files } from '../workspace';

export const lens: Scenario = {
  id: 'lens',
  title: 'cache.go shows a lens per builtin clear( call; the hover explains; the quick fix rewrites the call',
  async run({ wb, page, workspace }) {
    // go/types' answers for this file: which clear( calls are the builtin on a map or slice.
    const sites = lensSites('cache/cache.go').filter((s) => s.kind === 'map' || s.kind === 'slice');
    await wb.quickOpen(files.lensGo);
    await waitFor('cache.go to be active', async () => (await wb.activeTab()) === 'cache.go');
    const editor = page.locator('.monaco-editor[data-uri$="cache.go"]').first();
    await editor.locator('.view-lines').waitFor({ state: 'visible' });
    const lenses = editor.locator('.codelens-decoration');
    await waitFor('code lenses', async () => (await lenses.count()) > 0, 20_000);
    await page.waitForTimeout(500);
    await wb.screenshot('lens-shown');
    const texts = (await lenses.allInnerTexts()).map((t) => t.trim()).filter(Boolean);
    // Lenses above lines scrolled out of view are not in the DOM: count those in view only.
    const visibleLines = (await editor.locator('.view-line').allInnerTexts()).map((t) => t.replace(/\u00a0/g, ' '));
    const source = fs.readFileSync(path.join(workspace, files.lensGo), 'utf8').split('\n');
    const visibleSites = sites.filter((s) => visibleLines.some((l) => l.trim() === source[s.line - 1].trim()));
    assert.ok(visibleSites.length >= 3, `only ${visibleSites.length} clear( sites in view`);
    assert.equal(texts.length, visibleSites.length, `lenses: ${JSON.stringify(texts)}; builtin clear( lines in view: ${visibleSites.map((s) => s.line)}`);
    // The shadowed clear (line 43, not the builtin) must have no lens: it is a plain call.
    assert.ok(texts.every((t) => t.length > 0));

    // Hover the `clear` of line 21 (clear(c.entries): a map that keeps its buckets).
    const line21 = editor.locator('.view-line', { hasText: 'clear(c.entries)' }).first();
    const word = line21.locator('span span', { hasText: /^clear$/ }).first();
    await ((await word.count()) ? word : line21).hover({ position: { x: 8, y: 5 } });
    const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover-content').first();
    await waitFor('the hover', async () => ((await hover.innerText().catch(() => '')) ?? '').length > 20, 10_000);
    const hoverText = await hover.innerText();
    await wb.screenshot('lens-hover');
    assert.match(hoverText, /clear/i, `hover: ${hoverText}`);
    assert.match(hoverText, /map/i, `the hover for clear(c.entries) does not say it is a map: ${hoverText}`);
    await page.keyboard.press('Escape');

    // Quick fix on the same call: the line must change from clear(c.entries).
    await line21.click({ position: { x: 40, y: 5 } });
    await page.keyboard.press('Control+.');
    const actions = page.locator('.action-widget .monaco-list-row.action');
    await actions.first().waitFor({ state: 'visible', timeout: 10_000 });
    const titles = await actions.allInnerTexts();
    await wb.screenshot('lens-quick-fix-menu');
    const fix = actions.filter({ hasText: /release|replace|make|nil|reallocat|new map/i }).first();
    assert.ok(await fix.count(), `no quick fix to release the memory among ${JSON.stringify(titles)}`);
    await fix.click();
    await waitFor('the call to be rewritten', async () => !(await editor.locator('.view-lines').innerText()).includes('clear(c.entries)'), 10_000);
    await wb.screenshot('lens-quick-fix-applied');
    const after = (await editor.locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
    assert.match(after, /c\.entries\s*=/, `after the fix the code does not assign c.entries:\n${after}`);
  },
};
