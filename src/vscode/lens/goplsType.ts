import * as vscode from 'vscode';
import type { ClearCall } from '../../goanalysis/analysis';
import { type GoplsType, definedType, mapOrSlice, typeFromHovers, withGoplsType } from '../../goanalysis/goplsHover';

const goExtensionActive = (): boolean => vscode.extensions.getExtension('golang.go')?.isActive === true;

/**
 * Asks gopls (through the Go extension's providers) what the argument of an unresolved clear is:
 * its hover names the type; when that is a named type, its type definition holds the underlying one.
 * Returns undefined when the Go extension is not active or gopls does not say map or slice.
 */
export async function typeFromGopls(uri: vscode.Uri, call: ClearCall, token?: vscode.CancellationToken): Promise<GoplsType | undefined> {
  if (!goExtensionActive()) return undefined;
  // The last character of the argument: on `r.Header` that is the field, not the variable.
  const at = new vscode.Position(call.argSpan.endLine, Math.max(0, call.argSpan.endColumn - 1));
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
  if (token?.isCancellationRequested) return undefined;
  const direct = typeFromHovers(hovers?.flatMap((h) => h.contents).map(hoverText) ?? []);
  if (direct) return direct;
  const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeTypeDefinitionProvider', uri, at);
  const def = defs?.[0];
  if (!def || token?.isCancellationRequested) return undefined;
  const target = 'targetUri' in def ? { uri: def.targetUri, line: def.targetRange.start.line } : { uri: def.uri, line: def.range.start.line };
  const doc = await vscode.workspace.openTextDocument(target.uri);
  return mapOrSlice(definedType(doc.lineAt(target.line).text));
}

/**
 * Upgrades calls our analysis left `unknown` with gopls's answer, in place (so the cached result
 * keeps it); only when the Go extension is active.
 */
export async function resolveUnknownWithGopls(uri: vscode.Uri, calls: ClearCall[], token?: vscode.CancellationToken): Promise<void> {
  for (const call of calls) {
    if (call.kind !== 'unknown' || call.via === 'gopls-none' || token?.isCancellationRequested) continue;
    const found = await typeFromGopls(uri, call, token).catch(() => undefined);
    if (found) Object.assign(call, withGoplsType(call, found));
    else if (goExtensionActive()) call.via = 'gopls-none';
  }
}

function hoverText(c: vscode.MarkdownString | vscode.MarkedString): string {
  return typeof c === 'string' ? c : 'value' in c ? c.value : '';
}
