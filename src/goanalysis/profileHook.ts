// The seam between the clear( lens and an open heap profile. The profile viewer publishes the
// active profile's per-line values (and its map sites) (src/profile/activeProfile.ts); src/vscode/lens/register.ts adapts it to this.

import type { MapSite } from '../maps/model';

/** Per-line values of the heap profile open in HeapLens, if any. */
export interface ProfileLineSource {
  /** 1-based line → value for a workspace file, or undefined when the profile has none for it. */
  valuesForFile(fsPath: string): Map<number, number> | undefined;
  /** The sample type's name and unit, e.g. inuse_space / bytes. */
  sampleType(): { name: string; unit: string } | undefined;
  /** The profile's Go map sites whose source is this file (none until they are known). */
  mapSitesForFile?(fsPath: string): MapSite[];
  /** Fires when a profile opens, closes or changes sample type. */
  onDidChange(listener: () => void): { dispose(): void };
}

/** The profile's value at each of `lines` that has one, in line order. */
export function profileValuesAt(values: Map<number, number> | undefined, lines: number[]): { line: number; value: number }[] {
  if (!values) return [];
  return [...new Set(lines)]
    .sort((a, b) => a - b)
    .filter((l) => values.has(l) && values.get(l) !== 0)
    .map((line) => ({ line, value: values.get(line)! }));
}
