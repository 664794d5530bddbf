// The rpc Port of a webview, seen from the extension host.
import type * as vscode from 'vscode';
import type { Port } from '../shared/rpc';

/** Adapts a webview to the rpc layer (VS Code serializes messages; typed arrays are sent as such). */
export function webviewPort(webview: vscode.Webview): Port {
  return {
    post: (message) => void webview.postMessage(message),
    listen: (handler) => {
      const d = webview.onDidReceiveMessage(handler);
      return () => d.dispose();
    },
  };
}
