import { strict as assert } from 'assert';
import * as path from 'path';
import { blankBodies } from '../../../src/goanalysis/skeleton';
import { analyzeFile, ownDir, contractDir, testCache } from './helpers';
import type { TreeCache } from '../../../src/goanalysis/analysis';

const src = [
  'package p',
  'func a() map[string]struct{} { x := "}{"; _ = \'{\'; return nil } // }',
  'func b(f func() interface{ M() }) struct{ n int } {',
  '\t/* { */ s := `}`',
  '\tclear(m)',
  '}',
  'type T struct{ a int }',
  'var v = map[int]int{1: 2}',
].join('\n');

describe('lens: blanking bodies that do not mention clear', () => {
  const out = blankBodies(src, (body) => body.includes('clear'));
  it('keeps length and every newline, so positions do not move', () => {
    assert.equal(out.length, src.length);
    assert.deepEqual(
      [...out].map((c, i) => (c === '\n' ? i : -1)).filter((i) => i >= 0),
      [...src].map((c, i) => (c === '\n' ? i : -1)).filter((i) => i >= 0),
    );
  });
  it('blanks a body without clear, braces in strings and runes included, signature kept', () =>
    assert.equal(out.split('\n')[1].replace(/ +/g, ' '), 'func a() map[string]struct{} { } // }'));
  it('keeps a body with clear; struct and interface braces in the signature are not the body', () =>
    assert.deepEqual(out.split('\n').slice(2, 6), src.split('\n').slice(2, 6)));
  it('leaves types and package variables alone', () => assert.deepEqual(out.split('\n').slice(6), src.split('\n').slice(6)));
});

describe('lens: blanking inside a body that mentions clear', () => {
  const body = [
    'package p',
    'func f(p map[string]int) {',
    '\tlocal := map[int]struct{ a, b int }{1: {2, 3}}',
    '\tfor k := range p {',
    '\t\tif k == "{" { println(k) }',
    '\t}',
    '\tgo func() { clear(local) }()',
    '\tvar s interface{ M() }',
    '\t_ = s',
    '}',
  ].join('\n');
  const out = blankBodies(body, (b) => b.includes('clear')).split('\n');
  it('blanks blocks and literal values that do not mention clear, types spelled in braces kept', () => {
    assert.deepEqual(
      out.map((l) => l.replace(/ +/g, ' ')),
      [
        'package p',
        'func f(p map[string]int) {',
        '\tlocal := map[int]struct{ a, b int }{ }',
        '\tfor k := range p {',
        ' ',
        ' }',
        '\tgo func() { clear(local) }()',
        '\tvar s interface{ M() }',
        '\t_ = s',
        '}',
      ],
    );
  });
});

describe("lens: dropping bodies of the package's other files", () => {
  it("removes bodies and package variables' literal values, keeps types and signatures", () => {
    const other = 'package p\nvar table = [...]T{{1}, {2}}\ntype T struct{ n int }\nfunc g(x T) map[string]int {\n\treturn map[string]int{"}": 1}\n}\n';
    assert.equal(
      blankBodies(other, () => false, true),
      'package p\nvar table = [...]T{}\ntype T struct{ n int }\nfunc g(x T) map[string]int {}\n',
    );
  });
});

describe("lens: where a map is made or grown (for the open profile's bytes)", () => {
  let cache: TreeCache;
  before(async () => {
    cache = await testCache();
  });
  after(() => cache.dispose());
  // Lines read off the fixture sources.
  const lines = (dir: string, file: string) => {
    const calls = analyzeFile(cache, path.join(dir, file), undefined, true);
    return Object.fromEntries(calls.map((c) => [`${c.line} ${c.argument}`, c.allocLines]));
  };
  it('struct literal fields and a local make', () => {
    const got = lines(contractDir, 'cache/cache.go');
    assert.deepEqual([got['21 c.entries'], got['23 c.hits'], got['34 buf']], [[17], [17], [33]]);
  });
  it('a local made with make', () => assert.deepEqual(lines(ownDir, 'resolution/locals.go')['6 a'], [5]));
  it('a literal and the inserts that grow it', () => assert.deepEqual(lines(ownDir, 'resolution/locals.go')['94 seen'], [89, 91]));
  it("another function's variable of the same name does not count", () => assert.deepEqual(lines(ownDir, 'resolution/locals.go')['31 m'], []));
  it('a package variable: made in one function, cleared in another', () => assert.deepEqual(lines(ownDir, 'classic/main.go')['11 sessions'], [8]));
});
