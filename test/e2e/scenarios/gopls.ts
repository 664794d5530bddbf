// Issue 4's gopls fallback: a clear( on another package's map type (http.Header) that HeapLens's
// own analysis cannot type gets no lens; once a Go extension with gopls runs (the stand-in:
// Debian's real gopls behind an LSP client, id golang.go), HeapLens asks gopls and shows the lens.
import { strict as assert } from 'assert';
import type { Scenario } from '../scenario';
import { waitFor } from '../workbench';
import { files } from '../workspace';

export const gopls: Scenario = {
  id: 'gopls',
  title: 'clear(r.Header): no lens from our analysis alone; with gopls running, the lens says what stays',
  async run({ wb, page }) {
    const editor = page.locator('.monaco-editor[data-uri$="gopls/main.go"]').first();
    const lenses = editor.locator('.codelens-decoration');
    await wb.quickOpen(files.goplsGo);
    await editor.locator('.view-lines').waitFor({ state: 'visible' });
    // Our analysis answers `unknown` for another package's type: no lens (give the lens time to come).
    await page.waitForTimeout(3000);
    assert.equal(await lenses.count(), 0, `a lens without gopls: ${JSON.stringify(await lenses.allInnerTexts())}`);
    await wb.screenshot('gopls-before');
    await wb.closeAllEditors();

    await wb.runCommand('Start gopls (HeapLens e2e stand-in)');
    await wb.quickOpen(files.goplsGo);
    await editor.locator('.view-lines').waitFor({ state: 'visible' });
    // gopls loads net/http first: its first answer can take a while on a cold cache.
    const text = await waitFor(
      'a lens resolved through gopls',
      async () => {
        const t = (await lenses.allInnerTexts())
          .map((x) => x.trim())
          .filter(Boolean)
          .join(' | ');
        return /stay allocated/.test(t) ? t : undefined;
      },
      120_000,
      1000,
    );
    await wb.screenshot('gopls-lens');
    assert.match(text, /buckets stay allocated \(classic map, Go 1\.21\)/, `lens text '${text}'`);
    await wb.closeAllEditors();
    // Later scenarios check for error notifications: leave no gopls behind.
    await wb.runCommand('Stop gopls (HeapLens e2e stand-in)');
    await wb.runCommand('Notifications: Clear All Notifications');
  },
};
