// Scenario 0: the packaged extension installs and activates in a real workbench without an error.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Scenario } from '../scenario';
import { waitFor } from '../workbench';
import { manifestPaletteCommands } from '../expect';
import { repoRoot } from '../provision';
import { files } from '../workspace';

/** Commands the palette shows only in a context (a `when` other than "false"), by label: none applies right after activation. */
function conditionalLabels(): Set<string> {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const ids = new Set<string>(
    (pkg.contributes.menus?.commandPalette ?? []).filter((m: { when?: string }) => m.when && m.when !== 'false').map((m: { command: string }) => m.command),
  );
  return new Set(
    manifestPaletteCommands(repoRoot)
      .filter((c) => ids.has(c.id))
      .map((c) => c.label),
  );
}

export const activation: Scenario = {
  id: 'activation',
  title: 'the .vsix installs; opening a Go file activates HeapLens with no error; the palette lists its commands',
  async run({ wb, page, pageErrors }) {
    await wb.quickOpen(files.lensGo);
    await waitFor('cache.go to be the active editor', async () => (await wb.activeTab()) === 'cache.go');
    await page.locator('.monaco-editor .view-lines').first().waitFor({ state: 'visible' });

    await wb.runCommand('Developer: Show Running Extensions');
    const rows = page.locator('.runtime-extensions-editor .monaco-list-row');
    const row = rows.filter({ hasText: 'HeapLens' });
    // The list is virtualized and sorted by activation time: walk it to the end to find ours.
    await rows.first().waitFor({ state: 'visible', timeout: 15_000 });
    await rows.first().click();
    await waitFor(
      'HeapLens in Running Extensions',
      async () => {
        if ((await row.count()) > 0) return true;
        await page.keyboard.press('PageDown');
        return false;
      },
      30_000,
    );
    await row.first().scrollIntoViewIfNeeded();
    const text = (await row.first().innerText()).replace(/\s+/g, ' ');
    await wb.screenshot('activation-running-extensions');
    assert.doesNotMatch(text, /error|failed/i, `Running Extensions shows a problem: ${text}`);

    const entries = await wb.paletteEntries('HeapLens:');
    await wb.screenshot('activation-palette');
    await page.keyboard.press('Escape');
    const conditional = conditionalLabels();
    assert.ok(conditional.has('HeapLens: Clear Profile Annotations'), 'Clear Profile Annotations is not conditional in package.json');
    for (const { label } of manifestPaletteCommands(repoRoot)) {
      if (conditional.has(label)) assert.ok(!entries.includes(label), `the palette shows "${label}" with no profile open`);
      else assert.ok(entries.includes(label), `palette lacks "${label}"; it shows ${JSON.stringify(entries)}`);
    }
    assert.deepEqual(await wb.errorNotifications(), [], 'error notifications after activation');
    assert.deepEqual(
      pageErrors.filter((e) => /heaplens/i.test(e)),
      [],
      'page errors mentioning HeapLens',
    );
  },
};
