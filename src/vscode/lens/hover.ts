import * as vscode from 'vscode';
import type { Estimates } from '../../goanalysis/estimates';
import { hoverMarkdown } from '../../goanalysis/hoverText';
import type { LensService } from './lensService';
import { profileValuesAt } from '../../goanalysis/profileHook';
import { lensSettings, toRange } from './codeLens';
import { resolveUnknownWithGopls } from './goplsType';

/** How long a hover waits for the engine before showing the rest (the figures come on the next hover). */
const ESTIMATE_WAIT_MS = 2500;

/** The hover on `clear`: facts for the Go version, engine figures, profile bytes. */
export class ClearHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: LensService) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const range = doc.getWordRangeAtPosition(pos);
    if (!range || doc.getText(range) !== 'clear') return undefined;
    const calls = await this.service.analyze(doc, lensSettings()).catch(() => []);
    const call = calls.find((c) => toRange(c.clearSpan).contains(pos));
    if (!call || token.isCancellationRequested) return undefined;
    // Our syntax-only analysis gave up; gopls knows types from other packages.
    if (call.kind === 'unknown') await resolveUnknownWithGopls(doc.uri, [call], token);
    let estimates: Estimates | undefined;
    if (call.kind === 'map') {
      estimates = await this.service.estimates.get(call.engineType, call.goVersion, ESTIMATE_WAIT_MS);
    }
    if (token.isCancellationRequested) return undefined;
    const values = this.service.profile?.valuesForFile(doc.uri.fsPath);
    const maps = this.service.profile?.mapSitesForFile?.(doc.uri.fsPath) ?? [];
    const md = new vscode.MarkdownString(hoverMarkdown(call, estimates, profileValuesAt(values, call.allocLines), this.service.profile?.sampleType(), maps));
    md.isTrusted = false;
    md.supportHtml = false;
    return new vscode.Hover(md, toRange(call.clearSpan));
  }
}
