import * as vscode from 'vscode';
import type { ClearCall } from '../../goanalysis/analysis';
import { engineGoVersion } from '../../goanalysis/estimates';
import { mapImpl } from '../../shared/goVersion';
import type { LensService } from './lensService';
import { profileValuesAt } from '../../goanalysis/profileHook';
import { formatBytes } from '../../shared/format';
import { resolveUnknownWithGopls } from './goplsType';

/** Settings as the providers read them. */
export function lensSettings(): { enabled: boolean; goVersion: string } {
  const c = vscode.workspace.getConfiguration('heaplens');
  return { enabled: c.get<boolean>('lens.enabled', true), goVersion: c.get<string>('goVersion', '') };
}

/** The range of a span, 0-based. */
export function toRange(s: ClearCall['clearSpan']): vscode.Range {
  return new vscode.Range(s.startLine, s.startColumn, s.endLine, s.endColumn);
}

/** What the Explain and Simulate commands receive. */
export interface ClearCommandArg {
  kind: 'map' | 'slice';
  type: string;
  argument: string;
  goVersion: string;
  engineType?: string;
}

/** Code lenses above each builtin clear on a map or slice (and on clear the module's Go lacks). */
export class ClearCodeLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly service: LensService) {}

  /** Asks VS Code to ask again (settings or the open profile changed). */
  refresh(): void {
    this.changed.fire();
  }

  async provideCodeLenses(doc: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    const settings = lensSettings();
    if (!settings.enabled) return [];
    const calls = await this.service.analyze(doc, settings).catch(() => []);
    if (calls.some((c) => c.kind === 'unknown')) await resolveUnknownWithGopls(doc.uri, calls, token);
    if (token.isCancellationRequested) return [];
    const values = this.service.profile?.valuesForFile(doc.uri.fsPath);
    const sample = this.service.profile?.sampleType();
    return calls.flatMap((c) => lensesFor(c, values, sample));
  }
}

function lensesFor(c: ClearCall, values: Map<number, number> | undefined, sample: { name: string; unit: string } | undefined): vscode.CodeLens[] {
  const range = toRange(c.clearSpan);
  const lens = (title: string, command = '', args: unknown[] = []) => new vscode.CodeLens(range, { title, command, arguments: args });
  switch (c.kind) {
    case 'unsupported-go-version':
      return [lens(`clear needs Go 1.21; go.mod says ${c.goVersion}`)];
    case 'not-builtin':
    case 'unknown':
      return [];
  }
  const arg: ClearCommandArg = { kind: c.kind, type: c.type ?? '', argument: c.argument, goVersion: c.goVersion, engineType: c.engineType };
  if (c.kind === 'slice') {
    return [lens('clear zeroes the elements; len, cap and the backing array stay', 'heaplens.explainClear', [arg]), lens('Explain', 'heaplens.explainClear', [arg])];
  }
  const what = mapImpl(c.goVersion) === 'swiss' ? `Swiss tables and groups stay allocated (Go ${c.goVersion})` : `buckets stay allocated (classic map, Go ${c.goVersion})`;
  const out = [lens(`clear: ${what}`, 'heaplens.explainClear', [arg]), lens('Explain', 'heaplens.explainClear', [arg])];
  if (engineGoVersion(c.goVersion)) out.push(lens('Simulate', 'heaplens.simulateClear', [arg]));
  const fromProfile = profileValuesAt(values, c.allocLines);
  if (fromProfile.length) {
    const fmt = (v: number) => (sample?.unit === 'bytes' ? formatBytes(v) : `${v}`);
    out.push(lens(`profile ${sample?.name ?? ''}: ${fromProfile.map((p) => `${fmt(p.value)} at line ${p.line}`).join(', ')}`));
  }
  return out;
}
