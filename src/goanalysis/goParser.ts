import type { Tree } from 'web-tree-sitter';

/** Where the two wasm files live: beside the bundle in dist/, or in node_modules for tests. */
export interface WasmPaths {
  /** web-tree-sitter's own runtime (`web-tree-sitter.wasm`). */
  runtime: string;
  /** The Go grammar that tree-sitter-go ships (`tree-sitter-go.wasm`). */
  grammar: string;
}

/** A Go parser: one per process, created on first use. */
export interface GoParser {
  /** Parses `source`; with `old` (already edited to match), reuses its unchanged parts. */
  parse(source: string, old?: Tree): Tree;
}

let loading: Promise<GoParser> | undefined;
let instantiations = 0;

/**
 * Loads web-tree-sitter and the Go grammar once; later calls get the same parser.
 * Nothing is loaded until this is called, so activation stays cheap.
 */
export function loadGoParser(paths: WasmPaths): Promise<GoParser> {
  loading ??= instantiate(paths).catch((err: unknown) => {
    loading = undefined; // let a later call retry after, e.g., a missing file is restored
    throw err;
  });
  return loading;
}

/** How many times the grammar has been instantiated in this process (the bench checks 0 after activation). */
export function grammarLoads(): number {
  return instantiations;
}

async function instantiate(paths: WasmPaths): Promise<GoParser> {
  instantiations++;
  // locateFile: the bundled extension has no node_modules, so point the runtime at its wasm.
  // require, not import: esbuild then bundles the CommonJS build, whose wasm loading works
  // without import.meta.url (which is empty in our cjs bundles).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Parser, Language } = require('web-tree-sitter') as typeof import('web-tree-sitter');
  await Parser.init({ locateFile: () => paths.runtime });
  const go = await Language.load(paths.grammar);
  const parser = new Parser();
  parser.setLanguage(go);
  return {
    parse(source: string, old?: Tree): Tree {
      const tree = parser.parse(source, old);
      if (!tree) throw new Error('tree-sitter returned no tree');
      return tree;
    },
  };
}
