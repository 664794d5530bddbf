// Which Go version an experiment defaults to. Pure.

/** The `go` directive of a go.mod text as major.minor ("1.22"), or undefined. */
export function goLineVersion(goModText: string): string | undefined {
  const m = /^\s*go\s+(1\.\d+)(?:\.\d+)?(?:[a-z]+\d*)?\s*(?:\/\/.*)?$/m.exec(goModText);
  return m?.[1];
}

function minor(v: string): number {
  return Number(v.split('.')[1]);
}

/** The supported version the runtime of `wanted` behaves like: the newest supported one not newer, else the oldest. */
export function nearestSupported(wanted: string, supported: readonly string[]): string {
  const sorted = [...supported].sort((a, b) => minor(a) - minor(b));
  const w = minor(wanted);
  let pick = sorted[0];
  for (const v of sorted) if (minor(v) <= w) pick = v;
  return pick;
}

/** Default Go version: the setting, else go.mod's go line, else the newest supported. */
export function defaultGoVersion(setting: string | undefined, goModText: string | undefined, supported: readonly string[]): string {
  const newest = [...supported].sort((a, b) => minor(b) - minor(a))[0];
  const wanted = (setting && /^1\.\d+$/.test(setting) ? setting : undefined) ?? (goModText ? goLineVersion(goModText) : undefined);
  return wanted ? nearestSupported(wanted, supported) : newest;
}

/** True when this version's maps are Swiss tables (1.24 and later). */
export function isSwiss(version: string): boolean {
  return minor(version) >= 24;
}
