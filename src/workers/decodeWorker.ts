// The decode worker (worker_threads): decodes one profile and keeps it, answering the webview's
// queries so profile-sized data never sits on the extension host thread; the host only relays.
import { parentPort } from 'worker_threads';
import { readFileSync, readlinkSync, statSync } from 'fs';
import { setPriority } from 'os';
import { performance } from 'perf_hooks';
import type { DecodeHost, DecodeWorker, ViewQueries } from '../shared/protocol/profileView';
import { rowArrays } from '../profile/frameText';
import { InputError, oneLine } from '../shared/errors';
import { CancelledError, Endpoint, transfer, type Handlers, type Params, type Reply, type RequestContext, type Result } from '../shared/rpc';
import { decodeProfile, loadSession, type ProfileSession } from '../profile';
import { nodePort } from './port';
import type { Steps } from '../maps/sites';

let session: ProfileSession | undefined;

/** Files from this size on decode for seconds: batch work, behind the editor. */
const BATCH_BYTES = 4 * 1024 * 1024;

// A long decode is batch work: on Linux, lower this thread's priority (setpriority on its thread
// id) so the editor keeps the CPU on a busy machine; only to nice 5, as lower starves the decode.
// Small files stay at normal priority: their first paint is what the user waits for.
function yieldToEditor(): void {
  try {
    const tid = Number(/task\/(\d+)$/.exec(readlinkSync('/proc/thread-self'))?.[1]);
    if (tid > 0) setPriority(tid, 5);
  } catch {
    // Not Linux, or not allowed: run at normal priority.
  }
}

/** A typed array's buffer when it owns all of it (moved to the host); views into larger buffers are copied. */
function owned(arrays: ArrayBufferView[]): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const a of arrays) if (a.byteOffset === 0 && a.byteLength === a.buffer.byteLength) out.add(a.buffer as ArrayBuffer);
  return [...out];
}

/** Queries that arrived and wait for their turn of the event loop: background slices let them go first. */
let queued = 0;

/** The session whose warm-up runs (one loop at a time). */
let warming: ProfileSession | undefined;
/** When the last query started or ended (performance.now()). */
let lastQuery = 0;
/** The flame graph's warm-up waits this long without a query: the next query of a user at work comes sooner, and would wait for a slice. */
const IDLE_MS = 250;

/**
 * While idle after the first paint: the other sample types' top tables (`types`), then, once no
 * query came for IDLE_MS, the flame graph's part of the call tree, one slice per turn of the
 * event loop (a query that arrives meanwhile waits for one slice at most), so switching the
 * type and the first flame graph need no pass over the samples. After new settings, the flame
 * graph's part only: the other types' tables of filtered settings cost a pass each.
 */
function warm(s: ProfileSession, types: boolean): void {
  if (warming === s) return;
  warming = s;
  const step = (): void => {
    if (session !== s) {
      if (warming === s) warming = undefined;
      return;
    }
    // a query is waiting for its turn: it goes first
    if (queued > 0) {
      setImmediate(step);
      return;
    }
    if (types && s.warmNextType()) {
      setImmediate(step);
      return;
    }
    const idle = performance.now() - lastQuery;
    if (idle < IDLE_MS) setTimeout(step, IDLE_MS - idle);
    else if (s.warmFlame()) setImmediate(step);
    else if (warming === s) warming = undefined;
  };
  setImmediate(step);
}

/** A slice of background work between two turns of the event loop. */
const SLICE_MS = 8;

/**
 * Runs the map sites' steps (issue 19) in slices of SLICE_MS, letting queued messages in between:
 * the viewer's own queries (a sample-type switch, a table) wait for one slice at most. Dropped
 * when cancelled or when another profile is open.
 */
async function inSlices<T>(s: ProfileSession, steps: Steps<T>, signal: AbortSignal): Promise<T> {
  for (;;) {
    await new Promise((resolve) => setImmediate(resolve));
    if (signal.aborted || session !== s) throw new CancelledError();
    if (queued > 0) continue; // a query is waiting for its turn: it goes first
    const until = performance.now() + SLICE_MS;
    do {
      const r = steps.next();
      if (r.done) return r.value;
    } while (performance.now() < until);
  }
}

type Query<M extends keyof ViewQueries> = (p: Params<ViewQueries[M]>, s: ProfileSession) => Result<ViewQueries[M]> | Reply<Result<ViewQueries[M]>>;

/**
 * A query's handler. It first lets queued messages in (setImmediate), so a cancel sent while an
 * earlier query ran lands before this one's work starts, and a cancelled query costs nothing.
 */
function query<M extends keyof ViewQueries>(answer: Query<M>) {
  return async (p: Params<ViewQueries[M]>, { signal }: RequestContext) => {
    lastQuery = performance.now();
    queued++;
    await new Promise((resolve) => setImmediate(resolve));
    queued--;
    if (signal.aborted) throw new CancelledError();
    if (!session) throw new InputError('no profile is open');
    try {
      return answer(p, session);
    } finally {
      lastQuery = performance.now();
    }
  };
}

const handlers: Handlers<DecodeWorker> = {
  open: async (msg) => {
    try {
      // a file is read as it inflates: its bytes are never all held
      const source = msg.data ?? { path: msg.path! };
      if ((msg.data ? msg.data.byteLength : statSync(msg.path!).size) >= BATCH_BYTES) yieldToEditor();
      session = await loadSession(msg.file, source, msg.settings);
    } catch (e) {
      // One line, as the tab shows it; the kind (InputError, ...) stays.
      const err = new Error(oneLine(e));
      err.name = e instanceof Error ? e.name : 'Error';
      throw err;
    }
  },
  view: query<'view'>(({ settings, frames, firstRows }, s) => {
    const first = s.view(settings, frames, firstRows);
    warm(s, true);
    return transfer(first, owned(rowArrays(first.table)));
  }),
  setSettings: query<'setSettings'>(({ settings, frames, firstRows }, s) => {
    const shown = { summary: s.setSettings(settings), table: s.topRows(frames, firstRows) };
    warm(s, false);
    return transfer(shown, owned(rowArrays(shown.table)));
  }),
  topRest: query<'topRest'>(({ table, from, frames }, s) => {
    const rows = s.topRest(table, from, frames);
    return rows ? transfer(rows, owned(rowArrays(rows))) : null;
  }),
  children: query<'children'>(({ nodeId, frames }, s) => {
    const rows = s.childRows(nodeId, frames);
    return transfer(rows, owned(rowArrays(rows)));
  }),
  flame: query<'flame'>(({ rootId, minWidthFraction }, s) => {
    const layout = s.flame(rootId, minWidthFraction);
    return transfer(layout, owned([layout.x, layout.width, layout.depth, layout.nameIndex, layout.self, layout.nodeId]));
  }),
  sandwich: query<'sandwich'>(({ key }, s) => s.sandwich(key)),
  sandwichLevel: query<'sandwichLevel'>(({ path, direction }, s) => s.sandwichLevel(path, direction)),
  compare: ({ base }) => {
    if (!session) throw new InputError('no profile is open');
    if (!base) return session.compare(null);
    let profile;
    try {
      profile = decodeProfile(base.data ?? readFileSync(base.path!));
    } catch (e) {
      const err = new Error(`${base.file}: ${oneLine(e)}`);
      err.name = e instanceof Error ? e.name : 'Error';
      throw err;
    }
    return session.compare({ file: base.file, profile });
  },
  mapCandidates: (_p, { signal }) => {
    if (!session) throw new InputError('no profile is open');
    return inSlices(session, session.mapCandidatesSteps(), signal);
  },
  mapSites: ({ sampleIndex, answers, go }, { signal }) => {
    if (!session) throw new InputError('no profile is open');
    return inSlices(session, session.mapSitesSteps(answers, go, sampleIndex), signal);
  },
  lineValues: (_p, { signal }) => {
    if (!session) throw new InputError('no profile is open');
    return inSlices(session, session.lineValuesSteps(), signal);
  },
};

if (parentPort) new Endpoint<DecodeWorker, DecodeHost>(nodePort(parentPort), handlers, {});
