// The rpc Port of the webview's side: messages to and from the extension host.
import type { Port } from '../../src/shared/rpc';

/** Adapts the webview API's postMessage and the window's message events to the rpc layer. */
export function hostPort(api: { postMessage(message: unknown): void }): Port {
  return {
    post: (message) => api.postMessage(message),
    listen: (handler) => {
      const f = (e: MessageEvent) => handler(e.data);
      window.addEventListener('message', f);
      return () => window.removeEventListener('message', f);
    },
  };
}
