// The build settings the editor hands to the lens worker (the Go extension's go.buildTags and
// go.toolsEnvVars, heaplens.goPath), read from raw setting values. Pure.

/** The build settings the editor passes to the worker (from the Go extension's settings). */
export interface BuildSettings {
  /** `go.buildTags` */
  buildTags?: string;
  /** GOOS, GOARCH, CGO_ENABLED, GOFLAGS … from `go.toolsEnvVars` */
  env: Record<string, string>;
  /** `heaplens.goPath` */
  goPath?: string;
}

/** The build settings from the raw `go.buildTags`, `go.toolsEnvVars` and `heaplens.goPath` values (any shape a user may write). */
export function buildSettingsOf(buildTags: unknown, toolsEnvVars: unknown, goPath: unknown): BuildSettings {
  const env: Record<string, string> = {};
  if (toolsEnvVars && typeof toolsEnvVars === 'object') {
    for (const [k, v] of Object.entries(toolsEnvVars as Record<string, unknown>))
      if (typeof v === 'string' && /^(GOOS|GOARCH|CGO_ENABLED|GOFLAGS|GOROOT|GOPATH|GOMODCACHE)$/.test(k)) env[k] = v;
  }
  return {
    buildTags: typeof buildTags === 'string' && buildTags.trim() ? buildTags.trim() : undefined,
    env,
    goPath: typeof goPath === 'string' && goPath.trim() ? goPath.trim() : undefined,
  };
}

/** A cache key for settings: results computed under other settings are stale. */
export function buildSettingsKey(s: BuildSettings | undefined): string {
  return s ? JSON.stringify([s.buildTags ?? '', Object.entries(s.env).sort(), s.goPath ?? '']) : '';
}
