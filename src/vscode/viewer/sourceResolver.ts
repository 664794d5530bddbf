// Jump from a profile frame to its source: absolute paths as they are, standard-library paths
// under a found GOROOT, everything else by trailing path segments against the workspace.
import * as vscode from 'vscode';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { bestSuffixMatch, gorootRelative, looksLikeGoroot } from '../../profile/pathMatch';

const byBasename = new Map<string, Promise<string[]>>();
let goroot: Promise<string | undefined> | undefined;

/** Forgets cached workspace lookups (files were created or deleted). */
export function clearSourceCache(): void {
  byBasename.clear();
}

function findGoroot(): Promise<string | undefined> {
  if (!goroot) {
    const configured = vscode.workspace.getConfiguration('heaplens').get<string>('goPath') || 'go';
    goroot = new Promise((resolve) => {
      execFile(configured, ['env', 'GOROOT'], { timeout: 10_000 }, (err, out) => resolve(err ? process.env.GOROOT || undefined : out.trim() || undefined));
    });
  }
  return goroot;
}

function workspaceFiles(base: string): Promise<string[]> {
  let p = byBasename.get(base);
  if (!p) {
    const glob = '**/' + base.replace(/[{}[\]*?]/g, '?');
    p = Promise.resolve(vscode.workspace.findFiles(glob, '**/node_modules/**', 200)).then((uris) => uris.map((u) => u.fsPath));
    byBasename.set(base, p);
  }
  return p;
}

/** Starts the GOROOT lookup early, so the first jump does not wait for `go env`. */
export function warmSourceLookup(): void {
  void findGoroot();
}

/** Finds the file for a profile path; undefined when nothing matches. */
export async function resolveSource(profilePath: string): Promise<vscode.Uri | undefined> {
  if (!profilePath) return undefined;
  if (path.isAbsolute(profilePath) && fs.existsSync(profilePath)) return vscode.Uri.file(profilePath);
  // The workspace first: a -trimpath module path ("fx/cmd/main.go") can look like a GOROOT one.
  // Direct joins under each folder (dropping leading module-path segments) cost no search.
  const segs = profilePath.replace(/\\/g, '/').split('/').filter(Boolean);
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    for (let i = 0; i <= segs.length - Math.min(2, segs.length); i++) {
      const p = path.join(folder.uri.fsPath, ...segs.slice(i));
      if (fs.existsSync(p)) return vscode.Uri.file(p);
    }
  }
  const match = bestSuffixMatch(profilePath, await workspaceFiles(path.posix.basename(profilePath.replace(/\\/g, '/'))));
  if (match) return vscode.Uri.file(match);
  if (looksLikeGoroot(profilePath)) {
    const root = await findGoroot();
    if (root) {
      const p = path.join(root, 'src', gorootRelative(profilePath));
      if (fs.existsSync(p)) return vscode.Uri.file(p);
    }
  }
  return undefined;
}

/** Opens a profile frame's source at its line, or says plainly that it was not found. */
export async function openSource(profilePath: string, line: number, name: string): Promise<void> {
  const uri = await resolveSource(profilePath);
  if (!uri) {
    void vscode.window.showWarningMessage(`HeapLens: source of ${name} not found: no file matching "${profilePath}" in the workspace or GOROOT.`);
    return;
  }
  const pos = new vscode.Position(Math.max(0, line - 1), 0);
  // The viewer's own group, as Go to Definition does: no layout change, the viewer a tab away.
  await vscode.window.showTextDocument(uri, { selection: new vscode.Range(pos, pos), preview: true });
}
