// The webview's end of its channel to the extension host: queries that new settings cancel
// (their answers would describe a view no longer shown), and one place errors are reported.
import type { PageQueries, ViewerHost, ViewerPage } from '../../src/shared/protocol/profileView';
import { CancelledError, Endpoint, type EventHandlers, type Handlers, type Params, type Port, type Result } from '../../src/shared/rpc';

/** Options of one query. */
export interface AskOptions {
  /** A later query in the same slot cancels this one (a new zoom, a new sandwich). */
  slot?: string;
  /** Where a failure goes instead of the shared notice line. */
  onError?: (e: Error) => void;
}

/** Asks the worker (through the host); `then` runs with the answer unless the query was cancelled (by the controller returned, among others). */
export type Ask = <M extends keyof PageQueries & string>(
  method: M,
  params: Params<PageQueries[M]>,
  then: (r: Result<PageQueries[M]>) => void,
  opts?: AskOptions,
) => AbortController;

/** The channel, with the queries in flight. */
export class HostLink {
  private readonly rpc: Endpoint<ViewerPage, ViewerHost>;
  private readonly live = new Set<AbortController>();
  private readonly slots = new Map<string, AbortController>();

  constructor(
    port: Port,
    handlers: Handlers<ViewerPage>,
    events: EventHandlers<ViewerPage>,
    private readonly notice: (e: Error) => void,
  ) {
    this.rpc = new Endpoint<ViewerPage, ViewerHost>(port, handlers, events, (what) => console.warn(`HeapLens: ${what}`));
  }

  readonly ask: Ask = (method, params, then, opts = {}) => {
    const ac = new AbortController();
    const { slot } = opts;
    if (slot) {
      this.slots.get(slot)?.abort();
      this.slots.set(slot, ac);
    }
    this.live.add(ac);
    this.rpc
      .request(method, params, { signal: ac.signal })
      .then(then)
      .catch((e: unknown) => {
        if (e instanceof CancelledError) return;
        (opts.onError ?? this.notice)(e instanceof Error ? e : new Error(String(e)));
      })
      .finally(() => {
        this.live.delete(ac);
        if (slot && this.slots.get(slot) === ac) this.slots.delete(slot);
      });
    return ac;
  };

  /** Tells the host something (no answer). */
  emit<E extends keyof ViewerHost['events'] & string>(name: E, payload: ViewerHost['events'][E]): void {
    this.rpc.emit(name, payload);
  }

  /** Cancels every query in flight, but `keep` (a query asked with the settings being answered). */
  cancelAll(keep?: AbortController): void {
    for (const ac of this.live) if (ac !== keep) ac.abort();
    this.live.clear();
    for (const [slot, ac] of this.slots) if (ac !== keep) this.slots.delete(slot);
    if (keep) this.live.add(keep);
  }
}
