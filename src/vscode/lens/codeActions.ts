import * as vscode from 'vscode';
import type { LensService } from './lensService';
import { lensSettings, toRange } from './codeLens';
import { releaseFixes } from '../../goanalysis/quickFixes';

/** Quick fixes on a clear call: give the memory back by assigning make(...) or nil. */
export class ClearCodeActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly service: LensService) {}

  async provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection): Promise<vscode.CodeAction[]> {
    const calls = await this.service.analyze(doc, lensSettings()).catch(() => []);
    const out: vscode.CodeAction[] = [];
    for (const call of calls) {
      if (!toRange(call.callSpan).intersection(range)) continue;
      for (const fix of releaseFixes(call, doc.lineAt(call.callSpan.startLine).text)) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        for (const e of fix.edits) action.edit.replace(doc.uri, toRange(e.span), e.newText);
        action.isPreferred = fix.preferred;
        out.push(action);
      }
    }
    return out;
  }
}
