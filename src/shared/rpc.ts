// The one request/response layer for every channel (host ↔ webview, host ↔ worker): ids, typed
// method maps, one-way events, cancel, transfer lists and errors that keep their kind. Pure: a
// channel is any pair of post/onMessage functions (webview.postMessage, a worker's port, ...).

/** A side's requests: method name → (params) => result. */
export type Methods = Record<string, (params: never) => unknown>;
/** A side's one-way events: name → payload. */
export type Events = Record<string, unknown>;

/** What one side of a channel answers (requests) and receives (events). */
export interface Side {
  requests: Methods;
  events: Events;
}

export type Params<F> = F extends (params: infer P) => unknown ? P : never;
export type Result<F> = F extends (params: never) => infer R ? Awaited<R> : never;

/** The request being handled: its cancel signal, and events for the caller while it runs. */
export interface RequestContext {
  signal: AbortSignal;
}

/** A handler for every request of a side: the type checker refuses a missing one. */
export type Handlers<S extends Side> = {
  [M in keyof S['requests']]: (
    params: Params<S['requests'][M]>,
    ctx: RequestContext,
  ) => Result<S['requests'][M]> | Reply<Result<S['requests'][M]>> | Promise<Result<S['requests'][M]> | Reply<Result<S['requests'][M]>>>;
};

/** A handler for every event of a side. */
export type EventHandlers<S extends Side> = {
  [E in keyof S['events']]: (payload: S['events'][E]) => void;
};

/** The two ends' message functions. */
export interface Port {
  post(message: unknown, transfer?: ArrayBuffer[]): void;
  /** Subscribes; returns the unsubscribe function. */
  listen(handler: (message: unknown) => void): () => void;
}

/** A result sent with a transfer list (typed arrays' buffers move instead of being copied). */
export class Reply<T> {
  constructor(
    readonly value: T,
    readonly transfer: ArrayBuffer[],
  ) {}
}

/** Wraps a handler's result so its buffers are transferred, not copied. */
export function transfer<T>(value: T, buffers: ArrayBuffer[]): Reply<T> {
  return new Reply(value, buffers);
}

/** A request the caller cancelled (its AbortSignal fired), or the peer cancelled on its side. */
export class CancelledError extends Error {
  override readonly name = 'CancelledError';
  constructor(message = 'cancelled') {
    super(message);
  }
}

/** An error from the other side, with the kind it had there (e.g. 'InputError'). */
export class RemoteError extends Error {
  constructor(
    message: string,
    readonly kind: string,
  ) {
    super(message);
    this.name = kind;
  }
}

type Wire =
  | { rpc: 'req'; id: number; method: string; params: unknown }
  | { rpc: 'res'; id: number; result: unknown }
  | { rpc: 'err'; id: number; message: string; kind: string }
  | { rpc: 'cancel'; id: number }
  | { rpc: 'event'; name: string; payload: unknown };

function isWire(m: unknown): m is Wire {
  return typeof m === 'object' && m !== null && typeof (m as { rpc?: unknown }).rpc === 'string';
}

/** One end of a channel: answers Mine's requests and events, calls Theirs'. */
export class Endpoint<Mine extends Side, Theirs extends Side> {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void; done(): void }>();
  private readonly running = new Map<number, AbortController>();
  private readonly unlisten: () => void;
  private closed = false;

  constructor(
    private readonly port: Port,
    private readonly handlers: Handlers<Mine>,
    private readonly events: EventHandlers<Mine>,
    /** Where a message that is not this layer's, or a failing event handler, is reported. */
    private readonly onStray: (what: string) => void = () => undefined,
  ) {
    this.unlisten = port.listen((m) => this.receive(m));
  }

  /** Calls a method on the other side; `signal` cancels it there too. */
  request<M extends keyof Theirs['requests'] & string>(
    method: M,
    params: Params<Theirs['requests'][M]>,
    opts: { signal?: AbortSignal; transfer?: ArrayBuffer[] } = {},
  ): Promise<Result<Theirs['requests'][M]>> {
    if (this.closed) return Promise.reject(new CancelledError('the channel is closed'));
    if (opts.signal?.aborted) return Promise.reject(new CancelledError());
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        this.pending.delete(id);
        this.port.post({ rpc: 'cancel', id } satisfies Wire);
        reject(new CancelledError());
      };
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, {
        resolve: resolve as (v: unknown) => void,
        reject,
        done: () => opts.signal?.removeEventListener('abort', onAbort),
      });
      this.port.post({ rpc: 'req', id, method, params } satisfies Wire, opts.transfer);
    });
  }

  /** Sends a one-way event to the other side. */
  emit<E extends keyof Theirs['events'] & string>(name: E, payload: Theirs['events'][E], transferList?: ArrayBuffer[]): void {
    if (!this.closed) this.port.post({ rpc: 'event', name, payload } satisfies Wire, transferList);
  }

  /** Stops listening; calls still waiting reject as cancelled, running handlers see their signal abort. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.unlisten();
    for (const p of this.pending.values()) {
      p.done();
      p.reject(new CancelledError('the channel is closed'));
    }
    this.pending.clear();
    for (const c of this.running.values()) c.abort();
    this.running.clear();
  }

  private receive(m: unknown): void {
    if (!isWire(m)) {
      this.onStray(`not an rpc message: ${JSON.stringify(m)?.slice(0, 80)}`);
      return;
    }
    switch (m.rpc) {
      case 'req':
        void this.answer(m.id, m.method, m.params);
        return;
      case 'res':
      case 'err': {
        const p = this.pending.get(m.id);
        if (!p) return; // cancelled here already
        this.pending.delete(m.id);
        p.done();
        if (m.rpc === 'res') p.resolve(m.result);
        else p.reject(m.kind === 'CancelledError' ? new CancelledError(m.message) : new RemoteError(m.message, m.kind));
        return;
      }
      case 'cancel':
        this.running.get(m.id)?.abort();
        return;
      case 'event': {
        const h = (this.events as Record<string, ((p: unknown) => void) | undefined>)[m.name];
        if (!h) {
          this.onStray(`unknown event '${m.name}'`);
          return;
        }
        try {
          h(m.payload);
        } catch (e) {
          this.onStray(`event '${m.name}' failed: ${e instanceof Error ? e.message : String(e)}`);
        }
        return;
      }
      default:
        assertNever(m);
    }
  }

  private async answer(id: number, method: string, params: unknown): Promise<void> {
    const handler = Object.prototype.hasOwnProperty.call(this.handlers, method)
      ? (this.handlers as Record<string, (p: unknown, ctx: RequestContext) => unknown>)[method]
      : undefined;
    if (!handler) {
      this.port.post({ rpc: 'err', id, message: `unknown method '${method}'`, kind: 'Error' } satisfies Wire);
      return;
    }
    const controller = new AbortController();
    this.running.set(id, controller);
    try {
      const out = await handler(params, { signal: controller.signal });
      if (this.closed) return;
      if (controller.signal.aborted) {
        this.port.post({ rpc: 'err', id, message: 'cancelled', kind: 'CancelledError' } satisfies Wire);
      } else if (out instanceof Reply) {
        this.port.post({ rpc: 'res', id, result: out.value } satisfies Wire, out.transfer);
      } else {
        this.port.post({ rpc: 'res', id, result: out } satisfies Wire);
      }
    } catch (e) {
      if (this.closed) return;
      const err = e instanceof Error ? e : new Error(String(e));
      const kind = controller.signal.aborted ? 'CancelledError' : err.name;
      this.port.post({ rpc: 'err', id, message: err.message, kind } satisfies Wire);
    } finally {
      this.running.delete(id);
    }
  }
}

/** For exhaustive switches: the type checker proves this is never reached. */
export function assertNever(x: never): never {
  throw new Error(`unexpected value ${JSON.stringify(x)}`);
}
