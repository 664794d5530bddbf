// Runs the built profile webview (dist/profileView.js) in headless Chromium outside VS Code:
// acquireVsCodeApi is stubbed and its messages go to a real ProfileSession in this process.
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ProfileSession } from '../../../../src/editor/profileSession';
import { decodeProfile } from '../../../../src/profile';
import { stackSourceFromModel } from '../../../../src/profile/fromModel';
import type { FromWebview, ToWebview } from '../../../../src/shared/protocol';

const root = path.resolve(__dirname, '../../../..');

/** A few of VS Code's Dark Modern / Light theme variables, enough to judge contrast. */
export const themes: Record<string, string> = {
  dark: `--vscode-foreground:#cccccc;--vscode-editor-background:#1f1f1f;--vscode-editor-foreground:#cccccc;--vscode-font-family:sans-serif;--vscode-font-size:13px;--vscode-editor-font-family:monospace;
    --vscode-charts-red:#f14c4c;--vscode-charts-orange:#d18616;--vscode-charts-yellow:#cca700;--vscode-charts-green:#89d185;--vscode-charts-blue:#3794ff;--vscode-charts-purple:#b180d7;
    --vscode-button-background:#0078d4;--vscode-button-foreground:#ffffff;--vscode-input-background:#313131;--vscode-input-foreground:#cccccc;--vscode-dropdown-background:#313131;--vscode-dropdown-foreground:#cccccc;
    --vscode-list-activeSelectionBackground:#04395e;--vscode-list-activeSelectionForeground:#ffffff;--vscode-list-hoverBackground:#2a2d2e;--vscode-focusBorder:#0078d4;--vscode-panel-border:#2b2b2b;
    --vscode-badge-background:#616161;--vscode-badge-foreground:#f8f8f8;--vscode-descriptionForeground:#9d9d9d;--vscode-editor-findMatchHighlightBackground:#ea5c0055;--vscode-errorForeground:#f85149;
    --vscode-editorHoverWidget-background:#202020;--vscode-editorHoverWidget-foreground:#cccccc;--vscode-editorHoverWidget-border:#454545;--vscode-textLink-foreground:#4daafc;--vscode-disabledForeground:#888888;`,
  light: `--vscode-foreground:#3b3b3b;--vscode-editor-background:#ffffff;--vscode-editor-foreground:#3b3b3b;--vscode-font-family:sans-serif;--vscode-font-size:13px;--vscode-editor-font-family:monospace;
    --vscode-charts-red:#e51400;--vscode-charts-orange:#d18616;--vscode-charts-yellow:#bf8803;--vscode-charts-green:#388a34;--vscode-charts-blue:#1a85ff;--vscode-charts-purple:#652d90;
    --vscode-button-background:#005fb8;--vscode-button-foreground:#ffffff;--vscode-input-background:#ffffff;--vscode-input-foreground:#3b3b3b;--vscode-input-border:#cecece;--vscode-dropdown-background:#ffffff;
    --vscode-list-activeSelectionBackground:#e8e8e8;--vscode-list-hoverBackground:#f2f2f2;--vscode-focusBorder:#005fb8;--vscode-panel-border:#e5e5e5;--vscode-badge-background:#cccccc;--vscode-badge-foreground:#3b3b3b;
    --vscode-descriptionForeground:#3b3b3b;--vscode-editor-findMatchHighlightBackground:#ea5c0055;--vscode-errorForeground:#f85149;--vscode-editorHoverWidget-background:#f8f8f8;--vscode-editorHoverWidget-border:#c8c8c8;--vscode-textLink-foreground:#005fb8;`,
  hc: `--vscode-foreground:#ffffff;--vscode-editor-background:#000000;--vscode-editor-foreground:#ffffff;--vscode-font-family:sans-serif;--vscode-font-size:13px;--vscode-editor-font-family:monospace;
    --vscode-charts-red:#f14c4c;--vscode-charts-orange:#d18616;--vscode-charts-yellow:#ffd700;--vscode-charts-green:#89d185;--vscode-charts-blue:#3794ff;--vscode-charts-purple:#b180d7;
    --vscode-button-background:#000000;--vscode-button-border:#6fc3df;--vscode-button-foreground:#ffffff;--vscode-input-background:#000000;--vscode-input-border:#6fc3df;--vscode-input-foreground:#ffffff;
    --vscode-focusBorder:#f38518;--vscode-contrastActiveBorder:#f38518;--vscode-list-activeSelectionBackground:#000000;--vscode-panel-border:#6fc3df;--vscode-badge-background:#000000;--vscode-badge-foreground:#ffffff;--vscode-descriptionForeground:#ffffff;
    --vscode-editor-findMatchHighlightBackground:#00000000;--vscode-editor-findMatchHighlightBorder:#f38518;--vscode-editorHoverWidget-background:#0c141f;--vscode-editorHoverWidget-border:#6fc3df;--vscode-textLink-foreground:#21a6ff;`,
};

/** Typed arrays become plain arrays on the way into the page, as JSON would make them. */
function plain(m: ToWebview): unknown {
  return JSON.parse(JSON.stringify(m, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as unknown as ArrayLike<number>) : v)));
}

/** Opens the webview on a profile file (or a fatal message when it does not decode). */
export async function openViewer(profile: string, theme = 'dark', size = { width: 1400, height: 900 }): Promise<{ browser: Browser; page: Page; sent: FromWebview[] }> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: size });
  const sent: FromWebview[] = [];
  page.on('pageerror', (e) => console.error('webview error:', e.message));
  let session: ProfileSession | undefined;
  let fatal: ToWebview | undefined;
  try {
    session = new ProfileSession(path.basename(profile), stackSourceFromModel(decodeProfile(fs.readFileSync(profile))));
  } catch (e) {
    fatal = { type: 'fatal', file: path.basename(profile), message: (e as Error).message };
  }
  await page.exposeFunction('hlPost', async (m: FromWebview) => {
    sent.push(m);
    const replies = fatal ? (m.type === 'ready' ? [fatal] : []) : session!.handle(m);
    // Strings, not functions: tsx's helpers (__name) do not exist in the page.
    for (const r of replies) await page.evaluate(`window.postMessage(${JSON.stringify(plain(r))}, '*')`);
  });
  const css = fs.readFileSync(path.join(root, 'dist/profileView.css'), 'utf8');
  const js = fs.readFileSync(path.join(root, 'dist/profileView.js'), 'utf8');
  await page.setContent(`<!DOCTYPE html><html><head><style>:root{${themes[theme]}}</style><style>${css}</style></head>
<body class="vscode-${theme}"><div id="app"><p>Loading…</p></div></body></html>`);
  await page.evaluate(`(() => {
    let state;
    window.acquireVsCodeApi = () => ({
      postMessage: (m) => window.hlPost(m),
      getState: () => state,
      setState: (s) => { state = s; window.__savedState = s; },
    });
  })()`);
  await page.addScriptTag({ content: js });
  return { browser, page, sent };
}
