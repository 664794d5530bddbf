import * as fs from 'fs';
import * as path from 'path';
import { TreeCache, analyzeClearCalls, type ClearCall } from '../../../src/lens/analysis';
import { loadGoParser } from '../../../src/lens/goParser';
import { readPackageInput } from '../../../src/lens/packageFiles';

const root = path.resolve(__dirname, '../../..');

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
}

export const sharedDir = path.resolve(root, '../shared/fixtures/lens');
export const ownDir = path.join(root, 'test/fixtures/lens');

/** Reads a fixture directory's expected.json. */
export function expectedOf(dir: string): Expected[] {
  return JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected[];
}
