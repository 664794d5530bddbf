import * as fs from 'fs';
import * as path from 'path';
import { TreeCache, analyzeClearCalls, type ClearCall } from '../../../src/goanalysis/analysis';
import { loadGoParser } from '../../../src/goanalysis/goParser';
import { readPackageInput } from '../../../src/goanalysis/packageFiles';
import { fixture, repoRoot } from '../../support/fixtures';

const root = repoRoot;

/** The Go parser from node_modules (the bundle uses the copies in dist/). */
export async function testCache(): Promise<TreeCache> {
  const parser = await loadGoParser({
    runtime: path.join(root, 'node_modules/web-tree-sitter/web-tree-sitter.wasm'),
    grammar: path.join(root, 'node_modules/tree-sitter-go/tree-sitter-go.wasm'),
  });
  return new TreeCache(parser);
}

/** The analysis of a file on disk, with its package and go.mod, as the CLI runs it. */
export function analyzeFile(cache: TreeCache, file: string, goVersionOverride?: string, allocLines = false): ClearCall[] {
  return analyzeClearCalls(cache, { ...readPackageInput({ path: file, text: fs.readFileSync(file, 'utf8') }), goVersionOverride, allocLines });
}

/** One oracle answer: a clear call as go/types sees it. */
export interface Expected {
  file: string;
  line: number;
  column?: number;
  argument?: string;
  kind: string;
  type?: string | null;
  retains: boolean | null;
  /** The call must not be reported (a package's own or a shadowing clear). */
  absent?: boolean;
}

/** The clear( contract's packages and answers (test/fixtures/lens/contract, checked as check-lens.py checks them). */
export const contractDir = fixture('lens', 'contract');
/** Our own lens fixtures, with go/types answers (test/fixtures/lens/README.md). */
export const ownDir = fixture('lens');

/** Reads a fixture directory's expected.json. */
export function expectedOf(dir: string): Expected[] {
  return JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected[];
}
