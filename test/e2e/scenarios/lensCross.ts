// The clear( lens on types of other packages and of the standard library (http.Header, a
// replace'd module's generic set), in a VS Code without the Go extension: each builtin call gets
// the lens go/types' kind calls for (test/fixtures/lens/cross-expected.json, from gen-cross.sh).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import type { Scenario } from '../scenario';
import { waitFor } from '../workbench';
import { fixture } from '../../support/fixtures';
import { files } from '../workspace';

interface Expected {
  file: string;
  line: number;
  argument: string;
  kind: string;
}

export const lensCross: Scenario = {
  id: 'lens-cross',
  title: "clear( on another package's and the standard library's types (no Go extension): the lens go/types' answer calls for",
  async run({ wb, page }) {
    const want = (JSON.parse(fs.readFileSync(fixture('lens', 'cross-expected.json'), 'utf8')) as Expected[]).filter(
      (e) => e.file === 'crosspkg/more.go' && (e.kind === 'map' || e.kind === 'slice'),
    );
    assert.ok(
      want.some((e) => e.argument === 'w.Header()'),
      'the fixture has the http.Header case',
    );
    await wb.quickOpen(files.crossGo);
    await waitFor('more.go to be active', async () => (await wb.activeTab()) === 'more.go');
    const editor = page.locator('.monaco-editor[data-uri$="more.go"]').first();
    await editor.locator('.view-lines').waitFor({ state: 'visible' });
    const lenses = editor.locator('.codelens-decoration');
    await waitFor('a lens per builtin clear( of more.go', async () => (await lenses.count()) >= want.length, 30_000);
    await page.waitForTimeout(500);
    await wb.screenshot('lens-cross');
    const texts = (await lenses.allInnerTexts()).map((t) => t.trim()).filter(Boolean);
    const maps = texts.filter((t) => /^clear: buckets stay allocated \(classic map, Go 1\.22\)/.test(t)).length;
    const slices = texts.filter((t) => /^clear zeroes the elements/.test(t)).length;
    assert.equal(maps, want.filter((e) => e.kind === 'map').length, `map lenses: ${JSON.stringify(texts)}`);
    assert.equal(slices, want.filter((e) => e.kind === 'slice').length, `slice lenses: ${JSON.stringify(texts)}`);
  },
};
