// What the profile webview keeps across hiding its tab (VS Code's getState/setState), with a
// version: an older state is migrated, an unknown or damaged one dropped field by field. Pure.
import type { Filters, Granularity, ViewSettings } from '../../src/shared/protocol/profileView';

/** The views, as tabs. */
export type Tab = 'top' | 'tree' | 'flame' | 'sandwich' | 'maps';
/** Columns the top table sorts by. */
export type TopSort = 'flat' | 'cum' | 'name';

/** The version setState writes now. */
export const STATE_VERSION = 1;

/** The saved state, version 1. */
export interface SavedState {
  version: typeof STATE_VERSION;
  /** The settings last shown; the worker applies them again on restore. */
  settings?: ViewSettings;
  tab: Tab;
  sort: TopSort;
  desc: boolean;
  search: string;
  /** Flame graph zoom root and sandwich function: valid for `settings` only. */
  flameRoot: number;
  sandwichKey: number;
}

const tabs: readonly Tab[] = ['top', 'tree', 'flame', 'sandwich', 'maps'];
const sorts: readonly TopSort[] = ['flat', 'cum', 'name'];
const granularities: readonly Granularity[] = ['functions', 'lines'];

/** The state of a tab never seen before. */
export function freshState(): SavedState {
  return { version: STATE_VERSION, tab: 'top', sort: 'flat', desc: true, search: '', flameRoot: 0, sandwichKey: -1 };
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(v as T) ? (v as T) : fallback;
}

function settingsOf(v: unknown): ViewSettings | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const s = v as Partial<Record<keyof ViewSettings, unknown>>;
  const f = (typeof s.filters === 'object' && s.filters !== null ? s.filters : {}) as Partial<Record<keyof Filters, unknown>>;
  const text = (x: unknown) => (typeof x === 'string' ? x : undefined);
  const focus = text(f.focus),
    ignore = text(f.ignore),
    hide = text(f.hide);
  if (!(Number.isInteger(s.sampleIndex) && (s.sampleIndex as number) >= 0)) return undefined;
  if (!granularities.includes(s.granularity as Granularity) || focus === undefined || ignore === undefined || hide === undefined) return undefined;
  return { sampleIndex: s.sampleIndex as number, granularity: s.granularity as Granularity, filters: { focus, ignore, hide } };
}

/** The fields every version has had, each checked: a wrong one falls back alone. */
function common(raw: Record<string, unknown>): Omit<SavedState, 'flameRoot' | 'sandwichKey'> {
  const d = freshState();
  const settings = settingsOf(raw.settings);
  return {
    version: STATE_VERSION,
    ...(settings ? { settings } : {}),
    tab: oneOf(raw.tab, tabs, d.tab),
    sort: oneOf(raw.sort, sorts, d.sort),
    desc: typeof raw.desc === 'boolean' ? raw.desc : d.desc,
    search: typeof raw.search === 'string' ? raw.search : d.search,
  };
}

/**
 * The state to start from, whatever getState returned: version 1 as saved (fields checked);
 * the unversioned state of before (its zoom and sandwich were tied to a worker's generation
 * counter, so they start over); anything else, a fresh state.
 */
export function restoreState(raw: unknown): SavedState {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return freshState();
  const r = raw as Record<string, unknown>;
  if (r.version === STATE_VERSION) {
    const index = (v: unknown, fallback: number, min: number) => (Number.isInteger(v) && (v as number) >= min ? (v as number) : fallback);
    return { ...common(r), flameRoot: index(r.flameRoot, 0, 0), sandwichKey: index(r.sandwichKey, -1, -1) };
  }
  if (r.version === undefined && 'generation' in r) return { ...common(r), flameRoot: 0, sandwichKey: -1 };
  return freshState();
}
