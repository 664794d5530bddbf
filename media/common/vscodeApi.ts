// The webview side of the VS Code API, typed for one message pair and one saved state shape.

interface VsCodeApi<S> {
  postMessage(message: unknown): void;
  getState(): S | undefined;
  setState(state: S): void;
}

declare function acquireVsCodeApi<S>(): VsCodeApi<S>;

/** The webview's API handle, acquired once (VS Code allows only one call). */
export function vscodeApi<Out, S>(): { post(m: Out): void; getState(): S | undefined; setState(s: S): void } {
  const api = acquireVsCodeApi<S>();
  return { post: (m) => api.postMessage(m), getState: () => api.getState(), setState: (s) => api.setState(s) };
}
