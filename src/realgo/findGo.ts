// Finds the go binary for "Run on My Go": the heaplens.goPath setting, else `go` on PATH. Pure Node.
import * as fs from 'fs';
import * as path from 'path';

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The go binary to use, or undefined when none is found. */
export function findGoBinary(setting: string | undefined, envPath = process.env.PATH ?? ''): string | undefined {
  if (setting && setting.trim()) {
    const s = setting.trim();
    // A GOROOT or its bin folder is accepted too.
    for (const candidate of [s, path.join(s, 'go'), path.join(s, 'bin', 'go')]) if (isExecutable(candidate)) return candidate;
    return undefined;
  }
  const exe = process.platform === 'win32' ? 'go.exe' : 'go';
  for (const dir of envPath.split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, exe))) return path.join(dir, exe);
  }
  return undefined;
}

const goRoots = new Map<string, string | undefined>();

/**
 * The GOROOT of the go binary HeapLens finds (the setting, else `go` on PATH): beside the binary
 * when its tree is there, else `go env GOROOT`; undefined without a toolchain.
 */
export function findGoRoot(setting: string | undefined, envPath = process.env.PATH ?? ''): string | undefined {
  const bin = findGoBinary(setting, envPath);
  if (!bin) return undefined;
  if (goRoots.has(bin)) return goRoots.get(bin);
  let root: string | undefined;
  try {
    const beside = path.dirname(path.dirname(fs.realpathSync(bin)));
    if (fs.existsSync(path.join(beside, 'src', 'runtime'))) root = beside;
    else {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { execFileSync } = require('child_process') as typeof import('child_process');
      const out = execFileSync(bin, ['env', 'GOROOT'], { encoding: 'utf8', timeout: 10_000, env: { ...process.env, GOTOOLCHAIN: 'local' } }).trim();
      if (out && fs.existsSync(path.join(out, 'src', 'runtime'))) root = out;
    }
  } catch {
    root = undefined;
  }
  goRoots.set(bin, root);
  return root;
}
