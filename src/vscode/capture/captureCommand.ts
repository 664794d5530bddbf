// "HeapLens: Capture Profile…": URL, kind, the safety questions, the fetch with progress and
// Cancel, a check in the decode worker, then the file in the capture folder opens in the viewer.
import * as vscode from 'vscode';
import * as path from 'path';
import { CaptureError, defaultFileName, fetchProfile, freeName, profileName, urlSeconds, writeCapture } from '../../capture';
import { oneLine } from '../../shared/errors';
import { WorkerClient } from '../../workers/decodeClient';
import { captureFolder } from './folder';
import { pickKind, pickUrl } from './pickUrl';
import { mayFetch } from './safety';

/** The fetch deadline before the profile's own seconds (heaplens.capture.timeoutSeconds). */
export function timeoutSeconds(): number {
  const s = vscode.workspace.getConfiguration('heaplens.capture').get<number>('timeoutSeconds', 30);
  return Number.isFinite(s) && s >= 1 ? s : 30;
}

/** Decodes `bytes` in a decode worker (off this thread) and throws a CaptureError if they are no profile. */
export async function checkInWorker(context: vscode.ExtensionContext, url: string, bytes: Uint8Array, signal: AbortSignal): Promise<void> {
  const client = new WorkerClient(path.join(context.extensionUri.fsPath, 'dist'));
  try {
    // A copy: the worker takes the buffer it is given.
    await client.open('capture', new Uint8Array(bytes), { signal });
  } catch (err) {
    if (signal.aborted) throw new CaptureError(url, 'cancelled', 'cancelled');
    throw new CaptureError(url, 'not-profile', `the server sent data that is not a pprof profile (${oneLine(err)})`);
  } finally {
    client.dispose();
  }
}

/** The command: resolves when the capture is open, or when the user stopped at any step. */
export async function captureCommand(context: vscode.ExtensionContext): Promise<void> {
  const base = await pickUrl(context, 'HeapLens: Capture Profile');
  if (!base) return;
  const url = await pickKind(base);
  if (!url || !(await mayFetch(context, url))) return;
  const folder = await captureFolder(context);
  const seconds = urlSeconds(url);
  let file: string | undefined;
  try {
    file = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, cancellable: true, title: `HeapLens: capturing ${profileName(url)} from ${url.host}` },
      async (progress, token) => {
        const ac = new AbortController();
        token.onCancellationRequested(() => ac.abort());
        const started = Date.now();
        const timer = seconds
          ? setInterval(() => progress.report({ message: `${Math.min(seconds, Math.round((Date.now() - started) / 1000))} of ${seconds} s` }), 1000)
          : undefined;
        try {
          const fetched = await fetchProfile(url, { timeoutMs: (timeoutSeconds() + seconds) * 1000, signal: ac.signal });
          clearInterval(timer);
          progress.report({ message: 'checking the profile' });
          // Text heap profiles (?debug=1) are checked too: the decoder reads them.
          await checkInWorker(context, fetched.url, fetched.bytes, ac.signal);
          const target = await freeName(folder, defaultFileName(url, new Date()));
          await writeCapture(target, fetched.bytes);
          return target;
        } finally {
          clearInterval(timer);
        }
      },
    );
  } catch (err) {
    if (err instanceof CaptureError && err.kind === 'cancelled') return;
    throw err;
  }
  await vscode.commands.executeCommand('vscode.openWith', vscode.Uri.file(file), 'heaplens.profile');
}
