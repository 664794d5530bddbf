// The profile webview's HTML: a shell with a strict CSP and a fresh nonce. No data is inlined;
// everything arrives as messages after the webview says it is ready.
import type * as vscode from 'vscode';
import { randomBytes } from 'crypto';

/** A fresh nonce for one webview load. */
export function makeNonce(): string {
  return randomBytes(18).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}

/** The CSP for the profile webview, as the standards ask for it. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
  ].join('; ');
}

/** The HTML shell that loads dist/profileView.js and its CSS. */
export function profileHtml(webview: vscode.Webview, extensionUri: vscode.Uri, uriJoin: (base: vscode.Uri, ...p: string[]) => vscode.Uri): string {
  const nonce = makeNonce();
  const script = webview.asWebviewUri(uriJoin(extensionUri, 'dist', 'profileView.js'));
  const style = webview.asWebviewUri(uriJoin(extensionUri, 'dist', 'profileView.css'));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(webview.cspSource, nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}" nonce="${nonce}">
<title>HeapLens Profile</title>
</head>
<body>
<div id="app" data-testid="profile-app"><p class="hl-loading" data-testid="loading" role="progressbar" aria-busy="true">Loading profile…</p></div>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}
