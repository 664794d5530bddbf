// Where the real Go toolchains live in CI (../shared/tools/get-go.sh) and on this machine.
import * as os from 'os';
import * as path from 'path';

/** The go binary of get-go.sh's toolchain for a version such as "1.19". */
export function goBinary(version: string): string {
  const cache = process.env.HEAPLENS_GO_CACHE ?? path.join(os.homedir(), '.cache', 'heaplens-go');
  return path.join(cache, `go-${version}`, 'usr', 'lib', `go-${version}`, 'bin', 'go');
}
