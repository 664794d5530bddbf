import * as fs from 'fs';
import * as path from 'path';
import { InputError, UsageError } from '../shared/errors';
import { parseArgs } from './args';
import { TreeCache, analyzeClearCalls, type ClearCall } from '../goanalysis/analysis';
import { loadGoParser } from '../goanalysis/goParser';
import { packageOptions, readPackageInput } from '../goanalysis/packageFiles';
import { findGoRoot } from '../realgo/findGo';

/** `heaplens lens FILE.go [--json]`: see shared/spec/cli.md. */
export async function runLens(argv: string[]): Promise<number> {
  const args = parseArgs(argv, [], ['json']);
  if (args.positional.length !== 1) throw new UsageError('usage: heaplens lens FILE.go [--json]');
  const file = path.resolve(args.positional[0]);
  const shown = args.positional[0];
  if (!file.endsWith('.go')) throw new InputError(`${shown}: not a Go source file (expected a .go file)`);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`${shown}: cannot read the file (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory' : (code ?? 'read error')})`);
  }
  // The bundle sits in dist/ beside the two wasm files that esbuild copies there.
  const parser = await loadGoParser({ runtime: path.join(__dirname, 'web-tree-sitter.wasm'), grammar: path.join(__dirname, 'tree-sitter-go.wasm') });
  const cache = new TreeCache(parser);
  // The standard library from the go on PATH, else the index shipped beside the bundle.
  const options = packageOptions({ goroot: findGoRoot(undefined), env: process.env, shippedIndex: path.join(__dirname, 'stdindex') });
  const calls = analyzeClearCalls(cache, readPackageInput({ path: file, text }, undefined, options));
  cache.dispose();
  if (args.flags.has('json')) {
    process.stdout.write(JSON.stringify(calls.map(toJson), null, 1) + '\n');
  } else {
    for (const c of calls)
      process.stdout.write(`${shown}:${c.line}:${c.column}: clear(${c.argument}) ${c.kind}${c.type ? ` ${c.type}` : ''}: ${c.reason ?? c.summary}\n`);
  }
  return 0;
}

/** The contract's fields, plus `reason` for unknown types. */
function toJson(c: ClearCall) {
  return {
    line: c.line,
    column: c.column,
    argument: c.argument,
    kind: c.kind,
    type: c.type,
    retains: c.retains,
    goVersion: c.goVersion,
    summary: c.summary,
    ...(c.reason ? { reason: c.reason } : {}),
  };
}
