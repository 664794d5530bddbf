import { strict as assert } from 'assert';
import * as path from 'path';
import { TreeCache, analyzeClearCalls, type LensInput } from '../../../src/lens/analysis';
import { type GoParser, loadGoParser } from '../../../src/lens/goParser';

const root = path.resolve(__dirname, '../../..');

/** A package of `n` files: the first clears a map whose type the last file declares. */
function bigPackage(n: number): LensInput {
  const siblings = Array.from({ length: n - 1 }, (_, i) => ({
    path: `/pkg/f${i}.go`,
    text: i === n - 2 ? 'package p\n\ntype Index map[string][]int\n' : `package p\n\nfunc helper${i}() int { return ${i} }\n`,
  }));
  return { file: { path: '/pkg/main.go', text: 'package p\n\nfunc reset(ix Index) {\n\tclear(ix)\n}\n' }, siblings };
}

describe('lens: the tree cache', () => {
  let parser: GoParser;
  let parses = 0;
  before(async () => {
    const real = await loadGoParser({
      runtime: path.join(root, 'node_modules/web-tree-sitter/web-tree-sitter.wasm'),
      grammar: path.join(root, 'node_modules/tree-sitter-go/tree-sitter-go.wasm'),
    });
    parser = { parse: (text: string) => { parses++; return real.parse(text); } };
  });

  it('analyses a package with more files than it holds (the runtime package has 450)', () => {
    const cache = new TreeCache(parser, 4);
    try {
      const [call] = analyzeClearCalls(cache, bigPackage(12));
      assert.deepEqual([call.kind, call.type], ['map', 'map[string][]int']);
      // and again, with every tree of the package still held
      parses = 0;
      assert.equal(analyzeClearCalls(cache, bigPackage(12))[0].kind, 'map');
      assert.equal(parses, 0);
    } finally {
      cache.dispose();
    }
  });

  it('parses only the edited file when the package is unchanged', () => {
    const cache = new TreeCache(parser);
    try {
      const input = bigPackage(5);
      analyzeClearCalls(cache, input);
      parses = 0;
      const edited = { ...input, file: { ...input.file, text: input.file.text.replace('clear(ix)', 'clear(ix) // edited') } };
      assert.equal(analyzeClearCalls(cache, edited)[0].kind, 'map');
      assert.equal(parses, 1);
    } finally {
      cache.dispose();
    }
  });
});
