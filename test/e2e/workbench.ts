// Drives the VS Code workbench in the page as a person would: Quick Open, the palette, editors, webviews.
import * as fs from 'fs';
import * as path from 'path';
import type { Frame, Locator, Page } from 'playwright-core';

import { waitFor } from '../support/waitFor';
import { escapeRegExp } from '../support/escapeRegExp';

/** The suites' one polling helper, re-exported for the scenarios that import it from here. */
export { waitFor };

export class Workbench {
  private shot = 0;

  constructor(
    readonly page: Page,
    readonly resultsDir: string,
  ) {}

  /** Saves a numbered screenshot of the whole page for the current step; returns its path. */
  async screenshot(name: string): Promise<string> {
    const file = this.nextShot(name);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Saves a numbered screenshot of one part of the page (the editor title bar, a toast). */
  async screenshotOf(name: string, part: Locator): Promise<string> {
    const file = this.nextShot(name);
    await part.screenshot({ path: file });
    return file;
  }

  private nextShot(name: string): string {
    this.shot += 1;
    fs.mkdirSync(this.resultsDir, { recursive: true });
    return path.join(this.resultsDir, `${String(this.shot).padStart(2, '0')}-${name.replace(/[^\w.-]+/g, '-')}.png`);
  }

  /** The active editor group's title bar (tabs and actions). */
  editorTitle(): Locator {
    return this.page.locator('.editor-group-container.active .title').first();
  }

  /** The labels of the actions in the active editor's title bar (icons carry them as aria-label). */
  async editorTitleActions(): Promise<string[]> {
    const labels = await this.page
      .locator('.editor-group-container.active .editor-actions .action-label')
      .evaluateAll((els) => els.map((e) => (e.getAttribute('aria-label') ?? e.textContent ?? '').trim()));
    return labels.filter(Boolean);
  }

  /** Clicks the active editor's title-bar action whose label starts with `label`. */
  async clickEditorTitleAction(label: string): Promise<void> {
    await this.page.locator(`.editor-group-container.active .editor-actions .action-label[aria-label^="${label}"]`).first().click();
  }

  /**
   * Moves keyboard focus from a webview to the workbench: a webview forwards shortcuts only
   * asynchronously (and not while its thread is busy), so Ctrl+P or F1 typed there can be lost.
   */
  async focusWorkbench(): Promise<void> {
    await this.page
      .locator('.part.sidebar .composite.title')
      .first()
      .click({ timeout: 5000 })
      .catch(() => undefined);
  }

  /** Opens the command palette and runs the command whose label matches `label` exactly. */
  async runCommand(label: string): Promise<void> {
    await this.focusWorkbench();
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${label}`);
    // Click the row whose label is exactly `label`: Enter would take whichever row is active,
    // which may be a longer command that also matches or a recently used one.
    const exact = new RegExp(`^${escapeRegExp(label)}$`);
    const row = this.page
      .locator('.quick-input-widget .monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: exact }) })
      .first();
    await row.waitFor({ state: 'visible', timeout: 10_000 });
    await row.click();
  }

  /** Lists the palette's entries matching `filter` (the labels as shown). */
  async paletteEntries(filter: string): Promise<string[]> {
    await this.focusWorkbench();
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${filter}`);
    const rows = this.page.locator('.quick-input-widget .monaco-list-row .label-name');
    await rows.first().waitFor({ state: 'visible', timeout: 10_000 });
    await this.page.waitForTimeout(300);
    return (await rows.allTextContents()).map((t) => t.trim());
  }

  /** Quick Open (Ctrl+P) on a workspace-relative path, retrying while file search warms up; finds relPath in Quick Open and opens it (or not); returns the wall-clock time of the click (0 when not opened). */
  async quickOpen(relPath: string, open = true, tries = 4): Promise<number> {
    const base = path.basename(relPath);
    const dir = path.dirname(relPath);
    const input = this.page.locator('.quick-input-widget input');
    // The row for this very file (name and folder), clicked rather than Enter: Enter takes the
    // active row, which can still be a recently opened file while the search catches up.
    let row = this.page
      .locator('.quick-input-widget .monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(base)}$`) }) });
    if (dir !== '.') row = row.filter({ hasText: dir });
    row = row.first();
    for (let attempt = 1; ; attempt++) {
      await this.focusWorkbench();
      await this.page.keyboard.press('Escape');
      await this.page.keyboard.press('Control+P');
      await input.waitFor({ state: 'visible' });
      await input.fill(relPath);
      try {
        await row.waitFor({ state: 'visible', timeout: 20_000 });
        break;
      } catch (e) {
        if (attempt === tries) throw new Error(`Quick Open found no ${relPath} in ${tries} tries: ${(e as Error).message.split('\n')[0]}`, { cause: e });
      }
    }
    if (!open) {
      await this.page.keyboard.press('Escape');
      return 0;
    }
    const clickedAt = Date.now();
    await row.click();
    return clickedAt;
  }

  /** Closes every editor, answering "Don't Save" if asked; tries twice. */
  async closeAllEditors(): Promise<void> {
    for (let attempt = 0; attempt < 2; attempt++) {
      await this.runCommand('View: Close All Editors').catch(() => undefined);
      const dontSave = this.page.getByRole('button', { name: "Don't Save" });
      if (await dontSave.isVisible({ timeout: 1000 }).catch(() => false)) await dontSave.click();
      const closed = await waitFor('no open editor tabs', async () => (await this.page.locator('.tabs-container .tab').count()) === 0, 5000).catch(() => false);
      if (closed) return;
    }
  }

  /** Titles of the open editor tabs. */
  async tabTitles(): Promise<string[]> {
    const tabs = this.page.locator('.tabs-container .tab');
    const titles: string[] = [];
    for (let i = 0; i < (await tabs.count()); i++) titles.push((await tabs.nth(i).getAttribute('data-resource-name')) ?? '');
    return titles;
  }

  /** The file name of the active group's active tab. */
  async activeTab(): Promise<string> {
    const tab = this.page.locator('.editor-group-container.active .tabs-container .tab.active').first();
    return (await tab.getAttribute('data-resource-name', { timeout: 2000 }).catch(() => null)) ?? '';
  }

  /** Texts of the notification toasts now shown. */
  async notifications(): Promise<string[]> {
    return (await this.page.locator('.notifications-toasts .notification-toast .notification-list-item-message').allTextContents()).map((t) => t.trim());
  }

  /** Texts of error notifications (toasts and the notification center). */
  async errorNotifications(): Promise<string[]> {
    const items = this.page.locator('.notification-list-item:has(.codicon-error) .notification-list-item-message');
    return (await items.allTextContents()).map((t) => t.trim());
  }

  /** The cursor line of the active text editor: its highlighted line number, else the status bar's "Ln X". */
  async cursorLine(): Promise<number | undefined> {
    const active = this.page.locator('.editor-group-container.active .monaco-editor .line-numbers.active-line-number').first();
    const n = Number((await active.textContent({ timeout: 1000 }).catch(() => null))?.trim());
    if (n > 0) return n;
    const t = await this.page
      .locator('.statusbar-item[id="status.editor.selection"]')
      .first()
      .textContent({ timeout: 1000 })
      .catch(() => null);
    const m = /Ln (\d+)/.exec(t ?? '');
    return m ? Number(m[1]) : undefined;
  }

  /**
   * The innermost webview frame (VS Code nests a content iframe inside a host iframe) whose
   * document matches `selector`; undefined if none does yet.
   */
  async webviewFrame(selector: string): Promise<Frame | undefined> {
    for (const f of this.page.frames()) {
      if (f === this.page.mainFrame()) continue;
      if (f.childFrames().length > 0) continue;
      try {
        if ((await f.locator(selector).count()) > 0) return f;
      } catch {
        // frame detached while looking
      }
    }
    return undefined;
  }

  /** Waits for a webview frame containing `selector`. */
  async waitForWebview(selector: string, timeoutMs = 30_000): Promise<Frame> {
    return waitFor(`a webview showing ${selector}`, () => this.webviewFrame(selector), timeoutMs);
  }
}
