// clear( lens figures: that activation does not load the grammar, and the analysis time of a
// generated 5,000-line Go file once the grammar is loaded (issue 4: ≤ 50 ms).
import * as fs from 'fs';
import * as path from 'path';
import Module = require('module');
import { performance } from 'perf_hooks';

const root = path.resolve(__dirname, '..');

const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * A Go file of `lines` lines: types, methods with loops, locals and literals; one function in
 * `clearEvery` calls clear (on a local map, a field through a pointer and a slice expression).
 */
export function generatedGoFile(lines: number, clearEvery: number): string {
  const out = ['package big', '', 'import "strings"', '', 'type Store struct {', '\tindex map[string][]int', '\tnames []string', '\tinner *Store', '}', ''];
  for (let i = 0; out.length < lines - 16; i++) {
    const clears =
      i % clearEvery === 0 ? [`\tclear(local)`, `\tclear(s.inner.index)`, `\tclear(xs[1:])`] : [`\t_ = len(xs)`, `\t_ = s.inner`, `\t_ = strings.ToUpper("x")`];
    out.push(
      `type T${i} map[int64]struct{ a, b int }`,
      '',
      `// m${i} does some work (${i}).`,
      `func (s *Store) m${i}(p map[string]int, xs []T${i}) map[int]bool {`,
      `\tlocal := make(T${i}, ${i})`,
      `\tfor k, v := range p {`,
      `\t\tif v > ${i} && strings.HasPrefix(k, "a") {`,
      `\t\t\tlocal[int64(len(k))] = struct{ a, b int }{v, ${i}}`,
      `\t\t}`,
      `\t}`,
      ...clears,
      `\tout := map[int]bool{${i}: true}`,
      `\treturn out`,
      `}`,
      '',
    );
  }
  while (out.length < lines) out.push('// padding');
  return out.join('\n');
}

/** Registers the lens with a stand-in vscode module and reports whether that loaded the grammar. */
function activationLoadsGrammar(): { firstMs: number; againMs: number; loaded: boolean; treeSitterRequired: boolean; workers: number } {
  const noop = { dispose() {} };
  const stub = {
    Uri: { joinPath: (_u: unknown, ...p: string[]) => ({ fsPath: path.join(root, ...p) }) },
    EventEmitter: class {
      event = () => noop;
      fire() {}
    },
    languages: { registerCodeLensProvider: () => noop, registerHoverProvider: () => noop, registerCodeActionsProvider: () => noop },
    commands: { registerCommand: () => noop },
    workspace: {
      onDidChangeConfiguration: () => noop,
      onDidCloseTextDocument: () => noop,
      onDidSaveTextDocument: () => noop,
      registerTextDocumentContentProvider: () => noop,
      textDocuments: [],
    },
    CodeActionKind: { QuickFix: 'quickfix' },
  };
  // Count worker threads started during activation (the analysis worker must wait for a Go file).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const wt = require('worker_threads') as { Worker: typeof import('worker_threads').Worker };
  const RealWorker = wt.Worker;
  let workers = 0;
  // tsx's esbuild starts a transform thread when a changed file is first loaded: not ours.
  const ours = (file: unknown) => !String(file).includes(`${path.sep}esbuild${path.sep}`);
  wt.Worker = class extends RealWorker {
    constructor(...a: ConstructorParameters<typeof RealWorker>) {
      super(...a);
      if (ours(a[0])) workers++;
    }
  };
  const load = Module.prototype.require;
  Module.prototype.require = function (this: NodeModule, id: string) {
    return id === 'vscode' ? stub : load.call(this, id);
  } as typeof load;
  try {
    let t0 = performance.now();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { registerLens } = require('../src/vscode/lens/register') as typeof import('../src/vscode/lens/register');
    registerLens({ subscriptions: [], extensionUri: {} } as never);
    const firstMs = performance.now() - t0;
    t0 = performance.now();
    registerLens({ subscriptions: [], extensionUri: {} } as never);
    const againMs = performance.now() - t0;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { grammarLoads } = require('../src/goanalysis/goParser') as typeof import('../src/goanalysis/goParser');
    const treeSitterRequired = Object.keys(require.cache).some((k) => k.includes(`${path.sep}web-tree-sitter${path.sep}`));
    return { firstMs, againMs, loaded: grammarLoads() > 0, treeSitterRequired, workers };
  } finally {
    Module.prototype.require = load;
    wt.Worker = RealWorker;
  }
}

/** Prints the lens figures. */
export async function benchLens(): Promise<void> {
  const act = activationLoadsGrammar();
  console.log(
    `lens activation: registerLens ${act.againMs.toFixed(2)} ms (first call ${act.firstMs.toFixed(0)} ms, loading and transpiling its modules); grammar instantiated: ${act.loaded ? 'YES' : 'no'}; web-tree-sitter required: ${act.treeSitterRequired ? 'YES' : 'no'}; worker threads started: ${act.workers} (the analysis worker starts on the first Go file that calls clear)`,
  );

  const { loadGoParser } = await import('../src/goanalysis/goParser');
  const { TreeCache, analyzeClearCalls } = await import('../src/goanalysis/analysis');
  let t0 = performance.now();
  const parser = await loadGoParser({
    runtime: path.join(root, 'node_modules/web-tree-sitter/web-tree-sitter.wasm'),
    grammar: path.join(root, 'node_modules/tree-sitter-go/tree-sitter-go.wasm'),
  });
  const loadMs = performance.now() - t0;
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  // One function in 10 calls clear (about 100 clear calls), and a stress file where every one does.
  for (const [label, every] of [
    ['typical', 10],
    ['every function calls clear', 1],
  ] as const) {
    const text = generatedGoFile(5000, every);
    const wall: number[] = [];
    const cpu: number[] = [];
    const edit: number[] = [];
    let calls = 0;
    const middle = text.indexOf('\n', text.length >> 1);
    for (let i = 0; i < 25; i++) {
      // A fresh cache each time: the whole parse is included, as when a file is opened.
      const cache = new TreeCache(parser);
      const c0 = cpuMs();
      t0 = performance.now();
      calls = analyzeClearCalls(cache, { file: { path: '/bench/big.go', text }, siblings: [] }).length;
      wall.push(performance.now() - t0);
      cpu.push(cpuMs() - c0);
      // Then a line typed in the middle: tree-sitter re-parses around it, the analysis runs again.
      const edited = `${text.slice(0, middle)}\n// typed ${i}${text.slice(middle)}`;
      t0 = performance.now();
      analyzeClearCalls(cache, { file: { path: '/bench/big.go', text: edited }, siblings: [] });
      edit.push(performance.now() - t0);
      cache.dispose();
    }
    console.log(
      `lens analysis (${label}): ${text.split('\n').length}-line Go file, ${calls} clear calls: median ${med(wall).toFixed(1)} ms wall, ${med(cpu).toFixed(1)} ms CPU when opened (whole parse); ${med(edit).toFixed(1)} ms after a line is typed; over ${wall.length} runs (target ≤ 50 ms)`,
    );
  }
  await benchRealFiles(parser);
  await benchBigPackage(parser);
  console.log(`lens grammar load: ${loadMs.toFixed(0)} ms (once per process)`);
}

/**
 * Large files of the Go 1.26 source with their whole packages, as the editor analyses them:
 * cold (every file of the package parsed) and after an edit (the package's other trees cached).
 */
async function benchRealFiles(parser: import('../src/goanalysis/goParser').GoParser): Promise<void> {
  const { TreeCache, analyzeClearCalls } = await import('../src/goanalysis/analysis');
  const { cachedReader, readPackageInput } = await import('../src/goanalysis/packageFiles');
  const src = path.join((await import('../test/support/realGo')).goRoot('1.26'), 'src');
  const files = ['runtime/proc.go', 'cmd/compile/internal/ssagen/ssa.go', 'cmd/compile/internal/ssa/regalloc.go', 'slices/slices.go'];
  for (const rel of files) {
    const file = path.join(src, rel);
    // As the worker reads: a file is read again only when its size or time changes.
    const input = readPackageInput({ path: file, text: fs.readFileSync(file, 'utf8') }, cachedReader());
    const cold: number[] = [];
    const edit: number[] = [];
    let calls = 0;
    for (let i = 0; i < 9; i++) {
      const cache = new TreeCache(parser);
      let t0 = performance.now();
      calls = analyzeClearCalls(cache, input).length;
      cold.push(performance.now() - t0);
      const edited = { ...input, file: { ...input.file, text: `${input.file.text}\n// edit ${i}\n` } };
      t0 = performance.now();
      analyzeClearCalls(cache, edited);
      edit.push(performance.now() - t0);
      cache.dispose();
    }
    const lines = input.file.text.split('\n').length;
    console.log(
      `lens analysis (Go 1.26 ${rel}): ${lines} lines, ${calls} clear calls, package of ${input.siblings.length + 1} files: median ${med(edit).toFixed(1)} ms after an edit (package cached), ${med(cold).toFixed(0)} ms cold (fresh tree cache: the files a lookup needs are parsed) over 9 runs`,
    );
  }
}

/**
 * A generated package of 280 files (~7 MB, per-architecture variants as in golang.org/x/sys/unix)
 * whose clear calls need types, fields, methods and constants declared in other files; and the
 * real x/sys/unix when HEAPLENS_XSYS_UNIX names its directory (issue 15: cold ≤ 500 ms and
 * ≤ 150 MB, after an edit ≤ 50 ms).
 */
export async function benchBigPackage(parser: import('../src/goanalysis/goParser').GoParser): Promise<void> {
  const os = await import('os');
  const { TreeCache, analyzeClearCalls, lastParsedTrees } = await import('../src/goanalysis/analysis');
  const { forgetSelections, readPackageInput } = await import('../src/goanalysis/packageFiles');
  const { forgetScans } = await import('../src/goanalysis/packageIndex');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heaplens-bigpkg-'));
  fs.writeFileSync(path.join(dir, 'go.mod'), 'module example.com/big\n\ngo 1.22\n');
  const archs = ['amd64', 'arm64', '386', 'arm', 'riscv64', 'ppc64le', 's390x', 'mips64'];
  for (let i = 0; i < 320; i++) {
    // 280 files in every build, 40 per-architecture variants (5 in the linux/amd64 build).
    const suffix = i >= 280 ? `${i}_linux_${archs[i % archs.length]}` : `${i}`;
    const lines = ['package big', '', `const size${i} = 1 << ${(i % 8) + 4}`, ''];
    for (let j = 0; j < 60; j++) {
      lines.push(`type T${i}_${j} struct {`, `	A${j} [size${i}]byte`, `	M map[string][]int`, `	Next *T${i}_${j}`, '}', '');
      lines.push(`func (t *T${i}_${j}) Get${j}(k string) []int {`, '	if t.M == nil {', '		return nil', '	}');
      for (let k = 0; k < 8; k++) lines.push(`	if len(k) > ${k} && k[${k}] == 'x' {`, `		return t.M[k[${k}:]]`, '	}');
      lines.push('	return t.M[k]', '}', '');
    }
    // The per-architecture files declare the same Regs type, as ztypes_linux_*.go do.
    if (i >= 280 && i < 280 + archs.length) lines.push(`type Regs struct{ R [${i + 2}]uint64; S []uint${i % 2 ? 32 : 64} }`);
    fs.writeFileSync(path.join(dir, `z${suffix}.go`), lines.join('\n'));
  }
  const use = [
    'package big',
    '',
    'func use(r *Regs, t *T250_3, s []byte) {',
    '\tclear(r.S)',
    '\tclear(r.R[:])',
    '\tclear(t.M)',
    '\tclear(t.Get3("k"))',
    '\tclear(t.A3[:])',
    '\tclear(s[1:])',
    '}',
    '',
  ];
  fs.writeFileSync(path.join(dir, 'use.go'), use.join('\n'));
  const targets: [string, string][] = [['generated package, 280 files in every build', path.join(dir, 'use.go')]];
  const xsys = process.env.HEAPLENS_XSYS_UNIX;
  if (xsys && fs.existsSync(path.join(xsys, 'syscall_linux.go'))) targets.push(['golang.org/x/sys/unix', path.join(xsys, 'syscall_linux.go')]);
  else console.log('lens big package: set HEAPLENS_XSYS_UNIX=<dir of golang.org/x/sys/unix> to measure the real package too');
  for (const [label, file] of targets) {
    const cold: number[] = [];
    const edit: number[] = [];
    let calls = 0;
    let parsed = 0;
    let siblings = 0;
    for (let i = 0; i < 7; i++) {
      const cache = new TreeCache(parser);
      forgetScans();
      forgetSelections();
      let t0 = performance.now();
      // Cold: the directory read and its constraints included, as when the file is opened.
      const input = readPackageInput({ path: file, text: fs.readFileSync(file, 'utf8') });
      siblings = input.siblings.length;
      calls = analyzeClearCalls(cache, input).length;
      parsed = lastParsedTrees();
      cold.push(performance.now() - t0);
      t0 = performance.now();
      analyzeClearCalls(cache, { ...input, file: { ...input.file, text: `${input.file.text}\n// edit ${i}\n` } });
      edit.push(performance.now() - t0);
      cache.dispose();
    }
    // Reference in the same run: reading every .go file of the directory once.
    const read: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      for (const f of fs.readdirSync(path.dirname(file))) if (f.endsWith('.go')) fs.readFileSync(path.join(path.dirname(file), f), 'utf8');
      read.push(performance.now() - t0);
    }
    const rss = peakRss(file);
    const base = peakRss(undefined);
    const files = fs.readdirSync(path.dirname(file)).filter((f) => f.endsWith('.go')).length;
    console.log(
      `lens big package (${label}, ${files} files, ${siblings + 1} in the linux/amd64 build, ${parsed} parsed for ${calls} clear calls): median ${med(cold).toFixed(0)} ms cold (target ≤ 500 ms; ${(med(cold) / med(read)).toFixed(1)}× reading the directory's files, ${med(read).toFixed(0)} ms), ${med(edit).toFixed(1)} ms after an edit (target ≤ 50 ms); heaplens lens peak RSS ${rss ?? '?'} MB against node's own ${base ?? '?'} MB (target ≤ 150 MB)`,
    );
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Peak RSS in MB of `node dist/cli.js lens FILE` (or of bare node), by /usr/bin/time; undefined without it. */
function peakRss(file: string | undefined): number | undefined {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { spawnSync } = require('child_process') as typeof import('child_process');
  const args = file ? ['-f', '%M', process.execPath, path.join(root, 'dist', 'cli.js'), 'lens', file] : ['-f', '%M', process.execPath, '-e', '0'];
  const r = spawnSync('/usr/bin/time', args, { encoding: 'utf8' });
  const kb = Number(r.stderr?.trim().split('\n').pop());
  return r.status === 0 && kb > 0 ? Math.round(kb / 1024) : undefined;
}

// `npx tsx bench/lens.ts` runs the lens figures alone.
if (require.main === module) {
  benchLens().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
