// Go versions in one place: which ones HeapLens knows, how a version string and go.mod's go
// line parse, which map implementation a version has, and the default. Pure.

/** The Go versions the engine simulates and the lens knows, oldest first. */
export const SUPPORTED_GO_VERSIONS = ['1.19', '1.20', '1.21', '1.22', '1.23', '1.24', '1.25', '1.26'] as const;

/**
 * Builds with a GOEXPERIMENT that changes maps: Go 1.24 and 1.25 built with
 * GOEXPERIMENT=noswissmap keep the classic hmap (56 bytes: it gains clearSeq). Written
 * "1.24-noswissmap"; shown as "1.24 (noswissmap)".
 */
export const NOSWISSMAP_GO_VERSIONS = ['1.24-noswissmap', '1.25-noswissmap'] as const;

/** Every Go build the engine simulates, oldest first, each experiment build after its version. */
export const GO_BUILDS: readonly string[] = SUPPORTED_GO_VERSIONS.flatMap((v) => [v, ...NOSWISSMAP_GO_VERSIONS.filter((b) => b.startsWith(`${v}-`))]);

/** True for a build with GOEXPERIMENT=noswissmap ("1.24-noswissmap"). */
export function isNoSwissMap(build: string): boolean {
  return /noswissmap/.test(build);
}

/**
 * The canonical build name of what a user typed: "1.24", "go1.24.3", "1.24-noswissmap",
 * "1.24 (noswissmap)", "1.24+noswissmap" or "1.24,GOEXPERIMENT=noswissmap"; undefined when it
 * names no Go version or another experiment.
 */
export function parseGoBuild(text: string): string | undefined {
  const m = /^\s*(?:go)?1\.(\d+)(?:\.\d+)?(?:\s*(?:[-+ ,]|\(|GOEXPERIMENT=)+\s*(noswissmap)\s*\)?)?\s*$/i.exec(text);
  if (!m) return undefined;
  return m[2] ? `1.${m[1]}-noswissmap` : `1.${m[1]}`;
}

/** How a build is shown: "1.24 (noswissmap)" for the experiment builds, else the version. */
export function goBuildLabel(build: string): string {
  return isNoSwissMap(build) ? `${build.replace(/-noswissmap$/, '')} (noswissmap)` : build;
}

/** The newest supported version: the default when neither a setting nor go.mod names one. */
export const NEWEST_GO: string = SUPPORTED_GO_VERSIONS[SUPPORTED_GO_VERSIONS.length - 1];

/** Which map implementation a Go version compiles maps to. */
export type MapImpl = 'classic' | 'swiss';

/** Minor version of `1.N`, `go1.N`, `1.N.P` or `1.Nrc1`; undefined when it does not parse. */
export function goMinor(version: string): number | undefined {
  const m = /^(?:go)?1\.(\d+)/.exec(version.trim());
  return m ? Number(m[1]) : undefined;
}

/** Classic hmap up to Go 1.23 and in noswissmap builds, Swiss tables from Go 1.24. */
export function mapImpl(version: string): MapImpl {
  return (goMinor(version) ?? 99) >= 24 && !isNoSwissMap(version) ? 'swiss' : 'classic';
}

/** True when this version's maps are Swiss tables (1.24 and later). */
export function isSwiss(version: string): boolean {
  return mapImpl(version) === 'swiss';
}

/** The `go` directive of a go.mod text as major.minor ("1.22"), or undefined. */
export function goLineVersion(goModText: string): string | undefined {
  const m = /^\s*go\s+(1\.\d+)(?:\.\d+)?(?:[a-z]+\d*)?\s*(?:\/\/.*)?$/m.exec(goModText);
  return m?.[1];
}

const minorOf = (v: string): number => goMinor(v) ?? 0;

/** The supported version the runtime of `wanted` behaves like: the newest supported one not newer, else the oldest. */
export function nearestSupported(wanted: string, supported: readonly string[] = SUPPORTED_GO_VERSIONS): string {
  const build = parseGoBuild(wanted);
  if (build !== undefined && supported.includes(build)) return build;
  // an experiment build is only ever chosen by name
  const sorted = supported.filter((v) => !isNoSwissMap(v)).sort((a, b) => minorOf(a) - minorOf(b));
  const w = minorOf(wanted);
  let pick = sorted[0];
  for (const v of sorted) if (minorOf(v) <= w) pick = v;
  return pick;
}

/** Default Go version: the setting, else go.mod's go line, else the newest supported. */
export function defaultGoVersion(setting: string | undefined, goModText: string | undefined, supported: readonly string[] = SUPPORTED_GO_VERSIONS): string {
  const newest = supported.filter((v) => !isNoSwissMap(v)).sort((a, b) => minorOf(b) - minorOf(a))[0];
  const wanted = (setting && parseGoBuild(setting) ? setting : undefined) ?? (goModText ? goLineVersion(goModText) : undefined);
  return wanted ? nearestSupported(wanted, supported) : newest;
}
