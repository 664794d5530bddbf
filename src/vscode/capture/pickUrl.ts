// The URL and kind prompts: a quick pick over the URL history (the default endpoint always there),
// then the profile kind, and the seconds for a CPU profile.
import * as vscode from 'vscode';
import { PROFILE_KINDS, resolveCaptureUrl, withKind, type ProfileKind } from '../../capture';
import { oneLine } from '../../shared/errors';

export const DEFAULT_URL = 'http://localhost:6060/debug/pprof/heap';
const HISTORY = 'heaplens.capture.history';
const HISTORY_SIZE = 10;

interface UrlItem extends vscode.QuickPickItem {
  url: string;
}

/** Asks for the endpoint; resolves to its URL or undefined when dismissed. */
export async function pickUrl(context: vscode.ExtensionContext, title: string): Promise<URL | undefined> {
  const history = context.globalState.get<string[]>(HISTORY, []);
  const known = [...new Set([...history, DEFAULT_URL])];
  const qp = vscode.window.createQuickPick<UrlItem>();
  qp.title = title;
  qp.placeholder = 'A Go program’s /debug/pprof URL, or host:port';
  qp.ignoreFocusOut = true;
  const listed = known.map((url) => ({ label: url, url, description: url === DEFAULT_URL ? 'default' : 'recent' }));
  const refresh = () => {
    const typed = qp.value.trim();
    let typedItem: UrlItem[] = [];
    if (typed && !known.includes(typed)) {
      try {
        const url = resolveCaptureUrl(typed).toString();
        typedItem = [{ label: typed, url, description: url === typed ? '' : url, alwaysShow: true }];
      } catch (err) {
        // Shown in place of the URL it is not; accepting it does nothing.
        typedItem = [{ label: typed, url: '', description: oneLine(err).replace(`${typed}: `, ''), alwaysShow: true }];
      }
    }
    qp.items = [...typedItem, ...listed];
  };
  refresh();
  qp.onDidChangeValue(refresh);
  const picked = await new Promise<string | undefined>((resolve) => {
    qp.onDidAccept(() => {
      const item = qp.selectedItems[0] ?? qp.activeItems[0];
      if (!item?.url) return;
      resolve(item.url);
      qp.hide();
    });
    qp.onDidHide(() => resolve(undefined));
    qp.show();
  });
  qp.dispose();
  if (!picked) return undefined;
  const url = resolveCaptureUrl(picked);
  await context.globalState.update(HISTORY, [picked, ...history.filter((h) => h !== picked)].slice(0, HISTORY_SIZE));
  return url;
}

const KIND_TEXT: Record<ProfileKind, { label: string; detail: string }> = {
  heap: { label: 'heap', detail: 'memory in use and allocated (sampled), as of the last GC' },
  allocs: { label: 'allocs', detail: 'the same samples, allocations shown first' },
  goroutine: { label: 'goroutine', detail: 'stacks of all goroutines now' },
  mutex: { label: 'mutex', detail: 'holders of contended mutexes (needs runtime.SetMutexProfileFraction)' },
  block: { label: 'block', detail: 'where goroutines block (needs runtime.SetBlockProfileRate)' },
  profile: { label: 'CPU', detail: 'a CPU profile over some seconds' },
};

/** Asks for the profile kind (the URL's own first), and the seconds for CPU; undefined when dismissed. */
export async function pickKind(url: URL): Promise<URL | undefined> {
  const own = url.pathname.split('/').pop() as ProfileKind;
  if (!PROFILE_KINDS.includes(own)) return url;
  const order = [own, ...PROFILE_KINDS.filter((k) => k !== own)];
  const items = order.map((kind) => ({ ...KIND_TEXT[kind], profileKind: kind, description: kind === own ? 'from the URL' : `/debug/pprof/${kind}` }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Profile kind', placeHolder: 'Which profile to capture', ignoreFocusOut: true });
  if (!picked) return undefined;
  if (picked.profileKind !== 'profile') return withKind(url, picked.profileKind, undefined);
  const seconds = await vscode.window.showInputBox({
    title: 'CPU profile',
    prompt: 'Seconds to profile the CPU for',
    value: String(Number(url.searchParams.get('seconds')) || 10),
    ignoreFocusOut: true,
    validateInput: (v) => (/^\d+$/.test(v.trim()) && Number(v) >= 1 && Number(v) <= 3600 ? undefined : 'A whole number of seconds, 1 to 3600'),
  });
  if (seconds === undefined) return undefined;
  return withKind(url, 'profile', Number(seconds.trim()));
}
