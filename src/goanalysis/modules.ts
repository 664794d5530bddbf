// Where an import path's package lives on disk, as the go command decides in module mode: the
// standard library, the main module (or go.work's modules), vendor/, local replace directives,
// then the module cache. Pure: the disk is passed in.

/** What the resolution reads: a file's text and a directory's entries (undefined when absent). */
export interface Disk {
  read(p: string): string | undefined;
  list(dir: string): string[] | undefined;
}

/** The parts of a go.mod (or go.work) the resolution needs. */
export interface ModFile {
  module?: string;
  go?: string;
  requires: Map<string, string>;
  /** old path → new path (a local directory when it starts with ./, ../ or /), with its version when not local */
  replaces: Map<string, { to: string; version?: string }>;
  /** go.work's use directives */
  uses: string[];
}

/** Reads go.mod or go.work syntax: directives, one per line or in ( … ) blocks. */
export function parseModFile(text: string): ModFile {
  const out: ModFile = { requires: new Map(), replaces: new Map(), uses: [] };
  let block: string | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (!line) continue;
    if (block) {
      if (line === ')') {
        block = undefined;
        continue;
      }
      directive(out, block, line);
      continue;
    }
    const m = /^(\w+)\s*(.*)$/.exec(line);
    if (!m) continue;
    if (m[2] === '(') block = m[1];
    else directive(out, m[1], m[2]);
  }
  return out;
}

const unquote = (s: string) => s.replace(/^"(.*)"$/, '$1').replace(/^`(.*)`$/, '$1');

function directive(out: ModFile, verb: string, rest: string): void {
  const words = rest.split(/\s+/).map(unquote);
  switch (verb) {
    case 'module':
      out.module = words[0];
      break;
    case 'go':
      out.go = words[0];
      break;
    case 'require':
      if (words[1]) out.requires.set(words[0], words[1]);
      break;
    case 'use':
      if (words[0]) out.uses.push(words[0]);
      break;
    case 'replace': {
      const arrow = words.indexOf('=>');
      if (arrow < 1) break;
      const to = words[arrow + 1];
      if (to) out.replaces.set(words[0], { to, version: words[arrow + 2] });
      break;
    }
  }
}

/** A module the build treats as a main module (the go.mod's, or each of go.work's). */
export interface MainModule {
  path: string;
  root: string;
  mod: ModFile;
}

/** The module layout an analysis resolves imports in. */
export interface Workspace {
  mains: MainModule[];
  /** replace directives of the main go.mod, or of go.work (which win) */
  replaces: Map<string, { to: string; version?: string }>;
  /** The single main module's vendor directory, when the go command would use it. */
  vendorDir?: string;
  goroot?: string;
  /** GOMODCACHE */
  modCache?: string;
}

const isLocal = (p: string) => p.startsWith('./') || p.startsWith('../') || p.startsWith('/') || p === '.' || p === '..';

/** Joins and normalises a POSIX-style path (the analysis runs on the paths the caller gives). */
export function joinPath(...parts: string[]): string {
  const abs = parts[0]?.startsWith('/');
  const out: string[] = [];
  for (const seg of parts.join('/').split('/')) {
    if (!seg || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return (abs ? '/' : '') + out.join('/');
}

export const dirOf = (p: string): string => p.slice(0, Math.max(1, p.lastIndexOf('/')));

/** The nearest `name` at or above `dir`: its directory and text. */
export function findUp(disk: Disk, dir: string, name: string): { dir: string; text: string } | undefined {
  for (let d = dir; ; d = dirOf(d)) {
    const text = disk.read(joinPath(d, name));
    if (text !== undefined) return { dir: d, text };
    if (d === '/' || dirOf(d) === d) return undefined;
  }
}

/** The environment variables the go command's module mode reads here. */
export interface GoEnv {
  GOWORK?: string;
  GOFLAGS?: string;
}

/** The workspace of a directory: go.work above it (unless GOWORK=off), else its go.mod's module. */
export function workspaceOf(disk: Disk, dir: string, goroot?: string, modCache?: string, env: GoEnv = {}): Workspace | undefined {
  const gomod = findUp(disk, dir, 'go.mod');
  const work = env.GOWORK === 'off' ? undefined : findUp(disk, dir, 'go.work');
  if (work && (!gomod || gomod.dir.startsWith(work.dir))) {
    const w = parseModFile(work.text);
    const mains: MainModule[] = [];
    for (const use of w.uses) {
      const root = joinPath(work.dir, use);
      const text = disk.read(joinPath(root, 'go.mod'));
      const mod = text !== undefined ? parseModFile(text) : undefined;
      if (mod?.module) mains.push({ path: mod.module, root, mod });
    }
    const replaces = new Map<string, { to: string; version?: string }>();
    for (const m of mains) for (const [k, v] of m.mod.replaces) replaces.set(k, { ...v, to: isLocal(v.to) ? joinPath(m.root, v.to) : v.to });
    for (const [k, v] of w.replaces) replaces.set(k, { ...v, to: isLocal(v.to) ? joinPath(work.dir, v.to) : v.to });
    return { mains, replaces, goroot, modCache };
  }
  if (!gomod) return undefined;
  const mod = parseModFile(gomod.text);
  if (!mod.module) return undefined;
  const replaces = new Map<string, { to: string; version?: string }>();
  for (const [k, v] of mod.replaces) replaces.set(k, { ...v, to: isLocal(v.to) ? joinPath(gomod.dir, v.to) : v.to });
  // The go command uses vendor/ when vendor/modules.txt exists and the go line is 1.14 or later.
  const minor = Number(/^1\.(\d+)/.exec(mod.go ?? '')?.[1] ?? 0);
  // -mod=mod or -mod=readonly in GOFLAGS turns vendor/ off.
  const modFlag = /(?:^|\s)-mod=(\w+)/.exec(env.GOFLAGS ?? '')?.[1];
  const useVendor = modFlag ? modFlag === 'vendor' : minor >= 14;
  const vendorDir = useVendor && disk.read(joinPath(gomod.dir, 'vendor', 'modules.txt')) !== undefined ? joinPath(gomod.dir, 'vendor') : undefined;
  return { mains: [{ path: mod.module, root: gomod.dir, mod }], replaces, vendorDir, goroot, modCache };
}

/** The module cache's case encoding (`!a` for `A`). */
const escapePath = (p: string) => p.replace(/[A-Z]/g, (c) => '!' + c.toLowerCase());

/** Whether `path` is `prefix` or below it. */
const under = (path: string, prefix: string) => path === prefix || path.startsWith(prefix + '/');

/** The directory of an import path's package, or why there is none on disk. */
export function resolveImport(disk: Disk, ws: Workspace | undefined, importPath: string, fromDir: string): { dir: string } | { why: string } {
  const first = importPath.split('/')[0];
  if (!first.includes('.')) {
    // The standard library (the go command looks there first for dot-less paths).
    if (ws?.goroot) {
      const dir = joinPath(ws.goroot, 'src', importPath);
      if (disk.list(dir)) return { dir };
    }
  }
  if (ws?.goroot && fromDir.startsWith(joinPath(ws.goroot, 'src') + '/')) {
    // The standard library's own copies of golang.org/x packages.
    const dir = joinPath(ws.goroot, 'src', 'vendor', importPath);
    if (disk.list(dir)) return { dir };
  }
  if (!ws) return { why: `no go.mod above ${fromDir}, so ${importPath} cannot be found` };
  let best: MainModule | undefined;
  for (const m of ws.mains) if (under(importPath, m.path) && (!best || m.path.length > best.path.length)) best = m;
  if (best) {
    const dir = joinPath(best.root, importPath.slice(best.path.length));
    // A directory under a go.mod of its own belongs to that module, not to this one.
    let nested: string | undefined;
    for (let d = dir; d.length > best.root.length; d = dirOf(d)) if (disk.read(joinPath(d, 'go.mod')) !== undefined) nested = d;
    if (!nested) return disk.list(dir) ? { dir } : { why: `${importPath} is not a directory of module ${best.path}` };
  }
  // A dot-less path outside the main modules is the standard library's.
  if (!first.includes('.'))
    return {
      why: ws.goroot ? `${importPath} is not in the standard library (${ws.goroot})` : `${importPath} is in the standard library and no Go toolchain was found`,
    };
  if (ws.vendorDir) {
    const dir = joinPath(ws.vendorDir, importPath);
    return disk.list(dir) ? { dir } : { why: `${importPath} is not in vendor/` };
  }
  let rep: [string, { to: string; version?: string }] | undefined;
  for (const e of ws.replaces) if (under(importPath, e[0]) && (!rep || e[0].length > rep[0].length)) rep = e;
  if (rep && isLocal(rep[1].to)) {
    const dir = joinPath(rep[1].to, importPath.slice(rep[0].length));
    return disk.list(dir) ? { dir } : { why: `${importPath} is not in ${rep[1].to} (a replace directive)` };
  }
  // The module cache, at the version the main go.mod requires: complete only from go 1.17 on
  // (a pruned module graph lists every module the build selects, at its selected version).
  if (ws.modCache && ws.mains.length === 1 && Number(/^1\.(\d+)/.exec(ws.mains[0].mod.go ?? '')?.[1] ?? 0) >= 17) {
    let req: [string, string] | undefined;
    for (const m of ws.mains) for (const e of m.mod.requires) if (under(importPath, e[0]) && (!req || e[0].length > req[0].length)) req = e;
    if (req) {
      const mod = rep ? rep[1].to : req[0];
      const version = rep?.[1].version ?? req[1];
      const dir = joinPath(ws.modCache, `${escapePath(mod)}@${escapePath(version)}`, importPath.slice(req[0].length));
      if (disk.list(dir)) return { dir };
    }
  }
  return { why: `${importPath} is not on disk (not in the module, vendor/, a local replace or the module cache)` };
}
