// The source of a profile's files in a folder on disk (Node: fs and path), matched as the
// viewer's jump-to-source matches them: the path itself when it exists, else the file under the
// folder (or under GOROOT/src for a standard-library path) sharing the most trailing segments.
import * as fs from 'fs';
import * as path from 'path';
import { bestSuffixMatch, gorootRelative, looksLikeGoroot } from '../profile/pathMatch';
import type { TreeCache } from '../goanalysis/analysis';
import { mapLinesOf } from '../goanalysis/mapLines';
import { readPackageInput } from '../goanalysis/packageFiles';
import { goLineVersion, nearestSupported } from '../shared/goVersion';
import type { MapSource } from './sites';

const MAX_FILES = 50_000;
const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);

/** A MapSource over the .go files under `dir` (and `goroot`/src, when given). */
export function folderSource(dir: string, cache: TreeCache, goroot?: string): MapSource {
  let files: string[] | undefined;
  const list = () => (files ??= goFilesUnder(dir));
  return {
    mapLines(profileFile, lines) {
      const local = locate(profileFile, list, goroot);
      if (!local) return undefined;
      let text: string;
      try {
        text = fs.readFileSync(local, 'utf8');
      } catch {
        return undefined;
      }
      const input = readPackageInput({ path: local, text });
      const found = mapLinesOf(cache, input, lines);
      const goLine = input.goMod ? goLineVersion(input.goMod) : undefined;
      return { path: local, goVersion: goLine ? nearestSupported(goLine) : undefined, lines: found.lines };
    },
  };
}

function locate(profileFile: string, list: () => string[], goroot: string | undefined): string | undefined {
  if (path.isAbsolute(profileFile) && isFile(profileFile)) return profileFile;
  const hit = bestSuffixMatch(profileFile, list());
  if (hit) return hit;
  if (goroot && looksLikeGoroot(profileFile)) {
    const p = path.join(goroot, 'src', gorootRelative(profileFile));
    if (isFile(p)) return p;
  }
  return undefined;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Every .go file under dir, breadth first, at most MAX_FILES. */
function goFilesUnder(dir: string): string[] {
  const out: string[] = [];
  const queue = [path.resolve(dir)];
  while (queue.length > 0 && out.length < MAX_FILES) {
    const d = queue.shift()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) queue.push(path.join(d, e.name));
      } else if (e.name.endsWith('.go')) out.push(path.join(d, e.name));
    }
  }
  return out;
}
