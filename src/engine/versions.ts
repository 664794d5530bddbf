// Which runtime mechanism each Go version has (see the spec's go-map-facts.md).
import { InputError } from '../shared/errors';
import { GO_BUILDS, goMinor, mapImpl, NEWEST_GO, parseGoBuild, SUPPORTED_GO_VERSIONS, type MapImpl } from '../shared/goVersion';
import type { AllocRules } from './alloc';

export { GO_BUILDS, SUPPORTED_GO_VERSIONS, type MapImpl };

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
  /** Bytes of the classic hmap header. */
  hmapSize: number;
}

/** The minor number of a build ("1.X", "go1.X", "1.X.Y", "1.24-noswissmap"); throws InputError when the engine does not simulate it. */
export function supportedMinor(go: string): number {
  return goMinor(supportedBuild(go)) ?? 0;
}

/** The canonical name of a build the engine simulates ("1.24-noswissmap" for "1.24 (noswissmap)"); throws InputError otherwise. */
export function supportedBuild(go: string): string {
  const build = parseGoBuild(go);
  if (build === undefined || !GO_BUILDS.includes(build)) {
    throw new InputError(`unsupported Go version '${go}' (supported: ${GO_BUILDS.join(', ')})`);
  }
  return build;
}

/** Classic hmap up to Go 1.23 and with GOEXPERIMENT=noswissmap, Swiss tables from 1.24. */
export function implForGo(go: string): MapImpl {
  return mapImpl(supportedBuild(go));
}

/** The runtime rules of a Go build. */
export function versionRules(go: string): VersionRules {
  const build = supportedBuild(go);
  const minor = goMinor(build) ?? 0;
  const impl = mapImpl(build);
  return {
    go: build,
    impl,
    mallocHeaders: minor >= 22,
    pruneTombstones: minor >= 25,
    classicLoadNum: minor === 21 ? 12 : 13,
    // 1.24/1.25's classic map (map_noswiss.go) adds clearSeq to the hmap
    hmapSize: impl === 'classic' && minor >= 24 ? 56 : 48,
  };
}
