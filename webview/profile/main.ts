// Profile viewer webview entry (filled in by the viewer work).
export {};
