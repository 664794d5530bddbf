import type * as vscode from 'vscode';
import * as fs from 'fs';
import * as path from 'path';
import { TreeCache, analyzeClearCalls, type ClearCall, type SourceFile } from './analysis';
import { loadGoParser } from './goParser';
import { readPackageInput } from './packageFiles';
import { ClearEstimates, runEstimateWorker } from './estimates';
import type { ProfileLineSource } from './profileHook';

/** Settings the analysis reads (the VS Code layer passes them in). */
export interface LensSettings {
  goVersion: string;
}

/**
 * The analysis behind the lenses, hovers and quick fixes: loads the grammar on first use (never
 * at activation), and caches one result per document version.
 */
export class LensService {
  private cache: TreeCache | undefined;
  private loading: Promise<TreeCache> | undefined;
  private readonly results = new Map<string, { version: number; override: string; calls: ClearCall[] }>();
  readonly estimates: ClearEstimates;

  constructor(private readonly distDir: string, readonly profile: ProfileLineSource | undefined, private readonly openText: (fsPath: string) => string | undefined) {
    this.estimates = new ClearEstimates((req) => runEstimateWorker(path.join(distDir, 'lensEstimateWorker.js'), req));
  }

  /** Whether the grammar has been loaded (the bench and activation checks read this). */
  get loaded(): boolean {
    return this.cache !== undefined;
  }

  private treeCache(): Promise<TreeCache> {
    this.loading ??= loadGoParser({
      runtime: path.join(this.distDir, 'web-tree-sitter.wasm'),
      grammar: path.join(this.distDir, 'tree-sitter-go.wasm'),
    }).then((parser) => (this.cache = new TreeCache(parser)));
    return this.loading;
  }

  /** The clear calls of a Go document (cached per version and Go-version setting). */
  async analyze(doc: vscode.TextDocument, settings: LensSettings): Promise<ClearCall[]> {
    const key = doc.uri.toString();
    const hit = this.results.get(key);
    if (hit && hit.version === doc.version && hit.override === settings.goVersion) return hit.calls;
    const text = doc.getText();
    // Files without the word never need the grammar.
    if (!text.includes('clear')) return [];
    const cache = await this.treeCache();
    const file: SourceFile = { path: doc.uri.fsPath, text };
    const input = doc.uri.scheme === 'file' ? readPackageInput(file, (p) => this.openText(p) ?? fs.readFileSync(p, 'utf8')) : { file, siblings: [] };
    const calls = analyzeClearCalls(cache, { ...input, goVersionOverride: settings.goVersion || undefined });
    this.results.set(key, { version: doc.version, override: settings.goVersion, calls });
    return calls;
  }

  /** Forgets a closed document's result. */
  forget(uri: vscode.Uri): void {
    this.results.delete(uri.toString());
  }

  dispose(): void {
    this.cache?.dispose();
    this.results.clear();
  }
}
