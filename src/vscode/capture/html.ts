// The timeline webview's page: the shared shell with the timeline's bundle.
import type * as vscode from 'vscode';
import { makeNonce, webviewPage } from '../webviewPage';

/** The page: dist/captureTimeline.js and its CSS; data arrives as messages after 'ready'. */
export function timelineHtml(webview: vscode.Webview, dist: vscode.Uri, join: (base: vscode.Uri, ...p: string[]) => vscode.Uri): string {
  return webviewPage({
    cspSource: webview.cspSource,
    nonce: makeNonce(),
    scriptUri: String(webview.asWebviewUri(join(dist, 'captureTimeline.js'))),
    styleUri: String(webview.asWebviewUri(join(dist, 'captureTimeline.css'))),
    title: 'HeapLens Watch',
    body: '<main id="app" data-testid="timeline-app"></main>',
  });
}
