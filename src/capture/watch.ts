// A watch: the same endpoint captured every N seconds into a series on disk (its captures and
// series.json). A failed capture is a gap, never the end of the watch: programs restart and are
// briefly down. Node (fs, http through fetch.ts); no vscode.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { oneLine } from '../shared/errors';
import { CaptureError, fetchProfile } from './fetch';
import { writeCapture } from './save';
import { addCapture, addGap, type CaptureSummary, type Series, type SeriesPoint } from './series';
import { profileName } from './url';

/** The file beside a series' captures that holds its index and summaries. */
export const SERIES_FILE = 'series.json';

export interface WatchOptions {
  /** Reads a saved capture's summary (in the decode worker). */
  summarize(file: string, signal: AbortSignal): Promise<CaptureSummary>;
  /** Called after every change of points or state. */
  onChange(): void;
  timeoutMs?: number;
  maxBytes?: number;
}

/** The capture file name for point `n` (1-based) of a series. */
export function captureName(url: URL, n: number, at: Date): string {
  const p = (x: number) => String(x).padStart(2, '0');
  return `${profileName(url)}-${String(n).padStart(3, '0')}-${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}.pb.gz`;
}

/** Runs one series' captures; `stop` ends them (the series and its files stay). */
export class Watch {
  private timer: NodeJS.Timeout | undefined;
  private current: AbortController | undefined;
  private running = false;
  /** What the watch is doing now, in a line. */
  status = 'Stopped.';

  constructor(
    readonly series: Series,
    private readonly opts: WatchOptions,
  ) {}

  get watching(): boolean {
    return this.running;
  }

  /** Starts capturing now and every `intervalSeconds` after each capture ends. */
  start(): void {
    if (this.running) return;
    this.running = true;
    void this.tick();
  }

  /** Stops: a capture under way is cancelled, nothing more is fetched. */
  stop(): void {
    this.running = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.current?.abort();
    this.status = 'Stopped.';
    this.opts.onChange();
  }

  private async tick(): Promise<void> {
    if (!this.running) return;
    await this.captureOnce();
    if (!this.running) return;
    this.status = `${this.status} Next capture in ${this.series.intervalSeconds} s.`;
    this.opts.onChange();
    this.timer = setTimeout(() => void this.tick(), this.series.intervalSeconds * 1000);
  }

  /** One capture into the series (a point, a gap, or nothing when cancelled). */
  async captureOnce(): Promise<SeriesPoint | undefined> {
    const ac = new AbortController();
    this.current = ac;
    const url = new URL(this.series.url);
    const n = this.series.points.filter((p) => p.file).length + 1;
    this.status = `Capturing ${n}…`;
    this.opts.onChange();
    const time = Date.now();
    let point: SeriesPoint | undefined;
    try {
      const fetched = await fetchProfile(url, { timeoutMs: this.opts.timeoutMs, maxBytes: this.opts.maxBytes, signal: ac.signal });
      const file = path.join(this.series.folder, captureName(url, n, new Date(time)));
      await writeCapture(file, fetched.bytes);
      const summary = await this.opts.summarize(file, ac.signal).catch(async (err: unknown) => {
        // Stopped while it was read, or no profile after all: no file without its point.
        await fs.rm(file, { force: true });
        throw err;
      });
      if (ac.signal.aborted) {
        await fs.rm(file, { force: true });
        return undefined;
      }
      point = addCapture(this.series, time, file, summary);
      this.status = `Captured ${n} at ${new Date(time).toLocaleTimeString()}.`;
    } catch (err) {
      if (ac.signal.aborted || (err instanceof CaptureError && err.kind === 'cancelled')) return undefined;
      const reason = err instanceof CaptureError ? err.reason : oneLine(err);
      point = addGap(this.series, time, reason);
      this.status = `No capture at ${new Date(time).toLocaleTimeString()}: ${reason}.`;
    } finally {
      if (this.current === ac) this.current = undefined;
    }
    await this.save();
    this.opts.onChange();
    return point;
  }

  /** Writes series.json (whole or not at all), after any write still under way. */
  async save(): Promise<void> {
    const text = Buffer.from(JSON.stringify(this.series));
    this.saving = this.saving.catch(() => undefined).then(() => writeCapture(path.join(this.series.folder, SERIES_FILE), text));
    await this.saving;
  }

  /** Resolves when series.json holds every point added so far (after stop(), say). */
  async whenSaved(): Promise<void> {
    await this.saving;
  }

  private saving: Promise<void> = Promise.resolve();
}
