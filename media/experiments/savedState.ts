// What the experiment view keeps while hidden (the webview API's setState): the form as typed and
// the scroll position, under a version. State this build does not know (no version, another
// version, not an object) is dropped, and each known field is checked: a bad one never reaches
// the view. No DOM here, so tests run it in Node.
import type { Draft } from '../../src/experiments/form';

/** Bumped whenever SavedState changes shape; restoreState then migrates or drops older ones. */
export const SAVED_STATE_VERSION = 1;

export interface SavedState {
  version: typeof SAVED_STATE_VERSION;
  /** The form's text, when the user has touched it. */
  draft?: Draft;
  scrollY: number;
}

const DRAFT_FIELDS: readonly (keyof Draft)[] = ['scenario', 'type', 'n', 'hint', 'go', 'compareGo'];

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function restoreDraft(raw: unknown): Draft | undefined {
  if (!isRecord(raw) || !DRAFT_FIELDS.every((k) => typeof raw[k] === 'string')) return undefined;
  const d = {} as Draft;
  for (const k of DRAFT_FIELDS) d[k] = raw[k] as string;
  return d;
}

/** This build's state from whatever getState() returned, its fields checked; undefined when it is not this build's. */
export function restoreState(raw: unknown): SavedState | undefined {
  if (!isRecord(raw) || raw.version !== SAVED_STATE_VERSION) return undefined;
  const y = raw.scrollY;
  const draft = restoreDraft(raw.draft);
  return { version: SAVED_STATE_VERSION, ...(draft ? { draft } : {}), scrollY: typeof y === 'number' && Number.isFinite(y) && y > 0 ? y : 0 };
}
