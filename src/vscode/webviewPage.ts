// The one HTML shell every HeapLens webview uses: a strict CSP with a fresh nonce, the bundled
// script and stylesheet, and no inlined data (everything arrives as messages after 'ready').
import { randomBytes } from 'crypto';

/** A fresh nonce for one webview load. */
export function makeNonce(): string {
  return randomBytes(18)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, '');
}

/** The CSP: nothing by default; only nonce-tagged scripts and bundled styles, images and fonts. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
  ].join('; ');
}

/** A page loading one bundled script and stylesheet; `body` is static markup of our own. */
export function webviewPage(opts: { cspSource: string; nonce: string; scriptUri: string; styleUri: string; title: string; body: string }): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(opts.cspSource, opts.nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${opts.styleUri}" nonce="${opts.nonce}">
<title>${opts.title}</title>
</head>
<body>
${opts.body}
<script nonce="${opts.nonce}" src="${opts.scriptUri}"></script>
</body>
</html>`;
}
