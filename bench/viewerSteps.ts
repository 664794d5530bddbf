// One profile through the decode worker's queries, in a fresh process (run by bench/viewer.ts):
// open → first table through a real worker, then what the tab does once it is open (switch the
// sample type, the first flame graph, focus/ignore/hide), each a round trip to the worker, and
// the longest stall of this (the host's) thread meanwhile. Prints one JSON line.
import * as path from 'path';
import { performance } from 'perf_hooks';
import type { ViewReply, ViewSettings } from '../src/shared/protocol/profileView';
import { frameStrings } from '../src/shared/frameRows';
import { WorkerClient } from '../src/workers/decodeClient';
import { escapeRegExp } from '../test/support/escapeRegExp';

// the built extension's dist (bench/viewer.ts runs this script bundled, from elsewhere)
const dist = process.env.HEAPLENS_DIST ?? path.resolve(__dirname, '..', 'dist');

async function main(file: string, label: string): Promise<void> {
  let last = performance.now(),
    worst = 0;
  // this (the host's) thread's own V8 heap, which relaying the replies grows: not the worker's memory
  const hostHeapAtStart = process.memoryUsage().heapTotal;
  let hostHeap = hostHeapAtStart;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 5);
    last = now;
    hostHeap = Math.max(hostHeap, process.memoryUsage().heapTotal);
  }, 5);
  const client = new WorkerClient(dist);
  const out: Record<string, number | string> = { label };
  // With --expose-gc (bench/viewer.ts), this thread's garbage is collected after each reply: the
  // replies it relays are the extension host's garbage, not the worker's memory (the peak RSS is).
  // The collection's own pause is the bench's, not a stall the extension causes: not counted.
  const gc = (globalThis as { gc?: () => void }).gc;
  const collectHost = (): void => {
    if (!gc) return;
    gc();
    last = performance.now();
  };
  const timed = async (name: string, f: () => Promise<unknown>): Promise<void> => {
    const t = performance.now();
    await f();
    out[name] = Math.round(performance.now() - t);
    collectHost();
  };
  try {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await client.open(label, file);
    out.open = Math.round(performance.now() - t0);
    // What the steps need of the first view; the host (a relay) holds none of its table after, nor does this.
    const { summary, name, frames } = await client.request('view', {}).then((r) => {
      const first = r as ViewReply;
      const text = frameStrings(first.table.text!);
      const names = Array.from(first.table.keys, (k) => text.names[k]);
      // a frame name from the table, as a user would type it
      // the frames' text the webview then holds: later tables come without it
      return { summary: first.summary, name: names.find((n) => n.startsWith('main.')) ?? names[0], frames: [first.table.frames] };
    });
    out.firstTable = Math.round(performance.now() - t0);
    // this process does nothing else: its CPU time is the worker's work (plus the relay)
    const c = process.cpuUsage(c0);
    out.firstTableCpu = Math.round((c.user + c.system) / 1000);
    out.stallWhileLoading = Math.round(worst * 10) / 10;
    collectHost();
    // this process's RSS (host + worker) once the first table is shown
    out.rssAtFirstTableMB = Math.round(process.memoryUsage().rss / 1e6);
    const settings = summary.settings;
    const types = summary.sampleTypes.length;
    // another sample type with values in every sample (alloc_objects next to alloc_space), not one mostly zero
    const other: ViewSettings = { ...settings, sampleIndex: settings.sampleIndex === 0 ? 1 % types : 0 };
    out.switchTo = summary.sampleTypes[other.sampleIndex].type;
    await timed('switchType', () => client.request('setSettings', { frames, settings: other }));
    // A user reads the table first: by then the worker has built the other types' tables.
    const third = summary.sampleTypes.findIndex((_t, i) => i !== settings.sampleIndex && i !== other.sampleIndex);
    if (third >= 0) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      out.switchIdleTo = summary.sampleTypes[third].type;
      await timed('switchAfterIdle', () => client.request('setSettings', { frames, settings: { ...settings, sampleIndex: third } }));
    }
    await timed('switchBack', () => client.request('setSettings', { frames, settings }));
    await timed('firstFlame', () => client.request('flame', { rootId: 0, minWidthFraction: 0.5 / 1920 }));
    out.rssAfterFlameMB = Math.round(process.memoryUsage().rss / 1e6);
    const regex = escapeRegExp(name);
    for (const kind of ['focus', 'ignore', 'hide'] as const) {
      await timed(kind, () =>
        client.request('setSettings', { frames, settings: { ...settings, filters: { focus: '', ignore: '', hide: '', [kind]: regex } } }),
      );
    }
    // Back to the first settings, read a while: the worker builds the flame graph's tree meanwhile.
    await client.request('setSettings', { frames, settings });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await timed('flameAfterIdle', () => client.request('flame', { rootId: 0, minWidthFraction: 0.5 / 1920 }));
  } finally {
    clearInterval(timer);
    client.dispose();
  }
  out.stallOverall = Math.round(worst * 10) / 10;
  out.hostHeapGrowthMB = Math.round((hostHeap - hostHeapAtStart) / 1e5) / 10;
  console.log(JSON.stringify(out));
}

/** Opens the file, cancels after `afterMs` as the progress notification's Cancel does (an abort): how long until the open rejects. */
async function cancel(file: string, afterMs: number): Promise<void> {
  const client = new WorkerClient(dist);
  const ac = new AbortController();
  const t0 = performance.now();
  let cancelledAt = 0;
  const timer = setTimeout(() => {
    cancelledAt = performance.now();
    ac.abort();
  }, afterMs);
  let outcome = 'opened before the cancel';
  try {
    await client.open(path.basename(file), file, { signal: ac.signal });
  } catch (e) {
    outcome = (e as Error).name === 'CancelledError' || /cancel/i.test(String(e)) ? 'cancelled' : `failed: ${String(e)}`;
  }
  const end = performance.now();
  clearTimeout(timer);
  client.dispose();
  // opened first: no cancel happened, and the figure is the open's time
  if (cancelledAt === 0) outcome += ` (it opened in ${Math.round(end - t0)} ms)`;
  console.log(
    JSON.stringify({
      outcome,
      cancelAfter: cancelledAt ? Math.round(cancelledAt - t0) : afterMs,
      cancelToRejected: cancelledAt ? Math.round(end - cancelledAt) : 0,
    }),
  );
}

const [file, label] = process.argv.slice(2);
const run = process.env.HEAPLENS_STEPS_CANCEL_MS ? cancel(file, Number(process.env.HEAPLENS_STEPS_CANCEL_MS)) : main(file, label ?? path.basename(file));
run.catch((e) => {
  console.error(e);
  process.exit(1);
});
