// Webview entry; filled in by the profile viewer and the experiments view.
export {};
