// Decodes profiles off the extension host thread (worker_threads); filled in by the viewer.
export {};
