// The results webview's HTML: strict CSP with a fresh nonce, only bundled resources. Pure.
import { randomBytes } from 'crypto';

/** A fresh nonce for one page load. */
export function makeNonce(): string {
  return randomBytes(18).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}

/** The page: the bundled script and stylesheet; data arrives as messages after 'ready'. */
export function experimentHtml(opts: { cspSource: string; scriptUri: string; styleUri: string; nonce: string }): string {
  const csp = [
    "default-src 'none'",
    `style-src ${opts.cspSource}`,
    `img-src ${opts.cspSource} data:`,
    `font-src ${opts.cspSource}`,
    `script-src 'nonce-${opts.nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${opts.styleUri}">
<title>Map Experiment</title>
</head>
<body>
<main id="app" data-testid="experiment-app"></main>
<script nonce="${opts.nonce}" src="${opts.scriptUri}"></script>
</body>
</html>`;
}
