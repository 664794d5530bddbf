// The profile webview's page: the shared shell with the viewer's bundle and loading state.
import type * as vscode from 'vscode';
import { makeNonce, webviewPage } from '../webviewPage';

/** The HTML shell that loads dist/profileView.js and its CSS. */
export function profileHtml(webview: vscode.Webview, extensionUri: vscode.Uri, uriJoin: (base: vscode.Uri, ...p: string[]) => vscode.Uri): string {
  return webviewPage({
    cspSource: webview.cspSource,
    nonce: makeNonce(),
    scriptUri: String(webview.asWebviewUri(uriJoin(extensionUri, 'dist', 'profileView.js'))),
    styleUri: String(webview.asWebviewUri(uriJoin(extensionUri, 'dist', 'profileView.css'))),
    title: 'HeapLens Profile',
    body: '<div id="app" data-testid="profile-app"><p class="hl-loading" data-testid="loading" role="progressbar" aria-busy="true">Loading profile…</p></div>',
  });
}
