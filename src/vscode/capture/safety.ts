// Before anything is fetched: an untrusted workspace asks each time, a host other than this
// machine is confirmed once (remembered), and only http and https ever reach the fetch.
import * as vscode from 'vscode';
import { isLoopbackHost } from '../../capture';

const CONFIRMED_HOSTS = 'heaplens.capture.confirmedHosts';

/** True when the user agrees to fetch `url` (or nothing needs asking). */
export async function mayFetch(context: vscode.ExtensionContext, url: URL): Promise<boolean> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (!vscode.workspace.isTrusted) {
    const go = 'Fetch';
    const answer = await vscode.window.showWarningMessage(
      `This workspace is not trusted. Fetch a profile from ${url.host}?`,
      { modal: true, detail: 'HeapLens fetches only the URL shown and saves the answer as a profile file.' },
      go,
    );
    if (answer !== go) return false;
  }
  if (isLoopbackHost(url.hostname)) return true;
  const host = url.hostname.toLowerCase();
  const confirmed = context.globalState.get<string[]>(CONFIRMED_HOSTS, []);
  if (confirmed.includes(host)) return true;
  const go = `Fetch from ${host}`;
  const answer = await vscode.window.showWarningMessage(
    `${host} is not this machine. Fetch a profile from it?`,
    {
      modal: true,
      detail: `HeapLens will fetch ${url.toString()} now and, when you agree, from ${host} again later without asking. A profile shows that program's function names and memory.`,
    },
    go,
  );
  if (answer !== go) return false;
  await context.globalState.update(CONFIRMED_HOSTS, [...confirmed, host]);
  return true;
}
