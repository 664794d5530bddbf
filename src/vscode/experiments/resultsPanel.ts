// The experiment results panel: holds what the view shows (so a view that reloads after being
// hidden gets it back), runs experiments in the worker, opens their heap profile, and measures
// the same scenario on the user's Go. The webview talks to it over the rpc layer.
import * as vscode from 'vscode';
import * as fs from 'fs/promises';
import * as path from 'path';
import type { EngineCatalog } from '../../experiments/catalog';
import { profileFileName, realGoState, rerunList } from '../../experiments/panelLogic';
import { findGoBinary } from '../../realgo/findGo';
import { MEASURED_SCENARIOS } from '../../realgo/goProgram';
import { oneLine } from '../../shared/errors';
import type {
  Failure,
  PanelHost,
  PanelSnapshot,
  PanelView,
  Progress,
  RealGoState,
  RealOutcome,
  RunRequest,
  RunView,
} from '../../shared/protocol/experimentView';
import { CancelledError, Endpoint, type Handlers } from '../../shared/rpc';
import { profileInWorker } from '../../workers/experimentClient';
import { makeNonce } from '../webviewPage';
import { webviewPort } from '../webviewPort';
import { experimentHtml } from './html';
import { measureOnMyGo } from './realGoRun';
import { simulate } from './simulate';

/** How a panel opens: compare mode, whether it runs at once, and the workspace's Go version. */
export interface PanelOptions {
  compare: boolean;
  runNow: boolean;
  defaultGo: string;
}

/** One results panel: its form, and a run or two runs side by side when comparing Go versions. */
export class ExperimentPanel {
  static readonly viewType = 'heaplens.experimentResults';

  private readonly panel: vscode.WebviewPanel;
  private readonly view: Endpoint<PanelHost, PanelView>;
  private runs: RunView[] = [];
  private readonly real = new Map<number, RealOutcome>();
  private progress?: Progress;
  private failure?: Failure;
  /** Bumped per run so that a slower earlier run never overwrites a later one. */
  private runSeq = 0;
  private current?: AbortController;

  /** Opens a panel with `form` in its form; `runNow` runs it straight away. */
  static show(context: vscode.ExtensionContext, catalog: EngineCatalog, form: RunRequest, opts: PanelOptions): ExperimentPanel {
    const p = new ExperimentPanel(context, catalog, form, opts);
    if (opts.runNow) p.run(form);
    return p;
  }

  private constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly catalog: EngineCatalog,
    private form: RunRequest,
    private readonly opts: PanelOptions,
  ) {
    const compare = opts.compare;
    const dist = vscode.Uri.joinPath(context.extensionUri, 'dist');
    // No retainContextWhenHidden: a shown-again view asks for the snapshot and restores its draft.
    this.panel = vscode.window.createWebviewPanel(ExperimentPanel.viewType, compare ? 'Compare Go Versions' : 'Map Experiment', vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [dist],
    });
    const webview = this.panel.webview;
    webview.html = experimentHtml({
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'experimentView.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'experimentView.css')).toString(),
      nonce: makeNonce(),
    });
    const handlers: Handlers<PanelHost> = {
      ready: () => this.snapshot(),
      run: (req) => this.run(req),
      cancel: () => this.current?.abort(),
      openProfile: ({ index }) => void this.openProfile(index),
      runOnMyGo: ({ index }) => void this.runOnMyGo(index),
    };
    this.view = new Endpoint<PanelHost, PanelView>(webviewPort(webview), handlers, {}, (what) => console.warn(`HeapLens experiment view: ${what}`));
    const realGoChanged = () => this.view.emit('realGo', this.realGo().state);
    const disposables = [
      vscode.workspace.onDidGrantWorkspaceTrust(realGoChanged),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('heaplens.goPath')) realGoChanged();
      }),
    ];
    this.panel.onDidDispose(() => {
      this.current?.abort();
      this.view.close();
      disposables.forEach((d) => d.dispose());
    });
  }

  private get workerFile(): string {
    return vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'experimentWorker.js').fsPath;
  }

  private realGo(): { state: RealGoState; goBinary?: string } {
    const setting = vscode.workspace.getConfiguration('heaplens').get<string>('goPath', '');
    const trusted = vscode.workspace.isTrusted;
    const goBinary = trusted ? findGoBinary(setting) : undefined;
    return { state: realGoState(Object.keys(MEASURED_SCENARIOS), trusted, setting, goBinary), goBinary };
  }

  private snapshot(): PanelSnapshot {
    const setup = {
      scenarios: this.catalog.scenarios,
      goVersions: [...this.catalog.goVersions],
      compare: this.opts.compare,
      defaultGo: this.opts.defaultGo,
      form: this.form,
      realGo: this.realGo().state,
    };
    return { setup, runs: this.runs, real: [...this.real.values()], progress: this.progress, failure: this.failure };
  }

  /** Runs the request's experiments in the worker with cancellable progress, then shows them. */
  private run(req: RunRequest): void {
    const seq = ++this.runSeq;
    this.current?.abort();
    const ac = new AbortController();
    this.current = ac;
    this.form = req;
    this.failure = undefined;
    const mine = () => seq === this.runSeq;
    simulate(this.workerFile, rerunList(req.params, req.compareGo), ac, (p) => {
      if (!mine()) return;
      this.progress = p;
      this.view.emit('progress', p);
    }).then(
      (runs) => {
        if (!mine()) return;
        this.progress = undefined;
        this.runs = runs;
        this.real.clear();
        this.view.emit('results', { runs });
      },
      (err: unknown) => {
        if (!mine()) return;
        this.progress = undefined;
        this.failure = { message: oneLine(err), cancelled: err instanceof CancelledError };
        this.view.emit('failed', this.failure);
      },
    );
  }

  /** Writes the engine's profile of run `index` to storage and opens it in the profile viewer. */
  private async openProfile(index: number): Promise<void> {
    const run = this.runs[index];
    if (!run) return;
    try {
      const bytes = await profileInWorker(this.workerFile, run.params);
      const dir = this.context.globalStorageUri;
      await fs.mkdir(dir.fsPath, { recursive: true });
      const file = vscode.Uri.file(path.join(dir.fsPath, profileFileName(run.params)));
      await fs.writeFile(file.fsPath, bytes);
      await vscode.commands.executeCommand('vscode.openWith', file, 'heaplens.profile', vscode.ViewColumn.Beside);
    } catch (err) {
      void vscode.window.showErrorMessage(`HeapLens: could not open the experiment's profile: ${oneLine(err)}`);
    }
  }

  /** Measures run `index` on the user's Go and shows real against simulated figures. */
  private async runOnMyGo(index: number): Promise<void> {
    const runs = this.runs;
    const run = runs[index];
    if (!run) return;
    // An outcome for runs that were replaced meanwhile is dropped.
    const tell = (o: RealOutcome) => {
      if (this.runs !== runs) return;
      this.real.set(index, o);
      this.view.emit('real', o);
    };
    const { state, goBinary } = this.realGo();
    if (!state.enabled || !goBinary) return tell({ kind: 'failed', index, message: state.note });
    tell({ kind: 'running', index });
    try {
      tell({ kind: 'measured', index, ...(await measureOnMyGo(run, goBinary, this.catalog.goVersions, this.workerFile)) });
    } catch (err) {
      tell({ kind: 'failed', index, message: oneLine(err) });
    }
  }
}
