// The profile custom editor: reads the file, hands the bytes to a decode worker (with progress
// and cancel for large files), and relays messages between the webview and the worker.
import * as vscode from 'vscode';
import * as fs from 'fs';
import * as path from 'path';
import { assertNever, fromWebviewTypes, type FromWebview, type ToWebview } from '../../shared/protocol/profileView';
import { oneLine } from '../../shared/errors';
import { profileHtml } from './html';
import { WorkerClient } from '../../workers/decodeClient';
import { openSource, warmSourceLookup } from './sourceResolver';
import { setActiveProfile } from '../../profile/activeProfile';

/** Files at least this large decode with a progress notification and a Cancel button. */
const PROGRESS_BYTES = 4 * 1024 * 1024;

/** A read-only profile document: the viewer never writes to the file. */
class ProfileDocument implements vscode.CustomDocument {
  constructor(readonly uri: vscode.Uri) {}
  dispose(): void {}
}

/** CustomReadonlyEditorProvider for heaplens.profile (default) and heaplens.profile.optional. */
export class ProfileEditorProvider implements vscode.CustomReadonlyEditorProvider<ProfileDocument> {
  static readonly viewType = 'heaplens.profile';
  static readonly optionalViewType = 'heaplens.profile.optional';
  /** The panel the user looked at last, whose values annotate Go files. */
  private static active: { panel: vscode.WebviewPanel; client: WorkerClient; file: string } | undefined;

  constructor(private readonly context: vscode.ExtensionContext) {}

  openCustomDocument(uri: vscode.Uri): ProfileDocument {
    return new ProfileDocument(uri);
  }

  resolveCustomEditor(document: ProfileDocument, panel: vscode.WebviewPanel): void {
    const ext = this.context.extensionUri;
    const webview = panel.webview;
    webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(ext, 'dist')],
    };
    webview.html = profileHtml(webview, ext, vscode.Uri.joinPath);
    warmSourceLookup();
    const file = document.uri.fsPath || document.uri.path;
    const post = (m: ToWebview) => void webview.postMessage(m);
    const newClient = (): WorkerClient => {
      const c: WorkerClient = new WorkerClient(path.join(ext.fsPath, 'dist'), (m) => {
        post(m);
        // After the table (not the summary): the worker answers in order, and the first paint comes first.
        if (m.type === 'top' && ProfileEditorProvider.active?.client === c) void this.publishLineValues();
      }, (why) => fail(`${why}.`));
      return c;
    };
    let client = newClient();
    let state: 'loading' | 'ready' | 'failed' = 'loading';
    let fatal: ToWebview | undefined;
    let webviewReady = false;
    const pending: FromWebview[] = [];
    const disposables: vscode.Disposable[] = [];
    panel.onDidDispose(() => {
      client.dispose(); // the current one: a retry replaces it
      if (ProfileEditorProvider.active?.panel === panel) {
        ProfileEditorProvider.active = undefined;
        setActiveProfile(undefined);
      }
      disposables.forEach((d) => d.dispose());
    }, undefined, disposables);
    const activate = () => {
      ProfileEditorProvider.active = { panel, client, file };
      void this.publishLineValues();
    };
    panel.onDidChangeViewState((e) => e.webviewPanel.active && state === 'ready' && activate(), undefined, disposables);

    webview.onDidReceiveMessage((raw: FromWebview) => {
      if (!raw || !fromWebviewTypes.includes(raw.type)) return;
      const msg = raw;
      switch (msg.type) {
        case 'ready':
          webviewReady = true;
          if (state === 'failed' && fatal) post(fatal);
          else if (state === 'loading') post({ type: 'loading', file, bytes: 0 });
          else client.query(msg);
          return;
        case 'openSource':
          void openSource(msg.source.file, msg.source.line, msg.source.name);
          return;
        case 'reopenAsText':
          void vscode.commands.executeCommand('vscode.openWith', document.uri, 'default');
          return;
        case 'retry':
          if (state !== 'failed') return;
          client.dispose();
          client = newClient();
          state = 'loading';
          fatal = undefined;
          post({ type: 'loading', file, bytes: 0 });
          void load();
          return;
        case 'setSettings':
        case 'getTop':
        case 'getChildren':
        case 'getFlame':
        case 'getSandwich':
        case 'getSandwichLevel':
          if (state === 'ready') client.query(msg);
          else pending.push(msg);
          return;
        default:
          assertNever(msg);
      }
    }, undefined, disposables);

    function fail(message: string): void {
      state = 'failed';
      fatal = { type: 'fatal', file, message };
      if (webviewReady) post(fatal);
    }
    // Not awaited: VS Code keeps an editor "opening" until this method returns, so the
    // decode runs behind the webview's own loading state and the progress notification.
    const load = async (): Promise<void> => {
      const c = client;
      try {
        // Local files are read by the worker itself: with a remote extension host (code-server,
        // Remote SSH) workspace.fs would carry every byte through the window's renderer.
        const local = document.uri.scheme === 'file';
        const size = local ? (await fs.promises.stat(document.uri.fsPath)).size : (await vscode.workspace.fs.stat(document.uri)).size;
        const open = async (cancel?: vscode.CancellationToken) => {
          const data = local ? document.uri.fsPath : await vscode.workspace.fs.readFile(document.uri);
          if (cancel?.isCancellationRequested) throw new vscode.CancellationError();
          await new Promise<void>((resolve, reject) => {
            cancel?.onCancellationRequested(() => {
              c.dispose();
              reject(new vscode.CancellationError());
            });
            c.open(path.basename(file), data).then(resolve, reject);
          });
        };
        if (size >= PROGRESS_BYTES) {
          await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: `HeapLens: decoding ${path.basename(file)} (${(size / 1048576).toFixed(1)} MB)`, cancellable: true },
            (_p, cancel) => open(cancel),
          );
        } else {
          await open();
        }
        state = 'ready';
        if (webviewReady) c.query({ type: 'ready' });
        for (const m of pending.splice(0)) c.query(m);
        if (panel.active) activate();
      } catch (e) {
        if (e instanceof vscode.CancellationError) fail('Loading was cancelled.');
        else fail(oneLine(e));
      }
    };
    void load();
  }

  /** Sends the active panel's per-line values to annotations and the clear( lens. */
  private async publishLineValues(): Promise<void> {
    const a = ProfileEditorProvider.active;
    if (!a) return;
    const values = await a.client.lineValues();
    if (ProfileEditorProvider.active === a) setActiveProfile({ profileFile: a.file, values });
  }
}
