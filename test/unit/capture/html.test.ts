// The timeline page: the shared CSP shell, so the webview itself can fetch nothing (no
// connect-src under default-src 'none'); every capture is fetched in the extension host.
import { strict as assert } from 'assert';
import { timelineHtml } from '../../../src/vscode/capture/html';

describe('capture: timeline page HTML', () => {
  it('allows no fetch, no inline script, and only the nonce-tagged timeline bundle', () => {
    type Args = Parameters<typeof timelineHtml>;
    const webview = { cspSource: 'vscode-resource:', asWebviewUri: (u: unknown) => u } as unknown as Args[0];
    const join = ((base: string, ...p: string[]) => [base, ...p].join('/')) as unknown as Args[2];
    const html = timelineHtml(webview, 'vscode-resource:/ext/dist' as unknown as Args[1], join);
    const csp = /Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    assert.match(csp, /^default-src 'none';/);
    assert.doesNotMatch(csp, /connect-src|unsafe-inline|unsafe-eval|\*/);
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    assert.equal(scripts.length, 1);
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
    assert.ok(nonce);
    assert.match(scripts[0], new RegExp(`nonce="${nonce}" src="vscode-resource:/ext/dist/captureTimeline.js"`));
  });
});
