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
