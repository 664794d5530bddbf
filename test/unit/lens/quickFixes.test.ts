import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ClearCall, TreeCache } from '../../../src/goanalysis/analysis';
import { type QuickFix, releaseFixes } from '../../../src/goanalysis/quickFixes';
import { analyzeFile, ownDir, testCache } from './helpers';
import { goBinary } from '../../support/realGo';

const dir = path.join(ownDir, 'quickfix');
const file = path.join(dir, 'fix.go');

let cache: TreeCache;
let calls: ClearCall[];
const lines = fs.readFileSync(file, 'utf8').split('\n');
const fixesAt = (line: number) =>
  releaseFixes(
    calls.find((c) => c.line === line)!,
    lines[line - 1],
  ).map((f) => f.title);

/** Applies edits (non-overlapping) to the text, last first so earlier offsets hold. */
function apply(text: string, fixes: QuickFix[]): string {
  const src = text.split('\n');
  const offset = (l: number, c: number) => src.slice(0, l).reduce((n, s) => n + s.length + 1, 0) + c;
  const edits = fixes
    .flatMap((f) => f.edits)
    .map((e) => ({ from: offset(e.span.startLine, e.span.startColumn), to: offset(e.span.endLine, e.span.endColumn), text: e.newText }));
  edits.sort((a, b) => b.from - a.from);
  for (const e of edits) text = text.slice(0, e.from) + e.text + text.slice(e.to);
  return text;
}

/** go build on a copy of the quickfix package with `text` as fix.go: the compiler judges the fixes. */
function compiles(text: string): string {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'heaplens-fix-'));
  fs.copyFileSync(path.join(dir, 'go.mod'), path.join(tmp, 'go.mod'));
  fs.writeFileSync(path.join(tmp, 'fix.go'), text);
  const r = spawnSync(goBinary('1.26'), ['build', './...'], {
    cwd: tmp,
    encoding: 'utf8',
    env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-mod=mod', GOPROXY: 'off', GOCACHE: path.join(os.tmpdir(), 'heaplens-gocache') },
  });
  fs.rmSync(tmp, { recursive: true, force: true });
  return r.status === 0 ? 'ok' : r.stderr;
}

describe('lens quick fixes', () => {
  before(async () => {
    cache = await testCache();
    calls = analyzeFile(cache, file);
  });
  after(() => cache.dispose());

  // Expected titles written from Go's semantics: assigning a parameter, a value receiver's field
  // or a deferred call's argument frees nothing the caller holds, so those get no fix.
  it('map through a pointer receiver: make with the named type', () => assert.deepEqual(fixesAt(14), ['Release memory: s.index = make(Index)']));
  it('slice field: keep capacity or release', () =>
    assert.deepEqual(fixesAt(15), ['Keep capacity, drop len: s.names = s.names[:0] (after clear)', 'Release memory: s.names = nil']));
  it('map type with an array key, spelled as written', () => assert.deepEqual(fixesAt(16), ['Release memory: s.byKey = make(map[[2]int]struct{})']));
  it('no fix through a value receiver (a copy)', () => assert.deepEqual(fixesAt(20), []));
  it('local map', () => assert.deepEqual(fixesAt(26), ['Release memory: m = make(map[string]int)']));
  it('local slice', () => assert.deepEqual(fixesAt(28), ['Keep capacity, drop len: buf = buf[:0] (after clear)', 'Release memory: buf = nil']));
  it('no fix on parameters', () => {
    assert.deepEqual(fixesAt(35), []);
    assert.deepEqual(fixesAt(36), []);
  });
  it('package variable', () => assert.deepEqual(fixesAt(41), ['Release memory: global = make(map[string]int)']));
  it('type parameter map through a pointer: make(M)', () => assert.deepEqual(fixesAt(45), ['Release memory: holder.m = make(M)']));
  it('no fix when clear is not a statement of its own (defer)', () => assert.deepEqual(fixesAt(49), []));

  describe('the Go compiler accepts the edited file', function () {
    const all = (preferred: boolean) => calls.flatMap((c) => releaseFixes(c, lines[c.line - 1]).filter((f) => f.preferred === preferred));
    it('with every release fix applied', () => assert.equal(compiles(apply(lines.join('\n'), all(true))), 'ok'));
    it('with every keep-capacity fix applied', () => assert.equal(compiles(apply(lines.join('\n'), all(false))), 'ok'));
  });
});
