// Writing a capture: whole or not at all (a temporary file renamed into place), and a name that
// does not overwrite an earlier capture of the same second. Node only (fs, path).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** Writes `bytes` to `file` through a temporary file beside it, so no partial capture is ever seen. */
export async function writeCapture(file: string, bytes: Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.part`;
  try {
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

/** `dir/name`, or `dir/NAME-2.pb.gz`, `-3`, … when that file exists already. */
export async function freeName(dir: string, name: string): Promise<string> {
  const m = /^(.*?)((\.pb)?\.gz|\.[^.]*)?$/.exec(name)!;
  const stem = m[1];
  const ext = m[2] ?? '';
  for (let i = 1; ; i++) {
    const candidate = path.join(dir, i === 1 ? name : `${stem}-${i}${ext}`);
    try {
      await fs.access(candidate);
    } catch {
      return candidate;
    }
  }
}
