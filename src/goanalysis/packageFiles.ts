import * as fs from 'fs';
import * as path from 'path';
import type { LensInput, SourceFile } from './analysis';
import { type BuildContext, buildContextFrom, buildFor, defaultBuildContext, fileInBuild, goodOSArchFile, readHeader } from './buildConstraints';
import { type Disk, type Workspace, resolveImport, workspaceOf } from './modules';
import type { PackageFiles } from './packageIndex';
import type { PackageLoader } from './universe';

/** Where the analysis finds what is not in the file's directory. */
export interface PackageOptions {
  /** The build: GOOS/GOARCH, tags, cgo, the toolchain's release (default linux/amd64). */
  build?: BuildContext;
  /** The standard library: a Go toolchain's GOROOT, else the index shipped with HeapLens (same layout). */
  goroot?: string;
  /** GOMODCACHE, for modules required but not in the workspace. */
  modCache?: string;
  /** GOWORK, GOFLAGS (-mod=) */
  env?: { GOWORK?: string; GOFLAGS?: string };
}

type Reader = (p: string) => string;

/** The disk as the module resolution reads it, through `readText` (editor texts first). */
function diskOf(readText: Reader): Disk {
  const lists = new Map<string, string[] | undefined>();
  return {
    read(p) {
      try {
        return readText(p);
      } catch {
        return undefined;
      }
    },
    list(dir) {
      if (!lists.has(dir)) {
        let names: string[] | undefined;
        try {
          names = fs.readdirSync(dir).sort();
        } catch {
          names = undefined;
        }
        lists.set(dir, names);
      }
      return lists.get(dir);
    },
  };
}

/**
 * The `.go` files of `dir` the build takes: the name's suffixes first (no read), then the
 * header's constraint. Test files only with `tests` (they are not in the regular build).
 */
function buildFiles(disk: Disk, dir: string, ctx: BuildContext, tests: boolean, except?: string): SourceFile[] {
  // Kept across analyses while the directory lists the same files with the same texts: an edit
  // elsewhere then costs no re-reading of the headers of a large imported package.
  const key = `${dir}\0${ctx.goos}/${ctx.goarch}/${ctx.cgo}/${ctx.tags.join(',')}/${ctx.releaseMinor}/${tests}/${except ?? ''}`;
  const names = disk.list(dir) ?? [];
  const hit = selected.get(key);
  if (hit && hit.names.length === names.length && hit.names.every((n, i) => n === names[i]) && hit.all.every((f) => disk.read(f.path) === f.text)) {
    selected.delete(key);
    selected.set(key, hit);
    return hit.files;
  }
  const files = selectFiles(disk, dir, names, ctx, tests, except);
  selected.set(key, { names, all: files.all, files: files.taken });
  if (selected.size > 500) selected.delete(selected.keys().next().value as string);
  return files.taken;
}

const selected = new Map<string, { names: string[]; all: SourceFile[]; files: SourceFile[] }>();

/** Forgets the kept file selections (the bench measures a cold analysis with it). */
export function forgetSelections(): void {
  selected.clear();
}

/** The files taken, and every file read (a change in any of them can change what is taken). */
function selectFiles(disk: Disk, dir: string, names: string[], ctx: BuildContext, tests: boolean, except?: string): { all: SourceFile[]; taken: SourceFile[] } {
  const out: SourceFile[] = [];
  const all: SourceFile[] = [];
  for (const name of names) {
    if (!name.endsWith('.go') || (!tests && name.endsWith('_test.go'))) continue;
    const p = path.join(dir, name);
    if (p === except || !goodOSArchFile(ctx, name)) continue;
    const text = disk.read(p);
    if (text === undefined) continue;
    all.push({ path: p, text });
    if (fileInBuild(ctx, name, readHeader(text))) out.push({ path: p, text });
  }
  return { all, taken: out };
}

/** Loads imported packages from the workspace, vendor/, local replaces, the module cache and GOROOT. */
class DiskPackages implements PackageLoader {
  constructor(
    private readonly disk: Disk,
    private readonly ws: Workspace | undefined,
    private readonly ctx: BuildContext,
    /** The analysed file's directory, when it is a test: its package's test files are then part of it. */
    private readonly testDir: string | undefined,
  ) {}

  private readonly names = new Map<string, string | undefined>();

  nameOf(importPath: string, fromDir: string): string | undefined {
    const key = `${importPath}\0${fromDir}`;
    if (!this.names.has(key)) {
      let name: string | undefined;
      const found = resolveImport(this.disk, this.ws, importPath, fromDir);
      if (!('why' in found)) {
        for (const f of this.disk.list(found.dir) ?? []) {
          if (!f.endsWith('.go') || f.endsWith('_test.go') || !goodOSArchFile(this.ctx, f)) continue;
          const text = this.disk.read(path.join(found.dir, f));
          const h = text !== undefined ? readHeader(text) : undefined;
          if (h?.packageName && h.packageName !== 'documentation' && fileInBuild(this.ctx, f, h)) {
            name = h.packageName;
            break;
          }
        }
      }
      this.names.set(key, name);
    }
    return this.names.get(key);
  }

  load(importPath: string, fromDir: string): PackageFiles | { why: string } {
    const found = resolveImport(this.disk, this.ws, importPath, fromDir);
    if ('why' in found) return found;
    const tests = found.dir === this.testDir;
    const files = buildFiles(this.disk, found.dir, this.ctx, tests);
    // The package clause of the non-test files names it (an external test package is not it).
    const names = files.map((f) => readHeader(f.text).packageName).filter((n): n is string => !!n && !n.endsWith('_test') && n !== 'documentation');
    const name = names[0];
    if (!name) return { why: `${importPath} has no Go files for ${this.ctx.goos}/${this.ctx.goarch}` };
    return { name, importPath, dir: found.dir, files: files.filter((f) => readHeader(f.text).packageName === name) };
  }
}

/**
 * Reads what the analysis needs from disk: the other `.go` files of the file's directory that
 * the build takes (test files only when the file itself is one), the nearest go.mod, and a
 * loader for the packages it imports. A file outside the configured build (a `_windows.go`
 * file on linux) is analysed in a build that takes it.
 */
export function readPackageInput(
  file: SourceFile,
  readText: Reader = (p) => fs.readFileSync(p, 'utf8'),
  options: PackageOptions = {},
): Omit<LensInput, 'goVersionOverride'> {
  const dir = path.dirname(file.path);
  const isTest = file.path.endsWith('_test.go');
  const disk = diskOf(readText);
  const ctx = buildFor(options.build ?? defaultBuildContext(), path.basename(file.path), readHeader(file.text));
  const ws = workspaceOf(disk, dir, options.goroot, options.modCache, options.env);
  const goMod = findGoMod(dir, readText);
  // A file no build takes (`//go:build ignore`) is a program of its own, run as `go run file.go`.
  const siblings = ctx ? buildFiles(disk, dir, ctx, isTest, file.path) : [];
  const main = ws?.mains.find((m) => dir === m.root || dir.startsWith(m.root + path.sep));
  const importPath = main ? (main.path + dir.slice(main.root.length).split(path.sep).join('/')).replace(/\/$/, '') : undefined;
  const packages = new DiskPackages(disk, ws, ctx ?? options.build ?? defaultBuildContext(), isTest ? dir : undefined);
  return { file, siblings, goMod, importPath, packages };
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

/** The release minor of a GOROOT (its VERSION file, `go1.26.0`), or undefined. */
export function goRootRelease(goroot: string): number | undefined {
  try {
    const m = /^go1\.(\d+)/.exec(fs.readFileSync(path.join(goroot, 'VERSION'), 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
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

/** What the host knows: `heaplens.goPath`'s GOROOT (if found), the environment, `go.buildTags`. */
export interface LensEnvironment {
  goroot?: string;
  env: Record<string, string | undefined>;
  buildTags?: string;
  /** dist/stdindex: the standard library's declarations, for machines without Go. */
  shippedIndex: string;
}

/**
 * The package options for readPackageInput: the build from the environment and settings, the
 * standard library from the toolchain's GOROOT, else the shipped index, and the module cache.
 */
export function packageOptions(e: LensEnvironment): PackageOptions {
  const build = buildContextFrom(e.env, e.buildTags, goRootRelease(e.goroot ?? e.shippedIndex));
  // The shipped index holds the linux/amd64 (no cgo, no tags) files only: another build gets no standard library.
  const indexFits = build.goos === 'linux' && build.goarch === 'amd64' && !build.cgo && build.tags.length === 0;
  const goroot = e.goroot ?? (indexFits ? e.shippedIndex : undefined);
  const home = e.env.HOME ?? e.env.USERPROFILE;
  const gopath = e.env.GOPATH?.split(path.delimiter)[0] || (home ? path.join(home, 'go') : undefined);
  return {
    build,
    goroot,
    modCache: e.env.GOMODCACHE || (gopath ? path.join(gopath, 'pkg', 'mod') : undefined),
    env: { GOWORK: e.env.GOWORK, GOFLAGS: e.env.GOFLAGS },
  };
}
