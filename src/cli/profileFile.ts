import { readFileSync } from 'node:fs';
import { InputError } from '../shared/errors';

/** A profile file's bytes; a file that cannot be read is one line naming it. */
export function readProfileBytes(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (err) {
    const code = (err as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new InputError(`${file}: ${why}`);
  }
}

/** Runs f, naming the file in any InputError it throws (or its promise rejects with). */
export function withFile<T>(file: string, f: () => T): T {
  const named = (err: unknown): never => {
    if (err instanceof InputError) throw new InputError(`${file}: ${err.message}`);
    throw err;
  };
  try {
    const r = f();
    return (r instanceof Promise ? r.catch(named) : r) as T;
  } catch (err) {
    return named(err);
  }
}
