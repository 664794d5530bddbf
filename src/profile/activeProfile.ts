// The open profile's per-(file, line) values, for annotations and for the clear( lens (which
// shows profile bytes at a make line). No vscode import: a plain event and a getter.
import type { LineValues } from '../shared/protocol/profileView';
import { sharedSuffix } from './pathMatch';
import type { MapSite } from '../maps/model';

/** The active profile's line values, with the profile's own path. */
export interface ActiveProfile {
  profileFile: string;
  values: LineValues;
  /** The profile's Go map sites at the same sample type, once known (for the clear( lens). */
  maps?: MapSite[];
}

type Listener = (p: ActiveProfile | undefined) => void;
const listeners = new Set<Listener>();
let current: ActiveProfile | undefined;

/** The profile whose values annotate Go files now, if any. */
export function getActiveProfile(): ActiveProfile | undefined {
  return current;
}

/** Subscribes to changes (vscode.Event-compatible: returns a disposable). */
export function onDidChangeActiveProfile(listener: Listener): { dispose(): void } {
  listeners.add(listener);
  return { dispose: () => listeners.delete(listener) };
}

/** Sets (or clears, with undefined) the active profile and tells subscribers. */
export function setActiveProfile(p: ActiveProfile | undefined): void {
  current = p;
  for (const l of listeners) l(p);
}

/**
 * Values for one workspace file: the profile's file paths are matched by trailing path
 * segments (profiles hold absolute, -trimpath module-relative, or GOROOT-relative paths).
 */
export function valuesForFile(fsPath: string, p: ActiveProfile | undefined = current): Map<number, number> | undefined {
  if (!p) return undefined;
  let best = -1,
    bestScore = 0;
  p.values.files.forEach((f, i) => {
    const segs = f.replace(/\\/g, '/').split('/').filter(Boolean).length;
    const score = sharedSuffix(f, fsPath);
    if (score >= Math.min(segs, 2) && score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  if (best < 0) return undefined;
  const m = new Map<number, number>();
  p.values.lines[best].forEach((l, j) => m.set(l, p.values.values[best][j]));
  return m;
}

/** The map sites whose source is this local file (the host found it as jump-to-source does). */
export function mapSitesForFile(fsPath: string, p: ActiveProfile | undefined = current): MapSite[] {
  return (p?.maps ?? []).filter((s) => s.sourcePath !== undefined && samePath(s.sourcePath, fsPath));
}

function samePath(a: string, b: string): boolean {
  const norm = (x: string) => x.replace(/\\/g, '/').replace(/\/+$/, '');
  return norm(a) === norm(b);
}
