// One profile tab: its load (a pure state machine), its decode worker, and the webview's rpc
// endpoint, whose queries it relays to the worker once the profile is open.
import * as vscode from 'vscode';
import * as fs from 'fs';
import * as path from 'path';
import type { SourceRef, ViewerHost, ViewerPage, ViewReply } from '../../shared/protocol/profileView';
import { oneLine } from '../../shared/errors';
import { CancelledError, Endpoint } from '../../shared/rpc';
import { progressTitle, relayQueries, showsProgress, ViewerLoad } from '../../shared/viewerLoad';
import { WorkerClient } from '../../workers/decodeClient';
import { webviewPort } from '../webviewPort';
import { openSource } from './sourceResolver';
import { PanelMaps } from './mapSites';

/** What the editor provider hears from a tab. */
export interface PanelHooks {
  /** The webview got a new first paint or new settings: the line values may have changed. */
  painted(p: ProfilePanel): void;
  disposed(p: ProfilePanel): void;
}

/** A profile shown in one webview panel. */
export class ProfilePanel {
  readonly load: ViewerLoad;
  readonly file: string;
  private client: WorkerClient;
  private readonly page: Endpoint<ViewerHost, ViewerPage>;
  /** The map sites of the shown sample type (the Maps view, the badges, the clear( lens). */
  readonly maps: PanelMaps;

  constructor(
    readonly uri: vscode.Uri,
    readonly panel: vscode.WebviewPanel,
    private readonly distDir: string,
    private readonly hooks: PanelHooks,
  ) {
    this.file = uri.fsPath || uri.path;
    this.load = new ViewerLoad(this.file);
    this.client = this.newClient();
    this.maps = new PanelMaps(() => this.client, distDir);
    const relay = relayQueries(this.load, (method, params, signal) => this.client.request(method, params, signal));
    const painted = (v: ViewReply): ViewReply => {
      hooks.painted(this);
      return v;
    };
    this.page = new Endpoint<ViewerHost, ViewerPage>(
      webviewPort(panel.webview),
      {
        ...relay,
        view: async (p, ctx) => painted(await relay.view(p, ctx)),
        setSettings: async (p, ctx) => painted(await relay.setSettings(p, ctx)),
        mapSites: async () => (await this.load.whenReady(), this.maps.get()),
      },
      {
        ready: () => this.page.emit('status', this.load.status),
        openSource: (s) => void openSource(s.file, s.line, s.name),
        reopenAsText: () => void this.reopenAsText(),
        retry: () => this.retry(),
      },
      (what) => console.warn(`HeapLens viewer: ${what}`),
    );
    const unlisten = this.load.onChange((s) => this.page.emit('status', s));
    panel.onDidDispose(() => {
      unlisten();
      this.page.close();
      this.client.dispose(); // the current one: a retry replaces it
      hooks.disposed(this);
    });
    // Not awaited: VS Code keeps an editor "opening" until resolveCustomEditor returns, so the
    // decode runs behind the webview's own loading state and the progress notification.
    void this.run(this.load.attempt);
  }

  /** Per-line values of the selected sample type, for annotations. */
  lineValues() {
    return this.client.lineValues();
  }

  /** The profile this tab is compared with, if any. */
  base: vscode.Uri | undefined;

  /**
   * Compares this tab's profile with the profile at `base` (undefined: stops comparing); every
   * view is drawn again. Rejects with the one-line reason when the base cannot be compared.
   */
  async compare(base: vscode.Uri | undefined): Promise<void> {
    await this.load.whenReady();
    if (base) {
      const name = path.basename(base.fsPath || base.path);
      // a local base is read by the worker itself, as the profile is
      const source = base.scheme === 'file' ? base.fsPath : await vscode.workspace.fs.readFile(base);
      await this.client.compare({ file: name, source });
    } else {
      await this.client.compare(null);
    }
    this.base = base;
    this.maps.forget();
    this.page.emit('compared', null);
    this.hooks.painted(this);
  }

  /** The source of what is selected in the view in front; undefined when nothing is. */
  async selectedSource(): Promise<SourceRef | undefined> {
    if (this.load.status.phase !== 'ready') return undefined;
    return (await this.page.request('selectedSource', {})) ?? undefined;
  }

  /** Shows the file in VS Code's text editor instead. */
  reopenAsText(): Thenable<unknown> {
    return vscode.commands.executeCommand('vscode.openWith', this.uri, 'default');
  }

  private newClient(): WorkerClient {
    const attempt = this.load.attempt;
    return new WorkerClient(this.distDir, (why) => this.load.failed(attempt, `${why}.`));
  }

  private retry(): void {
    const attempt = this.load.retry();
    if (attempt === undefined) return;
    // a new worker opens the profile alone
    this.base = undefined;
    this.maps.forget();
    this.client.dispose();
    this.client = this.newClient();
    void this.run(attempt);
  }

  private async run(attempt: number): Promise<void> {
    const c = this.client;
    const uri = this.uri;
    const name = path.basename(this.file);
    try {
      // Local files are read by the worker itself: with a remote extension host (code-server,
      // Remote SSH) workspace.fs would carry every byte through the window's renderer.
      const local = uri.scheme === 'file';
      const size = local ? (await fs.promises.stat(uri.fsPath)).size : (await vscode.workspace.fs.stat(uri)).size;
      const open = async (cancel?: vscode.CancellationToken) => {
        const ac = new AbortController();
        cancel?.onCancellationRequested(() => ac.abort());
        const data = local ? uri.fsPath : await vscode.workspace.fs.readFile(uri);
        if (ac.signal.aborted) throw new CancelledError();
        await c.open(name, data, { signal: ac.signal });
      };
      if (showsProgress(size)) {
        await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: progressTitle(name, size), cancellable: true },
          (_p, cancel) => open(cancel),
        );
      } else {
        await open();
      }
      this.load.opened(attempt);
    } catch (e) {
      if (e instanceof CancelledError) this.load.cancelled(attempt);
      else this.load.failed(attempt, oneLine(e));
    }
  }
}
