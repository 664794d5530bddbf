// Per-line heat in Go editors from the active profile: a background whose strength follows the
// line's share of the total, the value after the line, and an optional code lens.
import * as vscode from 'vscode';
import { formatPercent, formatValue } from '../../shared/format';
import { heatLevel, HEAT_LEVELS as LEVELS } from '../../profile/heat';
import { getActiveProfile, onDidChangeActiveProfile, setActiveProfile, valuesForFile } from '../../profile/activeProfile';

/** The context key that shows "Clear Profile Annotations" (package.json `when` clauses) only when there are some. */
export const HAS_ANNOTATIONS = 'heaplens.hasAnnotations';

/** Decorations and lenses for Go files; disposed with the extension. */
export class ProfileAnnotations implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly types: vscode.TextEditorDecorationType[];
  /** In a comparison: the same levels for lines whose value shrank (green, as pprof's diffs). */
  private readonly shrinkTypes: vscode.TextEditorDecorationType[];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly lensChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.lensChanged.event;
  private hidden = false;
  private shown = false;

  constructor() {
    // Alpha steps over one hue read in light, dark and high-contrast themes; the overview ruler
    // uses the theme's own colour.
    this.types = Array.from({ length: LEVELS }, (_, i) =>
      vscode.window.createTextEditorDecorationType({
        isWholeLine: true,
        backgroundColor: `rgba(255, 96, 32, ${(0.06 + i * 0.07).toFixed(2)})`,
        overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.warningForeground'),
        overviewRulerLane: vscode.OverviewRulerLane.Right,
        after: { color: new vscode.ThemeColor('editorCodeLens.foreground'), margin: '0 0 0 2em' },
      }),
    );
    this.shrinkTypes = Array.from({ length: LEVELS }, (_, i) =>
      vscode.window.createTextEditorDecorationType({
        isWholeLine: true,
        backgroundColor: `rgba(40, 170, 80, ${(0.06 + i * 0.07).toFixed(2)})`,
        overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.infoForeground'),
        overviewRulerLane: vscode.OverviewRulerLane.Right,
        after: { color: new vscode.ThemeColor('editorCodeLens.foreground'), margin: '0 0 0 2em' },
      }),
    );
    this.disposables.push(
      ...this.types,
      ...this.shrinkTypes,
      onDidChangeActiveProfile(() => {
        this.hidden = false;
        this.refresh();
      }),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refresh()),
      vscode.languages.registerCodeLensProvider({ language: 'go' }, this),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('heaplens.annotations') && this.lensChanged.fire()),
      this.lensChanged,
    );
  }

  /** Removes all annotations until another profile becomes active. */
  clear(): void {
    this.hidden = true;
    setActiveProfile(undefined);
  }

  private refresh(): void {
    const p = this.hidden ? undefined : getActiveProfile();
    this.setShown(!!p && p.values.files.length > 0);
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.languageId !== 'go') continue;
      const values = p && valuesForFile(editor.document.uri.fsPath, p);
      const perLevel: vscode.DecorationOptions[][] = this.types.map(() => []);
      const shrinkLevel: vscode.DecorationOptions[][] = this.shrinkTypes.map(() => []);
      if (p && values) {
        const base = p.values.base;
        for (const [line, v] of values) {
          const lvl = heatLevel(v, p.values.total);
          if (lvl < 0 || line - 1 >= editor.document.lineCount) continue;
          const text = `${base && v > 0 ? '+' : ''}${formatValue(v, p.values.sampleType.unit)} ${p.values.sampleType.type} (${formatPercent(v, p.values.total)})`;
          (base && v < 0 ? shrinkLevel : perLevel)[lvl].push({
            range: new vscode.Range(line - 1, 0, line - 1, 0),
            hoverMessage: base ? `HeapLens: ${text} against ${base} in stacks through this line` : `HeapLens: ${text} in stacks through this line`,
            renderOptions: { after: { contentText: text } },
          });
        }
      }
      this.types.forEach((t, i) => editor.setDecorations(t, perLevel[i]));
      this.shrinkTypes.forEach((t, i) => editor.setDecorations(t, shrinkLevel[i]));
    }
    this.lensChanged.fire();
  }

  private setShown(shown: boolean): void {
    if (shown === this.shown) return;
    this.shown = shown;
    void vscode.commands.executeCommand('setContext', HAS_ANNOTATIONS, shown);
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    if (this.hidden || !vscode.workspace.getConfiguration('heaplens').get<boolean>('annotations.codeLens')) return [];
    const p = getActiveProfile();
    const values = p && valuesForFile(doc.uri.fsPath, p);
    if (!p || !values) return [];
    const lenses: vscode.CodeLens[] = [];
    for (const [line, v] of values) {
      if (line - 1 >= doc.lineCount || v === 0) continue;
      const sign = p.values.base && v > 0 ? '+' : '';
      const title = `${p.values.sampleType.type}${p.values.base ? ` vs ${p.values.base}` : ''}: ${sign}${formatValue(v, p.values.sampleType.unit)} (${formatPercent(v, p.values.total)})`;
      lenses.push(new vscode.CodeLens(new vscode.Range(line - 1, 0, line - 1, 0), { title, command: '' }));
    }
    return lenses;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
