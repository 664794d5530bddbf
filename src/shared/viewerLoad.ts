// The profile editor's load as a pure state machine: loading → ready or failed (a cancel is a
// failure that says so), Retry from failed, which files get a progress notification, and the
// queries that wait for the load. No vscode here: the editor drives it, tests drive it alike.
import type { LoadStatus, ViewQueries } from './protocol/profileView';
import { CancelledError, type Params, type RequestContext, type Result } from './rpc';

/** Files at least this large decode under a progress notification with a Cancel button. */
export const PROGRESS_BYTES = 4 * 1024 * 1024;

/** What the tab says after the user cancelled its load. */
export const CANCELLED_MESSAGE = 'Loading was cancelled.';

/** Whether a file of `bytes` decodes under a progress notification (smaller ones paint before it would show). */
export function showsProgress(bytes: number): boolean {
  return bytes >= PROGRESS_BYTES;
}

/** The progress notification's title. */
export function progressTitle(name: string, bytes: number): string {
  return `HeapLens: decoding ${name} (${(bytes / 1048576).toFixed(1)} MB)`;
}

/** The load failed (or was cancelled): queries waiting for it reject with this. */
export class LoadFailedError extends Error {
  override readonly name = 'LoadFailedError';
}

/** One profile tab's load. Outcomes are reported with the attempt they belong to; a stale attempt's are ignored. */
export class ViewerLoad {
  private current: LoadStatus;
  private attemptId = 1;
  private waiters: { resolve(): void; reject(e: Error): void }[] = [];
  private readonly listeners = new Set<(s: LoadStatus) => void>();

  /** Starts in `loading`, attempt 1 under way. */
  constructor(private readonly file: string) {
    this.current = { phase: 'loading', file };
  }

  /** The status the webview shows. */
  get status(): LoadStatus {
    return this.current;
  }

  /** The attempt now under way (or the last one). */
  get attempt(): number {
    return this.attemptId;
  }

  /** Calls `listener` on every change; returns the unsubscribe function. */
  onChange(listener: (s: LoadStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The attempt's profile is decoded and answering. */
  opened(attempt: number): void {
    if (attempt !== this.attemptId || this.current.phase !== 'loading') return;
    this.set({ phase: 'ready', file: this.file });
    for (const w of this.waiters.splice(0)) w.resolve();
  }

  /** The attempt failed (while loading, or later: its worker stopped); the first reason stays. */
  failed(attempt: number, message: string): void {
    if (attempt !== this.attemptId || this.current.phase === 'failed') return;
    this.set({ phase: 'failed', file: this.file, message });
    for (const w of this.waiters.splice(0)) w.reject(new LoadFailedError(message));
  }

  /** The user cancelled the attempt. */
  cancelled(attempt: number): void {
    this.failed(attempt, CANCELLED_MESSAGE);
  }

  /** Retry: from failed only, starts the next attempt and returns it; undefined otherwise. */
  retry(): number | undefined {
    if (this.current.phase !== 'failed') return undefined;
    this.attemptId++;
    this.set({ phase: 'loading', file: this.file });
    return this.attemptId;
  }

  /** Resolves once ready (at once if it is); rejects if this attempt fails. */
  whenReady(): Promise<void> {
    switch (this.current.phase) {
      case 'ready':
        return Promise.resolve();
      case 'failed':
        return Promise.reject(new LoadFailedError(this.current.message));
      case 'loading':
        return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
    }
  }

  private set(s: LoadStatus): void {
    this.current = s;
    for (const l of this.listeners) l(s);
  }
}

type Relay = <M extends keyof ViewQueries>(method: M, params: Params<ViewQueries[M]>, signal: AbortSignal) => Promise<Result<ViewQueries[M]>>;

/** A relayed query's handler: waits for the load, then forwards (dropped if cancelled meanwhile). */
export type QueryHandlers = { [M in keyof ViewQueries]: (params: Params<ViewQueries[M]>, ctx: RequestContext) => Promise<Result<ViewQueries[M]>> };

/** Handlers for every view query that wait for `load` and pass the query on with `forward` (to the worker). */
export function relayQueries(load: ViewerLoad, forward: Relay): QueryHandlers {
  const relay =
    <M extends keyof ViewQueries>(method: M) =>
    async (params: Params<ViewQueries[M]>, { signal }: RequestContext) => {
      await load.whenReady();
      if (signal.aborted) throw new CancelledError();
      return forward(method, params, signal);
    };
  return {
    view: relay('view'),
    setSettings: relay('setSettings'),
    topRest: relay('topRest'),
    children: relay('children'),
    flame: relay('flame'),
    sandwich: relay('sandwich'),
    sandwichLevel: relay('sandwichLevel'),
  };
}
