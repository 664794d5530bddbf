import * as fs from 'fs';
import * as path from 'path';
import type { LensInput, SourceFile } from './analysis';

/**
 * Reads what the analysis needs from disk: the other `.go` files of the file's directory
 * (test files only when the file itself is one: they are not in the regular build) and the nearest go.mod.
 */
export function readPackageInput(file: SourceFile, readText: (p: string) => string = (p) => fs.readFileSync(p, 'utf8')): Omit<LensInput, 'goVersionOverride'> {
  const dir = path.dirname(file.path);
  const isTest = file.path.endsWith('_test.go');
  const siblings: SourceFile[] = [];
  let names: string[] = [];
  try {
    names = fs.readdirSync(dir);
  } catch {
    /* an unsaved or virtual file: analyse it alone */
  }
  for (const name of names.sort()) {
    const p = path.join(dir, name);
    if (!name.endsWith('.go') || p === file.path || (!isTest && name.endsWith('_test.go'))) continue;
    try {
      siblings.push({ path: p, text: readText(p) });
    } catch {
      /* unreadable sibling: skip it */
    }
  }
  return { file, siblings, goMod: findGoMod(dir, readText) };
}

/** Text of the nearest go.mod at or above `dir`. */
export function findGoMod(dir: string, readText: (p: string) => string = (p) => fs.readFileSync(p, 'utf8')): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    try {
      return readText(path.join(d, 'go.mod'));
    } catch {
      /* not here: go up */
    }
    if (path.dirname(d) === d) return undefined;
  }
}

/**
 * A reader that keeps file texts and reads a file again only when its size or modification
 * time changes: the analysis worker reads a whole package on every edit (the runtime package
 * is 450 files, ~10 ms of reading), and an unchanged text is then the very same string.
 */
export function cachedReader(capacity = 2000): (p: string) => string {
  const texts = new Map<string, { mtimeMs: number; size: number; text: string }>();
  return (p) => {
    const st = fs.statSync(p);
    const hit = texts.get(p);
    texts.delete(p); // re-inserted below: the Map's order is the LRU order
    const entry = hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size ? hit : { mtimeMs: st.mtimeMs, size: st.size, text: fs.readFileSync(p, 'utf8') };
    texts.set(p, entry);
    if (texts.size > capacity) texts.delete(texts.keys().next().value as string);
    return entry.text;
  };
}
