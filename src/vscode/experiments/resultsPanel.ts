// The experiment results panel: runs experiments in the worker, shows them in the webview,
// opens their heap profile, and measures the same scenario on the user's Go.
import * as vscode from 'vscode';
import * as fs from 'fs/promises';
import * as path from 'path';
import { oneLine } from '../../shared/errors';
import type { ExperimentParams, FromWebview, RealGoState, RunView, ScenarioInfo, ToWebview } from '../../shared/protocol/experimentView';
import { compareSteps } from '../../realgo/compare';
import { findGoBinary } from '../../realgo/findGo';
import { MEASURED_SCENARIOS } from '../../realgo/goProgram';
import { runOnRealGo } from '../../realgo/goRunner';
import { nearestSupported } from '../../shared/goVersion';
import { profileFileName, realGoState, rerunList } from '../../experiments/panelLogic';
import { experimentHtml } from './html';
import { makeNonce } from '../webviewPage';
import { profileInWorker, runInWorker } from '../../workers/experimentClient';

/** What the panel needs from the engine that the host may load without the worker. */
export interface EngineCatalog {
  scenarios: ScenarioInfo[];
  goVersions: readonly string[];
}

/** One results panel: a run, or two runs side by side when comparing Go versions. */
export class ExperimentPanel {
  static readonly viewType = 'heaplens.experimentResults';

  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private runs: RunView[] = [];
  /** Bumped per run so that a slower earlier run never overwrites a later one. */
  private runSeq = 0;
  private current?: AbortController;
  private ready = false;
  private pending: ToWebview[] = [];

  /** Opens a panel and runs the given experiments in it. */
  static show(context: vscode.ExtensionContext, catalog: EngineCatalog, params: ExperimentParams[], compare: boolean): ExperimentPanel {
    const p = new ExperimentPanel(context, catalog, compare);
    void p.run(params);
    return p;
  }

  private constructor(private readonly context: vscode.ExtensionContext, private readonly catalog: EngineCatalog, private readonly compare: boolean) {
    const dist = vscode.Uri.joinPath(context.extensionUri, 'dist');
    this.panel = vscode.window.createWebviewPanel(ExperimentPanel.viewType, compare ? 'Compare Go Versions' : 'Map Experiment', vscode.ViewColumn.Active, {
      enableScripts: true,
      retainContextWhenHidden: true,
      localResourceRoots: [dist],
    });
    const webview = this.panel.webview;
    webview.html = experimentHtml({
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'experimentView.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'experimentView.css')).toString(),
      nonce: makeNonce(),
    });
    this.disposables.push(
      webview.onDidReceiveMessage((m: FromWebview) => this.onMessage(m)),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.post(this.initMessage())),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('heaplens.goPath')) this.post(this.initMessage()); }),
    );
    this.panel.onDidDispose(() => {
      this.current?.abort();
      this.disposables.forEach((d) => d.dispose());
    });
  }

  private get workerFile(): string {
    return vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'experimentWorker.js').fsPath;
  }

  private post(msg: ToWebview): void {
    if (!this.ready) {
      this.pending.push(msg);
      return;
    }
    void this.panel.webview.postMessage(msg);
  }

  private realGoState(): RealGoState {
    const setting = vscode.workspace.getConfiguration('heaplens').get<string>('goPath', '');
    const trusted = vscode.workspace.isTrusted;
    return realGoState(Object.keys(MEASURED_SCENARIOS), trusted, setting, trusted ? findGoBinary(setting) : undefined);
  }

  private initMessage(): ToWebview {
    return { type: 'init', scenarios: this.catalog.scenarios, goVersions: [...this.catalog.goVersions], realGo: this.realGoState(), compare: this.compare };
  }

  private onMessage(m: FromWebview): void {
    switch (m.type) {
      case 'ready':
        this.ready = true;
        void this.panel.webview.postMessage(this.initMessage());
        for (const msg of this.pending.splice(0)) void this.panel.webview.postMessage(msg);
        return;
      case 'rerun':
        void this.run(rerunList(m.params, m.compareGo));
        return;
      case 'openProfile':
        void this.openProfile(m.index);
        return;
      case 'runOnMyGo':
        void this.runOnMyGo(m.index);
        return;
    }
  }

  /** Runs each experiment in the worker with cancellable progress, then shows them. */
  private async run(list: ExperimentParams[]): Promise<void> {
    const seq = ++this.runSeq;
    this.current?.abort();
    const ac = new AbortController();
    this.current = ac;
    this.post({ type: 'busy', busy: true, what: 'Simulating…' });
    try {
      const runs = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'HeapLens: simulating map', cancellable: true },
        async (progress, token) => {
          token.onCancellationRequested(() => ac.abort());
          const out: RunView[] = [];
          for (const params of list) {
            const message = `${params.scenario} ${params.type} n=${params.n} on Go ${params.go}`;
            progress.report({ message });
            // withProgress takes increments; each run is an equal share of the bar.
            let reported = 0;
            const result = await runInWorker(this.workerFile, params, ac.signal, (fraction) => {
              const total = ((out.length + fraction) / list.length) * 100;
              progress.report({ message, increment: total - reported });
              reported = total;
            });
            out.push({ params, result });
          }
          return out;
        });
      if (seq !== this.runSeq) return;
      this.runs = runs;
      this.post({ type: 'results', runs });
    } catch (err) {
      if (seq === this.runSeq) this.post({ type: 'error', message: oneLine(err) });
    } finally {
      if (seq === this.runSeq) this.post({ type: 'busy', busy: false });
    }
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
    const run = this.runs[index];
    const state = this.realGoState();
    if (!run || !state.enabled) {
      if (!state.enabled) this.post({ type: 'realError', index, message: state.note });
      return;
    }
    const goBinary = findGoBinary(vscode.workspace.getConfiguration('heaplens').get<string>('goPath', ''))!;
    try {
      const rows = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'HeapLens: measuring on your Go', cancellable: true },
        async (progress, token) => {
          const ac = new AbortController();
          token.onCancellationRequested(() => ac.abort());
          progress.report({ message: 'building and running the measurement program…' });
          const real = await runOnRealGo({ goBinary, scenario: run.params.scenario, type: run.params.type, n: run.params.n, hint: run.params.hint, signal: ac.signal });
          // Simulate the runtime the user's toolchain has, which may differ from the view's.
          const simParams = { ...run.params, go: nearestSupported(real.go, this.catalog.goVersions) };
          const sim = simParams.go === run.params.go ? run.result : await runInWorker(this.workerFile, simParams, ac.signal);
          const fewer = real.entries < run.params.n ? `; the key type has only ${real.entries} distinct values, so the real map held ${real.entries} entries, not ${run.params.n}` : '';
          return { goRuntime: `${real.goRuntime} (simulated as Go ${simParams.go})${fewer}`, rows: compareSteps(real.steps, sim.steps) };
        });
      this.post({ type: 'realResult', index, goRuntime: rows.goRuntime, rows: rows.rows });
    } catch (err) {
      this.post({ type: 'realError', index, message: oneLine(err) });
    }
  }
}
