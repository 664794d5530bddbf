import * as vscode from 'vscode';
import type { ClearCall } from '../../goanalysis/analysis';
import { lensTitles } from '../../goanalysis/lensTitles';
import { profileValuesAt } from '../../goanalysis/profileHook';
import type { LensService } from './lensService';
import { resolveUnknownWithGopls } from './goplsType';
import { type BuildSettings, buildSettingsOf } from '../../goanalysis/lensOptions';
import type { MapSite } from '../../maps/model';

/** Settings as the providers read them. */
export function lensSettings(): { enabled: boolean; goVersion: string; build: BuildSettings } {
  const c = vscode.workspace.getConfiguration('heaplens');
  // The Go extension's build settings, when it is installed: the analysis answers for that build.
  const go = vscode.workspace.getConfiguration('go');
  return {
    enabled: c.get<boolean>('lens.enabled', true),
    goVersion: c.get<string>('goVersion', ''),
    build: buildSettingsOf(go.get('buildTags'), go.get('toolsEnvVars'), c.get('goPath')),
  };
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
    const maps = this.service.profile?.mapSitesForFile?.(doc.uri.fsPath) ?? [];
    return calls.flatMap((c) => lensesFor(c, values, sample, maps));
  }
}

const COMMANDS = { explain: 'heaplens.explainClear', simulate: 'heaplens.simulateClear' } as const;

function lensesFor(
  c: ClearCall,
  values: Map<number, number> | undefined,
  sample: { name: string; unit: string } | undefined,
  maps: readonly MapSite[],
): vscode.CodeLens[] {
  const range = toRange(c.clearSpan);
  // Only map and slice calls have lenses with a command.
  const arg: ClearCommandArg = {
    kind: c.kind === 'slice' ? 'slice' : 'map',
    type: c.type ?? '',
    argument: c.argument,
    goVersion: c.goVersion,
    engineType: c.engineType,
  };
  return lensTitles(c, profileValuesAt(values, c.allocLines), sample, maps).map(
    ({ title, command }) =>
      new vscode.CodeLens(range, command ? { title, command: COMMANDS[command], arguments: [arg] } : { title, command: '', arguments: [] }),
  );
}
