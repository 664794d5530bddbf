// Where captures are saved: the heaplens.capture.folder setting, else .heaplens/ in the first
// workspace folder, else the extension's global storage.
import * as vscode from 'vscode';
import { promises as fs } from 'fs';
import * as path from 'path';

/** The capture folder (created, with a .gitignore when it is the default .heaplens/). */
export async function captureFolder(context: vscode.ExtensionContext): Promise<string> {
  const setting = vscode.workspace.getConfiguration('heaplens.capture').get<string>('folder', '').trim();
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  const local = root?.scheme === 'file' ? root.fsPath : undefined;
  let dir: string;
  if (setting) {
    const expanded = setting.replace(/^~(?=$|[\\/])/, process.env.HOME ?? '~');
    if (path.isAbsolute(expanded)) dir = expanded;
    else if (local) dir = path.join(local, expanded);
    else dir = path.join(context.globalStorageUri.fsPath, expanded);
  } else {
    dir = local ? path.join(local, '.heaplens') : path.join(context.globalStorageUri.fsPath, 'captures');
  }
  await fs.mkdir(dir, { recursive: true });
  // Captures are the program's memory, not source: keep them out of commits unless asked.
  if (!setting && local) await fs.writeFile(path.join(dir, '.gitignore'), '*\n', { flag: 'wx' }).catch(() => undefined);
  return dir;
}
