// Experiment results webview entry (filled in by the experiments work).
export {};
