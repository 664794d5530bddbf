import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Node, Tree } from 'web-tree-sitter';
import { TreeCache, analyzeClearCalls, type LensInput } from '../../../src/goanalysis/analysis';
import { type GoParser, loadGoParser } from '../../../src/goanalysis/goParser';

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
    parser = {
      parse: (text, old) => {
        parses++;
        return real.parse(text, old);
      },
    };
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

  it('after an edit, the re-used tree equals a fresh parse (random edits, non-ASCII text before them)', () => {
    const base = fs
      .readFileSync(path.join(root, 'test/fixtures/lens/resolution/locals.go'), 'utf8')
      .replace('package resolution', 'package resolution // héllo 🙂 ü');
    const shape = (t: Tree) => {
      const out: string[] = [];
      const walk = (n: Node) => {
        out.push(`${n.type} ${n.startIndex}-${n.endIndex} ${n.startPosition.row}:${n.startPosition.column}-${n.endPosition.row}:${n.endPosition.column}`);
        for (const c of n.children) if (c) walk(c);
      };
      walk(t.rootNode);
      return out;
    };
    let seed = 20261130;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ['x', '\n', 'clear(m)\n', '🙂', 'ü := 1\n', '{', '}', '"s"', ' '];
    const cache = new TreeCache(parser);
    try {
      let text = base;
      cache.get({ path: '/e.go', text }, 'clear-bodies');
      for (let i = 0; i < 60; i++) {
        const at = 60 + rand(text.length - 60);
        const cut = rand(3) === 0 ? rand(20) : 0;
        // never split a surrogate pair: editors do not either
        const safe = (k: number) => (/[\udc00-\udfff]/.test(text[k] ?? '') ? k + 1 : k);
        const from = safe(at);
        text = text.slice(0, from) + pieces[rand(pieces.length)] + text.slice(safe(Math.min(text.length, from + cut)));
        parses = 0;
        const incremental = cache.get({ path: '/e.go', text }, 'clear-bodies');
        assert.equal(parses, 1);
        const fresh = new TreeCache(parser);
        try {
          assert.deepEqual(shape(incremental), shape(fresh.get({ path: '/e.go', text }, 'clear-bodies')), `edit ${i} at ${from}`);
        } finally {
          fresh.dispose();
        }
      }
    } finally {
      cache.dispose();
    }
  });
});
