// The one place that knows where test fixtures live: everything a test, bench or script reads is
// in this repository (test/fixtures/README.md says how each file was made).
import * as path from 'path';

/** The repository's root folder (HEAPLENS_REPO_ROOT where this file runs bundled, as in the integration suite). */
export const repoRoot = process.env.HEAPLENS_REPO_ROOT ?? path.resolve(__dirname, '../..');

/** test/fixtures, the root of every fixture. */
export const fixturesDir = path.join(repoRoot, 'test', 'fixtures');

/** A fixture's path, by its parts below test/fixtures (e.g. fixture('profile', 'cpu-go1.26.pb.gz')). */
export function fixture(...parts: string[]): string {
  return path.join(fixturesDir, ...parts);
}
