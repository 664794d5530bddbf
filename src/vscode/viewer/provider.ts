// The profile custom editor: one ProfilePanel per tab (load, decode worker, relay), and which
// tab is in front: its values annotate Go files, and the viewer's commands act on it.
import * as vscode from 'vscode';
import * as path from 'path';
import { setActiveProfile } from '../../profile/activeProfile';
import { profileHtml } from './html';
import { ProfilePanel } from './panel';
import { warmSourceLookup } from './sourceResolver';
import { rememberProfile } from './compare';

/** A read-only profile document: the viewer never writes to the file. */
class ProfileDocument implements vscode.CustomDocument {
  constructor(readonly uri: vscode.Uri) {}
  dispose(): void {}
}

/** CustomReadonlyEditorProvider for heaplens.profile (default) and heaplens.profile.optional. */
export class ProfileEditorProvider implements vscode.CustomReadonlyEditorProvider<ProfileDocument> {
  static readonly viewType = 'heaplens.profile';
  static readonly optionalViewType = 'heaplens.profile.optional';
  private readonly panels = new Set<ProfilePanel>();
  /** The panel the user looked at last, whose values annotate Go files. */
  private active: ProfilePanel | undefined;

  constructor(private readonly context: vscode.ExtensionContext) {}

  openCustomDocument(uri: vscode.Uri): ProfileDocument {
    return new ProfileDocument(uri);
  }

  resolveCustomEditor(document: ProfileDocument, panel: vscode.WebviewPanel): void {
    const ext = this.context.extensionUri;
    const webview = panel.webview;
    webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(ext, 'dist')],
    };
    webview.html = profileHtml(webview, ext, vscode.Uri.joinPath);
    warmSourceLookup();
    const p = new ProfilePanel(document.uri, panel, path.join(ext.fsPath, 'dist'), {
      // After the first paint (or new settings), not during it: the worker answers in order.
      painted: (q) => q.panel.active && this.activate(q),
      disposed: (q) => {
        this.panels.delete(q);
        if (this.active === q) {
          this.active = undefined;
          setActiveProfile(undefined);
        }
      },
    });
    this.panels.add(p);
    rememberProfile(this.context, document.uri);
    panel.onDidChangeViewState((e) => e.webviewPanel.active && p.load.status.phase === 'ready' && this.activate(p));
  }

  /** The profiles open in tabs, for "Compare With…". */
  openProfiles(): vscode.Uri[] {
    return [...this.panels].map((p) => p.uri);
  }

  /** The profile tab in front (of `uri`, when given); else the last one in front showing `uri`. */
  current(uri?: vscode.Uri): ProfilePanel | undefined {
    const shows = (p: ProfilePanel) => !uri || p.uri.toString() === uri.toString();
    const all = [...this.panels];
    return all.find((p) => p.panel.active && shows(p)) ?? (this.active && shows(this.active) ? this.active : undefined);
  }

  /** Makes `p` the annotating profile and sends its per-line values to annotations and the clear( lens. */
  private async activate(p: ProfilePanel): Promise<void> {
    this.active = p;
    const values = await p.lineValues().catch(() => undefined);
    if (!values || this.active !== p) return;
    setActiveProfile({ profileFile: p.file, values });
    // The map sites come after (the parser reads the source): the clear( lens says what they hold.
    const maps = await p.maps.get().catch(() => undefined);
    if (maps?.sites.length && this.active === p && !values.base) setActiveProfile({ profileFile: p.file, values, maps: maps.sites });
  }
}
