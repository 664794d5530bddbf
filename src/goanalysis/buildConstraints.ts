// Which files of a directory the go command builds (go/build's goodOSArchFile, shouldBuild and
// matchTag; go/build/constraint's expressions and GoVersion). Pure.

/** The build the analysis answers for: `go env` GOOS/GOARCH, `-tags`, CGO_ENABLED, the toolchain's release. */
export interface BuildContext {
  goos: string;
  goarch: string;
  /** `go.buildTags` / `-tags` */
  tags: string[];
  cgo: boolean;
  /** The toolchain's minor version: go1.1 … go1.N release tags are satisfied. */
  releaseMinor: number;
}

/** linux/amd64 without cgo (the go command's default without a C compiler), newest release. */
export function defaultBuildContext(releaseMinor = 26): BuildContext {
  return { goos: 'linux', goarch: 'amd64', tags: [], cgo: false, releaseMinor };
}

// go/build's syslist.go.
const KNOWN_OS = new Set('aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd openbsd plan9 solaris wasip1 windows zos'.split(' '));
const UNIX_OS = new Set('aix android darwin dragonfly freebsd hurd illumos ios linux netbsd openbsd solaris'.split(' '));
const KNOWN_ARCH = new Set(
  '386 amd64 amd64p32 arm armbe arm64 arm64be loong64 mips mipsle mips64 mips64le mips64p32 mips64p32le ppc ppc64 ppc64le riscv riscv64 s390 s390x sparc sparc64 wasm'.split(
    ' ',
  ),
);

/** go/build's matchTag: whether one tag holds in this build. */
export function matchTag(ctx: BuildContext, tag: string): boolean {
  if (tag === ctx.goos || tag === ctx.goarch) return true;
  if (ctx.tags.includes(tag)) return true;
  if (tag === 'gc') return true;
  if (tag === 'cgo') return ctx.cgo;
  if (tag === 'unix') return UNIX_OS.has(ctx.goos);
  if (tag === 'linux' && ctx.goos === 'android') return true;
  if (tag === 'solaris' && ctx.goos === 'illumos') return true;
  if (tag === 'darwin' && ctx.goos === 'ios') return true;
  // GOAMD64=v1, GOARM64=v8.0 … are the defaults: their feature tags hold.
  if (tag === 'amd64.v1' && ctx.goarch === 'amd64') return true;
  const rel = /^go1\.(\d+)$/.exec(tag);
  if (rel) return Number(rel[1]) <= ctx.releaseMinor;
  return tag === 'go1';
}

/** A build expression: tags combined with !, && and ||. */
export type BuildExpr = { t: 'tag'; tag: string } | { t: 'not'; x: BuildExpr } | { t: 'and' | 'or'; x: BuildExpr; y: BuildExpr };

/** Parses a `//go:build` expression; undefined when it does not parse (the go command then rejects the file). */
export function parseGoBuild(expr: string): BuildExpr | undefined {
  const toks = expr.match(/[A-Za-z0-9_.]+|&&|\|\||[!()]|\S/g) ?? [];
  let i = 0;
  const or = (): BuildExpr | undefined => {
    let x = and();
    while (x && toks[i] === '||') {
      i++;
      const y = and();
      x = y ? { t: 'or', x, y } : undefined;
    }
    return x;
  };
  const and = (): BuildExpr | undefined => {
    let x = not();
    while (x && toks[i] === '&&') {
      i++;
      const y = not();
      x = y ? { t: 'and', x, y } : undefined;
    }
    return x;
  };
  const not = (): BuildExpr | undefined => {
    const tok = toks[i++];
    if (tok === '!') {
      const x = not();
      return x && { t: 'not', x };
    }
    if (tok === '(') {
      const x = or();
      return toks[i++] === ')' ? x : undefined;
    }
    return tok && /^[A-Za-z0-9_.]+$/.test(tok) ? { t: 'tag', tag: tok } : undefined;
  };
  const e = or();
  return e && i === toks.length ? e : undefined;
}

/** `// +build` lines: space-separated options ORed, comma-separated terms ANDed, lines ANDed. */
function parsePlusBuild(lines: string[]): BuildExpr | undefined {
  let all: BuildExpr | undefined;
  for (const line of lines) {
    let any: BuildExpr | undefined;
    for (const opt of line.trim().split(/\s+/)) {
      let term: BuildExpr | undefined;
      for (const lit of opt.split(',')) {
        const neg = lit.startsWith('!');
        const tag = neg ? lit.slice(1) : lit;
        if (!/^[A-Za-z0-9_.]+$/.test(tag)) return undefined;
        const x: BuildExpr = neg ? { t: 'not', x: { t: 'tag', tag } } : { t: 'tag', tag };
        term = term ? { t: 'and', x: term, y: x } : x;
      }
      if (term) any = any ? { t: 'or', x: any, y: term } : term;
    }
    if (any) all = all ? { t: 'and', x: all, y: any } : any;
  }
  return all;
}

/** Evaluates an expression with `has` deciding each tag. */
export function evalExpr(e: BuildExpr, has: (tag: string) => boolean): boolean {
  switch (e.t) {
    case 'tag':
      return has(e.tag);
    case 'not':
      return !evalExpr(e.x, has);
    case 'and':
      return evalExpr(e.x, has) && evalExpr(e.y, has);
    case 'or':
      return evalExpr(e.x, has) || evalExpr(e.y, has);
  }
}

/** The tags an expression names. */
export function tagsOf(e: BuildExpr, out: Set<string> = new Set()): Set<string> {
  if (e.t === 'tag') out.add(e.tag);
  else if (e.t === 'not') tagsOf(e.x, out);
  else {
    tagsOf(e.x, out);
    tagsOf(e.y, out);
  }
  return out;
}

/** go/build/constraint.GoVersion: the minor version the expression implies (`go1.21 && linux` → 21), or undefined. */
export function impliedGoMinor(e: BuildExpr): number | undefined {
  const min = (z: BuildExpr, sign: number): number => {
    switch (z.t) {
      case 'and':
        return (sign < 0 ? Math.min : Math.max)(min(z.x, sign), min(z.y, sign));
      case 'or':
        return (sign < 0 ? Math.max : Math.min)(min(z.x, sign), min(z.y, sign));
      case 'not':
        return min(z.x, -sign);
      case 'tag': {
        if (sign < 0) return -1;
        if (z.tag === 'go1') return 0;
        const m = /^go1\.(\d+)$/.exec(z.tag);
        return m ? Number(m[1]) : -1;
      }
    }
  };
  const v = min(e, 1);
  return v > 0 ? v : undefined;
}

/** What a file's header says: its `//go:build` (or `// +build`) expression and its package clause. */
export interface FileHeader {
  constraint?: BuildExpr;
  /** The expression did not parse: the go command rejects the file. */
  invalid?: boolean;
  /** The `package` clause's name, when the header reaches it. */
  packageName?: string;
}

/**
 * Reads the comments before the package clause (go/build's readGoInfo): `//go:build` wins over
 * `// +build` lines, which count only when a blank line follows their comment block.
 */
export function readHeader(text: string): FileHeader {
  const out: FileHeader = {};
  const plus: string[] = [];
  let pendingPlus: string[] = [];
  let goBuild: string | undefined;
  let inBlock = false;
  // Line by line up to the package clause only: a header is a few lines of a large file.
  for (let at = 0; at < text.length;) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end).trim();
    at = end + 1;
    if (inBlock) {
      if (line.includes('*/')) inBlock = false;
      continue;
    }
    if (line === '') {
      plus.push(...pendingPlus);
      pendingPlus = [];
      continue;
    }
    if (line.startsWith('//')) {
      const body = line.slice(2);
      if (/^go:build(\s|$)/.test(body)) goBuild ??= body.slice('go:build'.length).trim();
      else if (/^\s*\+build(\s|$)/.test(body)) pendingPlus.push(body.trim().slice('+build'.length));
      continue;
    }
    if (line.startsWith('/*')) {
      inBlock = !line.includes('*/', 2);
      continue;
    }
    const pkg = /^package\s+([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)/.exec(line);
    if (pkg) out.packageName = pkg[1];
    break;
  }
  if (goBuild !== undefined) {
    out.constraint = parseGoBuild(goBuild);
    if (!out.constraint) out.invalid = true;
  } else if (plus.length) {
    out.constraint = parsePlusBuild(plus);
    if (!out.constraint) out.invalid = true;
  }
  return out;
}

/** go/build's goodOSArchFile: whether the `_GOOS`, `_GOARCH` (and `_test`) suffixes of a file name hold. */
export function goodOSArchFile(ctx: BuildContext, fileName: string): boolean {
  let name = fileName.split('.')[0];
  const i = name.indexOf('_');
  if (i < 0) return true;
  name = name.slice(i);
  let l = name.split('_');
  if (l.length > 0 && l[l.length - 1] === 'test') l = l.slice(0, -1);
  const n = l.length;
  if (n >= 2 && KNOWN_OS.has(l[n - 2]) && KNOWN_ARCH.has(l[n - 1])) return matchTag(ctx, l[n - 1]) && matchTag(ctx, l[n - 2]);
  if (n >= 1 && (KNOWN_OS.has(l[n - 1]) || KNOWN_ARCH.has(l[n - 1]))) return matchTag(ctx, l[n - 1]);
  return true;
}

/** Whether the go command builds this `.go` file in `ctx`: name, suffixes and header constraint. */
export function fileInBuild(ctx: BuildContext, fileName: string, header: FileHeader): boolean {
  if (!fileName.endsWith('.go') || fileName.startsWith('_') || fileName.startsWith('.')) return false;
  if (!goodOSArchFile(ctx, fileName)) return false;
  if (header.invalid) return false;
  return !header.constraint || evalExpr(header.constraint, (t) => matchTag(ctx, t));
}

/** The file's language version: go.mod's, or max(the build line's, 1.21) when the line implies one (go/types' initFiles). */
export function fileGoMinor(moduleMinor: number, header: FileHeader): number {
  const v = header.constraint ? impliedGoMinor(header.constraint) : undefined;
  return v === undefined ? moduleMinor : Math.max(v, 21);
}

/** go tool dist list: the ports tried when a file is not in the configured build. */
export const PORTS: [string, string][] = (
  'linux/amd64 linux/arm64 darwin/arm64 darwin/amd64 windows/amd64 windows/arm64 linux/386 linux/arm freebsd/amd64 linux/riscv64 linux/ppc64le linux/s390x ' +
  'linux/loong64 linux/mips linux/mipsle linux/mips64 linux/mips64le linux/ppc64 openbsd/amd64 netbsd/amd64 dragonfly/amd64 solaris/amd64 illumos/amd64 ' +
  'aix/ppc64 android/arm64 android/amd64 ios/arm64 js/wasm wasip1/wasm plan9/amd64 windows/386 freebsd/386 freebsd/arm freebsd/arm64 openbsd/arm64 netbsd/arm64'
)
  .split(' ')
  .map((p) => p.split('/') as [string, string]);

/**
 * The build to analyse a file in: `ctx` when the file is in it, else the first port (with the
 * file's own tags) where it is, as an editor opening a `_windows.go` file means that build.
 * Undefined when no build takes the file (`//go:build ignore`: a program of its own).
 */
export function buildFor(ctx: BuildContext, fileName: string, header: FileHeader): BuildContext | undefined {
  if (fileInBuild(ctx, fileName, header)) return ctx;
  const extra = header.constraint
    ? [...tagsOf(header.constraint)].filter((t) => t !== 'ignore' && !KNOWN_OS.has(t) && !KNOWN_ARCH.has(t) && !/^go1/.test(t))
    : [];
  for (const tags of [ctx.tags, [...ctx.tags, ...extra]]) {
    for (const [goos, goarch] of [[ctx.goos, ctx.goarch] as [string, string], ...PORTS]) {
      const c = { ...ctx, goos, goarch, tags };
      if (fileInBuild(c, fileName, header)) return c;
    }
  }
  return undefined;
}

/**
 * The build from environment variables as the go command reads them (GOOS, GOARCH, CGO_ENABLED,
 * `-tags` in GOFLAGS) and the Go extension's `go.buildTags`; unset ones keep the defaults.
 */
export function buildContextFrom(env: Record<string, string | undefined>, buildTags?: string, releaseMinor?: number): BuildContext {
  const ctx = defaultBuildContext(releaseMinor);
  if (env.GOOS?.trim()) ctx.goos = env.GOOS.trim();
  if (env.GOARCH?.trim()) ctx.goarch = env.GOARCH.trim();
  if (env.CGO_ENABLED?.trim()) ctx.cgo = env.CGO_ENABLED.trim() === '1';
  const flagTags = /(?:^|\s)--?tags[= ]("[^"]*"|\S+)/.exec(env.GOFLAGS ?? '')?.[1]?.replace(/"/g, '');
  const tags = (buildTags?.trim() ? buildTags : flagTags) ?? '';
  ctx.tags = tags.split(/[,\s]+/).filter((t) => t !== '');
  return ctx;
}
