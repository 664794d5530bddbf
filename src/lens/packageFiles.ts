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
  try { names = fs.readdirSync(dir); } catch { /* an unsaved or virtual file: analyse it alone */ }
  for (const name of names.sort()) {
    const p = path.join(dir, name);
    if (!name.endsWith('.go') || p === file.path || (!isTest && name.endsWith('_test.go'))) continue;
    try { siblings.push({ path: p, text: readText(p) }); } catch { /* unreadable sibling: skip it */ }
  }
  return { file, siblings, goMod: findGoMod(dir, readText) };
}

/** Text of the nearest go.mod at or above `dir`. */
export function findGoMod(dir: string, readText: (p: string) => string = (p) => fs.readFileSync(p, 'utf8')): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    try { return readText(path.join(d, 'go.mod')); } catch { /* not here: go up */ }
    if (path.dirname(d) === d) return undefined;
  }
}
