// Real Go toolchains for the tests that build and run Go: scripts/get-go.sh installs each version
// once into its cache (HEAPLENS_GO_CACHE, default ~/.cache/heaplens-go) and later runs reuse it.
// When that cannot work, the tests that need it fail with the script's one line: never a skip.
import { spawnSync } from 'child_process';
import * as path from 'path';
import { repoRoot } from './fixtures';

const roots = new Map<string, { root?: string; error?: string }>();

/** The GOROOT of a real Go toolchain such as "1.19", installed on first use; throws one line if it cannot be had. */
export function goRoot(version: string): string {
  let got = roots.get(version);
  if (!got) {
    const r = spawnSync('bash', [path.join(repoRoot, 'scripts', 'get-go.sh'), version], { encoding: 'utf8', timeout: 600_000 });
    const root = r.stdout?.trim().split('\n').pop();
    got = r.status === 0 && root ? { root } : { error: (r.stderr?.trim().split('\n').pop() || r.error?.message) ?? `exit ${r.status}` };
    roots.set(version, got);
  }
  if (got.error) throw new Error(`Go ${version} is needed and could not be installed: ${got.error} (try: bash scripts/get-go.sh ${version})`);
  return got.root!;
}

/** The go binary of goRoot(version). */
export function goBinary(version: string): string {
  return path.join(goRoot(version), 'bin', 'go');
}
