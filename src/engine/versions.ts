// Which runtime mechanism each Go version has (see shared/spec/go-map-facts.md).
import { InputError } from '../shared/errors';
import type { AllocRules } from './alloc';

/** Go versions the engine simulates. */
export const SUPPORTED_GO_VERSIONS = ['1.19', '1.20', '1.21', '1.22', '1.23', '1.24', '1.25', '1.26'] as const;

/** The newest supported version (the CLI default). */
export const DEFAULT_GO_VERSION = '1.26';

/** Map implementation of a Go version. */
export type MapImpl = 'classic' | 'swiss';

/** Everything version-dependent the simulation needs. */
export interface VersionRules extends AllocRules {
  go: string;
  impl: MapImpl;
  /** Classic load factor numerator over 2: 13 (6.5 per bucket); Go 1.21 computes (8*13/16)*2 = 12 in integers. */
  classicLoadNum: number;
  /** Swiss tables prune tombstones before growing (1.25+). */
  pruneTombstones: boolean;
}

/** The minor number of "1.X" (accepts "go1.X" and "1.X.Y"); throws InputError when unsupported. */
export function goMinor(go: string): number {
  const m = /^(?:go)?1\.(\d+)(?:\.\d+)?$/.exec(go.trim());
  const minor = m ? Number(m[1]) : NaN;
  if (!(minor >= 19 && minor <= 26)) throw new InputError(`unsupported Go version '${go}' (supported: ${SUPPORTED_GO_VERSIONS.join(', ')})`);
  return minor;
}

/** Classic hmap up to Go 1.23, Swiss tables from 1.24. */
export function implForGo(go: string): MapImpl {
  return goMinor(go) >= 24 ? 'swiss' : 'classic';
}

/** The runtime rules of a Go version. */
export function versionRules(go: string): VersionRules {
  const minor = goMinor(go);
  return { go: `1.${minor}`, impl: minor >= 24 ? 'swiss' : 'classic', mallocHeaders: minor >= 22, pruneTombstones: minor >= 25, classicLoadNum: minor === 21 ? 12 : 13 };
}
