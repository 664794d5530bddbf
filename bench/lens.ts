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
  console.log(`lens grammar load: ${loadMs.toFixed(0)} ms (once per process)`);
}

/**
 * Large files of the Go 1.26 source with their whole packages, as the editor analyses them:
 * cold (every file of the package parsed) and after an edit (the package's other trees cached).
 */
async function benchRealFiles(parser: import('../src/goanalysis/goParser').GoParser): Promise<void> {
  const { TreeCache, analyzeClearCalls } = await import('../src/goanalysis/analysis');
  const { readPackageInput } = await import('../src/goanalysis/packageFiles');
  const src = path.join((await import('../test/support/realGo')).goRoot('1.26'), 'src');
  const files = ['runtime/proc.go', 'cmd/compile/internal/ssagen/ssa.go', 'cmd/compile/internal/ssa/regalloc.go', 'slices/slices.go'];
  for (const rel of files) {
    const file = path.join(src, rel);
    const input = readPackageInput({ path: file, text: fs.readFileSync(file, 'utf8') });
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
      `lens analysis (Go 1.26 ${rel}): ${lines} lines, ${calls} clear calls, package of ${input.siblings.length + 1} files: median ${med(edit).toFixed(1)} ms after an edit (package cached), ${med(cold).toFixed(0)} ms cold (whole package parsed) over 9 runs`,
    );
  }
}

// `npx tsx bench/lens.ts` runs the lens figures alone.
if (require.main === module) {
  benchLens().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
