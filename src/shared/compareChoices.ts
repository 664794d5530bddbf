// The "Compare With…" picker's choices, apart from VS Code so they can be tested: the other
// profiles open in tabs, then recently opened ones, newest first, each once, never the profile
// itself; "Stop Comparing" while it is compared. No Node, no DOM, no vscode.

/** One entry of the picker. */
export type CompareChoice = { kind: 'browse' } | { kind: 'stop'; base: string } | { kind: 'profile'; uri: string; open: boolean };

/** Recently opened profiles kept for the picker. */
export const RECENT_LIMIT = 10;

/** `uri` first in the recent list, once, at most RECENT_LIMIT entries. */
export function withRecent(recent: readonly string[], uri: string): string[] {
  return [uri, ...recent.filter((u) => u !== uri)].slice(0, RECENT_LIMIT);
}

/** The picker's entries for the profile `self` (URIs as strings), comparing with `base` or none. */
export function compareChoices(self: string, openTabs: readonly string[], recent: readonly string[], base: string | undefined): CompareChoice[] {
  const out: CompareChoice[] = [];
  if (base !== undefined) out.push({ kind: 'stop', base });
  const seen = new Set([self]);
  for (const uri of openTabs) {
    if (seen.has(uri)) continue;
    seen.add(uri);
    out.push({ kind: 'profile', uri, open: true });
  }
  for (const uri of recent) {
    if (seen.has(uri)) continue;
    seen.add(uri);
    out.push({ kind: 'profile', uri, open: false });
  }
  out.push({ kind: 'browse' });
  return out;
}
