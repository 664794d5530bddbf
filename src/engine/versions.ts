// Which runtime mechanism each Go version has (see the spec's go-map-facts.md).
import { InputError } from '../shared/errors';
import { goMinor, NEWEST_GO, SUPPORTED_GO_VERSIONS, type MapImpl } from '../shared/goVersion';
import type { AllocRules } from './alloc';

export { SUPPORTED_GO_VERSIONS, type MapImpl };

/** The newest supported version (the CLI default). */
export const DEFAULT_GO_VERSION = NEWEST_GO;

/** Everything version-dependent the simulation needs. */
export interface VersionRules extends AllocRules {
  go: string;
  impl: MapImpl;
  /** Classic load factor numerator over 2: 13 (6.5 per bucket); Go 1.21 computes (8*13/16)*2 = 12 in integers. */
  classicLoadNum: number;
  /** Swiss tables prune tombstones before growing (1.25+). */
  pruneTombstones: boolean;
}

/** The minor number of "1.X" (accepts "go1.X" and "1.X.Y"); throws InputError when the engine does not simulate it. */
export function supportedMinor(go: string): number {
  const minor = /^(?:go)?1\.\d+(?:\.\d+)?$/.test(go.trim()) ? goMinor(go) : undefined;
  if (minor === undefined || !(SUPPORTED_GO_VERSIONS as readonly string[]).includes(`1.${minor}`)) {
    throw new InputError(`unsupported Go version '${go}' (supported: ${SUPPORTED_GO_VERSIONS.join(', ')})`);
  }
  return minor;
}

/** Classic hmap up to Go 1.23, Swiss tables from 1.24. */
export function implForGo(go: string): MapImpl {
  return supportedMinor(go) >= 24 ? 'swiss' : 'classic';
}

/** The runtime rules of a Go version. */
export function versionRules(go: string): VersionRules {
  const minor = supportedMinor(go);
  return {
    go: `1.${minor}`,
    impl: minor >= 24 ? 'swiss' : 'classic',
    mallocHeaders: minor >= 22,
    pruneTombstones: minor >= 25,
    classicLoadNum: minor === 21 ? 12 : 13,
  };
}
