// A clear( on another package's map type (http.Header): HeapLens's own analysis types it from the
// standard library (issue 15), and once a Go extension with gopls runs (the stand-in: Debian's
// real gopls behind an LSP client, id golang.go) the lens stays the same one, not two. (The
// fallback to gopls for what our analysis cannot type is unit-tested in goplsHover.test.ts.)
import { strict as assert } from 'assert';
import * as fs from 'fs';
import type { Scenario } from '../scenario';
import { waitFor } from '../workbench';
import { files } from '../workspace';

/** Runs `wait`; if it fails, the error ends with the last messages gopls showed (its -logfile). */
async function withGoplsLog<T>(wait: () => Promise<T>): Promise<T> {
  try {
    return await wait();
  } catch (e) {
    const log = process.env.HEAPLENS_E2E_GOPLS_LOG;
    const text = log && fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '';
    const said = [...text.matchAll(/"message":"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1].slice(0, 200));
    throw new Error(`${(e as Error).message}; gopls said: ${said.slice(-3).join(' / ') || '(nothing logged)'}`, { cause: e });
  }
}

export const gopls: Scenario = {
  id: 'gopls',
  title: 'clear(r.Header): our analysis alone shows the lens; with gopls running, the same single lens',
  async run({ wb, page }) {
    const editor = page.locator('.monaco-editor[data-uri$="gopls/main.go"]').first();
    const lenses = editor.locator('.codelens-decoration');
    await wb.quickOpen(files.goplsGo);
    await editor.locator('.view-lines').waitFor({ state: 'visible' });
    // Our analysis types net/http's Header itself (a map): the lens comes without gopls.
    await waitFor('a lens from our analysis', async () => /stay allocated/.test((await lenses.allInnerTexts()).join(' ')), 20_000);
    const before = (await lenses.allInnerTexts()).map((x) => x.trim()).filter(Boolean);
    assert.equal(before.length, 1, `one lens without gopls: ${JSON.stringify(before)}`);
    assert.match(before[0], /buckets stay allocated \(classic map, Go 1\.21\)/);
    await wb.screenshot('gopls-before');
    await wb.closeAllEditors();

    await wb.runCommand('Start gopls (HeapLens e2e stand-in)');
    try {
      await wb.quickOpen(files.goplsGo);
      await editor.locator('.view-lines').waitFor({ state: 'visible' });
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
      assert.equal((await lenses.allInnerTexts()).filter((x) => x.trim()).length, 1, 'still one lens with gopls running');
      // gopls answers a hover on Header once it has loaded net/http: only then can it stop cleanly.
      const header = editor.locator('.view-line span span', { hasText: /^Header$/ }).first();
      await withGoplsLog(() =>
        waitFor(
          'gopls to answer a hover',
          async () => {
            await header.hover();
            const t = await page
              .locator('.monaco-hover:not(.hidden) .monaco-hover-content')
              .first()
              .innerText()
              .catch(() => '');
            return /map\[string\]\[\]string/.test(t) ? t : undefined;
          },
          120_000,
          2000,
        ),
      );
      await wb.closeAllEditors();
    } finally {
      // Later scenarios check for error notifications: leave no gopls behind, pass or fail.
      await wb.runCommand('Stop gopls (HeapLens e2e stand-in)');
      await wb.runCommand('Notifications: Clear All Notifications');
    }
  },
};
