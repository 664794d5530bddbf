import { strict as assert } from 'assert';
import { experimentHtml } from '../../../src/vscode/experiments/html';
import { makeNonce } from '../../../src/vscode/webviewPage';

describe('experiments: results page HTML', () => {
  it('allows nothing by default and only the nonce-tagged bundled script', () => {
    const nonce = makeNonce();
    const html = experimentHtml({
      cspSource: 'vscode-resource:',
      scriptUri: 'vscode-resource:/dist/experimentView.js',
      styleUri: 'vscode-resource:/dist/experimentView.css',
      nonce,
    });
    const csp = /Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    assert.match(csp, /^default-src 'none';/);
    assert.match(csp, new RegExp(`script-src 'nonce-${nonce}'`));
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    assert.equal(scripts.length, 1);
    assert.match(scripts[0], new RegExp(`nonce="${nonce}" src="vscode-resource:/dist/experimentView.js"`));
  });

  it('makes a different nonce each time', () => {
    assert.notEqual(makeNonce(), makeNonce());
    assert.match(makeNonce(), /^[A-Za-z0-9]{16,}$/);
  });
});
