// A watch's timeline panel: runs the Watch (captures every N seconds, summaries in the decode
// worker), keeps the series' index in workspace state so a reloaded window gets it back
// (the panel serializer), and opens the diff of two picked captures.
import * as vscode from 'vscode';
import { promises as fs } from 'fs';
import * as path from 'path';
import { growthSinceFirst, parseSeries, SERIES_FILE, summarizeCapture, timelineChart, timelinePoints, Watch, type Series } from '../../capture';
import type { TimelineHost, TimelinePage, TimelineSnapshot } from '../../shared/protocol/captureTimeline';
import { Endpoint, type EventHandlers, type Handlers } from '../../shared/rpc';
import { WorkerClient } from '../../workers/decodeClient';
import { webviewPort } from '../webviewPort';
import { timeoutSeconds } from './captureCommand';
import { timelineHtml } from './html';

const INDEX = 'heaplens.capture.seriesIndex';
const INDEX_SIZE = 20;
/** The diff view's command (another part of HeapLens); without it, both captures open side by side. */
export const COMPARE_COMMAND = 'heaplens.compareWith';

/** Where a series lives, as workspace state remembers it. */
interface IndexEntry {
  id: string;
  folder: string;
  url: string;
  started: number;
}

/** What the page saves (getState) so the serializer knows which series to restore. */
interface PageState {
  id?: string;
}

/** One open timeline panel and its watch. */
export class TimelinePanel {
  static readonly viewType = 'heaplens.captureTimeline';
  private static readonly all = new Set<TimelinePanel>();
  private readonly watch: Watch;
  private readonly view: Endpoint<TimelineHost, TimelinePage>;
  private client: WorkerClient | undefined;
  private canDiff = false;

  /** Starts a new series of `url` in `folder` and shows its panel. */
  static async start(context: vscode.ExtensionContext, url: URL, folder: string): Promise<TimelinePanel> {
    const now = new Date();
    const p = (n: number) => String(n).padStart(2, '0');
    const id = `watch-${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
    const dir = path.join(folder, id);
    await fs.mkdir(dir, { recursive: true });
    const interval = vscode.workspace.getConfiguration('heaplens.capture').get<number>('watchIntervalSeconds', 10);
    const series: Series = {
      version: 1,
      id,
      url: url.toString(),
      intervalSeconds: Math.max(1, interval || 10),
      folder: dir,
      started: now.getTime(),
      points: [],
    };
    const entries = context.workspaceState.get<IndexEntry[]>(INDEX, []).filter((e) => e.id !== id);
    await context.workspaceState.update(INDEX, [{ id, folder: dir, url: series.url, started: series.started }, ...entries].slice(0, INDEX_SIZE));
    const panel = vscode.window.createWebviewPanel(TimelinePanel.viewType, titleOf(series), vscode.ViewColumn.Active, webviewOptions(context));
    const t = new TimelinePanel(context, panel, series);
    await t.watch.save();
    t.resume();
    return t;
  }

  /** Brings back a series after a window reload (the panel serializer); stopped until resumed. */
  static async restore(context: vscode.ExtensionContext, panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const id = (state as PageState | undefined)?.id;
    const series = id ? await readSeries(context, id) : undefined;
    if (!series) {
      panel.dispose();
      void vscode.window.showWarningMessage(`HeapLens: the watch series${id ? ` ${id}` : ''} is gone (its folder was moved or deleted).`);
      return;
    }
    panel.webview.options = webviewOptions(context);
    panel.title = titleOf(series);
    const t = new TimelinePanel(context, panel, series);
    t.watch.status = `Stopped (the window was reloaded). ${series.points.length} points.`;
  }

  /** "Open Watch Series…": a quick pick over this workspace's series; the one picked opens stopped. */
  static async pickAndOpen(context: vscode.ExtensionContext): Promise<void> {
    const entries = context.workspaceState.get<IndexEntry[]>(INDEX, []);
    const items = entries.map((e) => ({ label: new URL(e.url).host, description: new Date(e.started).toLocaleString(), detail: e.folder, id: e.id }));
    if (items.length === 0) {
      void vscode.window.showInformationMessage('HeapLens: no watch series in this workspace yet (HeapLens: Watch Heap… starts one).');
      return;
    }
    const picked = await vscode.window.showQuickPick(items, { title: 'HeapLens: Open Watch Series', placeHolder: 'A series of this workspace' });
    if (!picked) return;
    const open = [...TimelinePanel.all].find((t) => t.watch.series.id === picked.id);
    if (open) return open.panel.reveal();
    const series = await readSeries(context, picked.id);
    if (!series) {
      void vscode.window.showWarningMessage(`HeapLens: the watch series ${picked.id} is gone (its folder was moved or deleted).`);
      return;
    }
    const panel = vscode.window.createWebviewPanel(TimelinePanel.viewType, titleOf(series), vscode.ViewColumn.Active, webviewOptions(context));
    const t = new TimelinePanel(context, panel, series);
    t.watch.status = `Stopped. ${series.points.length} points.`;
  }

  /** Stops every watch (the Stop Watching command). */
  static stopAll(): void {
    for (const t of TimelinePanel.all) t.stop();
  }

  private constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly panel: vscode.WebviewPanel,
    series: Series,
  ) {
    TimelinePanel.all.add(this);
    const dist = vscode.Uri.joinPath(context.extensionUri, 'dist');
    panel.webview.html = timelineHtml(panel.webview, dist, vscode.Uri.joinPath);
    this.watch = new Watch(series, {
      summarize: (file, signal) => summarizeCapture(this.worker(), file, signal),
      onChange: () => this.changed(),
      timeoutMs: timeoutSeconds() * 1000,
    });
    const handlers: Handlers<TimelineHost> = { ready: () => this.snapshot() };
    const events: EventHandlers<TimelineHost> = {
      stop: () => this.stop(),
      resume: () => this.resume(),
      compare: ({ base, other }) => void this.compare(base, other),
      open: ({ index }) => void this.openCapture(index),
    };
    this.view = new Endpoint<TimelineHost, TimelinePage>(webviewPort(panel.webview), handlers, events, (what) => console.warn(`HeapLens timeline: ${what}`));
    void this.refreshCanDiff();
    panel.onDidDispose(() => {
      TimelinePanel.all.delete(this);
      // The channel first: stopping reports a change, and a disposed webview takes no message.
      this.view.close();
      this.watch.stop();
      this.client?.dispose();
      this.client = undefined;
      void updateWatchingContext();
    });
  }

  /** The decode worker for summaries: started on first use, stopped with the watch. */
  private worker(): WorkerClient {
    this.client ??= new WorkerClient(path.join(this.context.extensionUri.fsPath, 'dist'), () => {
      this.client = undefined;
    });
    return this.client;
  }

  private resume(): void {
    this.watch.start();
    void updateWatchingContext();
  }

  private stop(): void {
    this.watch.stop();
    this.client?.dispose();
    this.client = undefined;
    void updateWatchingContext();
  }

  private changed(): void {
    this.view.emit('snapshot', this.snapshot());
  }

  private snapshot(): TimelineSnapshot {
    const s = this.watch.series;
    const first = s.points.find((p) => p.summary)?.summary;
    return {
      id: s.id,
      url: s.url,
      sampleType: first?.sampleType ?? 'inuse_space',
      unit: first?.unit ?? 'bytes',
      intervalSeconds: s.intervalSeconds,
      watching: this.watch.watching,
      status: this.watch.status,
      points: timelinePoints(s),
      chart: timelineChart(s, 5),
      growth: growthSinceFirst(s),
      canDiff: this.canDiff,
    };
  }

  private async refreshCanDiff(): Promise<boolean> {
    const had = this.canDiff;
    this.canDiff = (await vscode.commands.getCommands(true)).includes(COMPARE_COMMAND);
    if (had !== this.canDiff) this.changed();
    return this.canDiff;
  }

  private fileOf(index: number): vscode.Uri | undefined {
    const f = this.watch.series.points[index]?.file;
    return f ? vscode.Uri.file(f) : undefined;
  }

  private async openCapture(index: number): Promise<void> {
    const uri = this.fileOf(index);
    if (uri) await vscode.commands.executeCommand('vscode.openWith', uri, 'heaplens.profile', vscode.ViewColumn.Beside);
  }

  /** The diff of two captures (`base` the earlier) in the viewer, or both side by side without a diff view. */
  private async compare(base: number, other: number): Promise<void> {
    const a = this.fileOf(base);
    const b = this.fileOf(other);
    if (!a || !b) return;
    try {
      if (await this.refreshCanDiff()) {
        await vscode.commands.executeCommand(COMPARE_COMMAND, a, b);
        return;
      }
      await vscode.commands.executeCommand('vscode.openWith', a, 'heaplens.profile', vscode.ViewColumn.Beside);
      await vscode.commands.executeCommand('vscode.openWith', b, 'heaplens.profile', vscode.ViewColumn.Beside);
      void vscode.window.showInformationMessage(
        `HeapLens: this build has no diff view: ${path.basename(a.fsPath)} and ${path.basename(b.fsPath)} are open side by side.`,
      );
    } catch (err) {
      void vscode.window.showErrorMessage(`HeapLens: could not compare the captures: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  static anyWatching(): boolean {
    return [...TimelinePanel.all].some((t) => t.watch.watching);
  }
}

/** A series of this workspace's index, read back from its folder (undefined when gone). */
async function readSeries(context: vscode.ExtensionContext, id: string): Promise<Series | undefined> {
  const entry = context.workspaceState.get<IndexEntry[]>(INDEX, []).find((e) => e.id === id);
  const text = entry ? await fs.readFile(path.join(entry.folder, SERIES_FILE), 'utf8').catch(() => undefined) : undefined;
  return text !== undefined ? parseSeries(text) : undefined;
}

function titleOf(series: Series): string {
  return `Heap Watch: ${new URL(series.url).host}`;
}

function webviewOptions(context: vscode.ExtensionContext): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist')] };
}

async function updateWatchingContext(): Promise<void> {
  await vscode.commands.executeCommand('setContext', 'heaplens.watching', TimelinePanel.anyWatching());
}
