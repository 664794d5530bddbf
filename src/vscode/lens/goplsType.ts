import * as vscode from 'vscode';
import type { ClearCall } from '../../goanalysis/analysis';
import { summary } from '../../goanalysis/facts';

/**
 * Asks gopls (through the Go extension's providers) what the argument of an unresolved clear is:
 * its hover names the type; when that is a named type, its type definition holds the underlying one.
 * Returns undefined when the Go extension is not active or gopls does not say map or slice.
 */
export async function typeFromGopls(uri: vscode.Uri, call: ClearCall, token?: vscode.CancellationToken): Promise<{ kind: 'map' | 'slice'; type: string } | undefined> {
  if (!vscode.extensions.getExtension('golang.go')?.isActive) return undefined;
  // The last character of the argument: on `r.Header` that is the field, not the variable.
  const at = new vscode.Position(call.argSpan.endLine, Math.max(0, call.argSpan.endColumn - 1));
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
  if (token?.isCancellationRequested) return undefined;
  const typeText = hovers?.flatMap((h) => h.contents).map(hoverText).map(declaredType).find((t) => t);
  const direct = typeText && classify(typeText);
  if (direct) return direct;
  const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeTypeDefinitionProvider', uri, at);
  const def = defs?.[0];
  if (!def || token?.isCancellationRequested) return undefined;
  const target = 'targetUri' in def ? { uri: def.targetUri, line: def.targetRange.start.line } : { uri: def.uri, line: def.range.start.line };
  const doc = await vscode.workspace.openTextDocument(target.uri);
  const m = /^\s*(?:type\s+)?[A-Za-z_]\w*(?:\[[^\]]*\])?\s+(?:=\s*)?(.+?)\s*(?:\/\/.*)?$/.exec(doc.lineAt(target.line).text);
  return m ? classify(m[1]) : undefined;
}

/**
 * Upgrades calls our analysis left `unknown` with gopls's answer, in place (so the cached result
 * keeps it); only when the Go extension is active. Quick fixes stay off: we do not know the holders.
 */
export async function resolveUnknownWithGopls(uri: vscode.Uri, calls: ClearCall[], token?: vscode.CancellationToken): Promise<void> {
  for (const call of calls) {
    if (call.kind !== 'unknown' || call.via === 'gopls-none' || token?.isCancellationRequested) continue;
    const found = await typeFromGopls(uri, call, token).catch(() => undefined);
    if (found) Object.assign(call, { kind: found.kind, type: found.type, spelledType: found.type, engineType: found.kind === 'map' ? found.type : undefined, retains: true, summary: summary(found.kind, call.goVersion), releasable: false, via: 'gopls' });
    else if (vscode.extensions.getExtension('golang.go')?.isActive) call.via = 'gopls-none';
  }
}

function hoverText(c: vscode.MarkdownString | vscode.MarkedString): string {
  return typeof c === 'string' ? c : 'value' in c ? c.value : '';
}

/** The type in gopls's first code line: `var h http.Header`, `field Header http.Header`, `h http.Header`. */
export function declaredType(markdown: string): string | undefined {
  const block = /```go\n([^\n]+)/.exec(markdown)?.[1] ?? markdown.split('\n')[0];
  const m = /^(?:var|field|const|param(?:eter)?)?\s*[A-Za-z_]\w*\s+(.+)$/.exec(block.trim());
  return m?.[1];
}

function classify(t: string): { kind: 'map' | 'slice'; type: string } | undefined {
  if (t.startsWith('map[')) return { kind: 'map', type: t };
  if (t.startsWith('[]')) return { kind: 'slice', type: t };
  return undefined;
}
