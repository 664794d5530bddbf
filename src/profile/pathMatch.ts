// Matching profile source paths (absolute, -trimpath module-relative, GOROOT-relative) to files
// on this machine by their trailing path segments. Pure.

/** Number of trailing path segments two paths share ("a/b/c.go" vs "/x/b/c.go" → 2). */
export function sharedSuffix(a: string, b: string): number {
  const x = a.replace(/\\/g, '/').split('/').filter(Boolean);
  const y = b.replace(/\\/g, '/').split('/').filter(Boolean);
  let n = 0;
  while (n < x.length && n < y.length && x[x.length - 1 - n] === y[y.length - 1 - n]) n++;
  return n;
}

/**
 * The candidate that best matches a profile path: the most shared trailing segments, at least
 * all of the profile path's segments or two of them (a bare "main.go" matches only itself).
 */
export function bestSuffixMatch(profilePath: string, candidates: readonly string[]): string | undefined {
  const segs = profilePath.replace(/\\/g, '/').split('/').filter(Boolean).length;
  const need = Math.min(segs, 2);
  let best: string | undefined,
    bestScore = 0;
  for (const c of candidates) {
    const s = sharedSuffix(profilePath, c);
    if (s >= need && s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

/** Whether a profile path looks like a standard-library path relative to GOROOT/src ("runtime/map.go"). */
export function looksLikeGoroot(profilePath: string): boolean {
  const p = profilePath.replace(/\\/g, '/');
  if (p.startsWith('$GOROOT/')) return true;
  if (p.startsWith('/')) return /\/go[^/]*\/src\//.test(p) && !/\/pkg\/mod\//.test(p);
  const first = p.split('/')[0];
  return !first.includes('.') && p.includes('/');
}

/** The path below GOROOT/src for a standard-library profile path. */
export function gorootRelative(profilePath: string): string {
  const p = profilePath.replace(/\\/g, '/').replace(/^\$GOROOT\//, '');
  const m = /\/go[^/]*\/src\/(.*)$/.exec(p);
  return m && p.startsWith('/') ? m[1] : p.replace(/^src\//, '');
}
