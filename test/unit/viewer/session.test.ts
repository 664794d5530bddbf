// The worker's session end to end on fixtures: protocol coverage, call tree, sandwich, layout.
// Expected figures come from `go tool pprof` outputs (shared goldens and test/fixtures/viewer).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ProfileSession } from '../../../src/profile';
import { fromWebviewTypes, toWebviewTypes, type FromWebview, type ToWebview } from '../../../src/shared/protocol/profileView';
import { loadSource, readGolden, profileFixtures, viewerFixtures } from './goldens';

function session(profile: string, sampleType?: string): ProfileSession {
  const src = loadSource(path.join(profileFixtures, profile + '.pb.gz'));
  const s = new ProfileSession(profile, src);
  if (sampleType) {
    const sampleIndex = src.sampleTypes.findIndex((t) => t.type === sampleType);
    s.handle({ type: 'setSettings', settings: { sampleIndex, granularity: 'functions', filters: { focus: '', ignore: '', hide: '' } } });
  }
  return s;
}

function one<T extends ToWebview['type']>(replies: ToWebview[], type: T): Extract<ToWebview, { type: T }> {
  assert.strictEqual(replies.length, 1);
  assert.strictEqual(replies[0].type, type);
  return replies[0] as Extract<ToWebview, { type: T }>;
}

/** The first reply, of this type (ready answers with the summary, then the table). */
function first<T extends ToWebview['type']>(replies: ToWebview[], type: T): Extract<ToWebview, { type: T }> {
  assert.strictEqual(replies[0]?.type, type);
  return replies[0] as Extract<ToWebview, { type: T }>;
}

/** Callers and callees from `go tool pprof -peek` output: name → value. */
function readPeek(file: string): { callers: Map<string, number>; callees: Map<string, number> } {
  const lines = fs.readFileSync(path.join(viewerFixtures, file), 'utf8').split('\n');
  const callers = new Map<string, number>(),
    callees = new Map<string, number>();
  let seenSelf = false;
  for (const l of lines) {
    const edge = /^\s+(-?\d+)[a-zA-Z]*\s+\S+%\s+\|\s+(.*?)(?: \(inline\))?\s*$/.exec(l);
    if (edge) (seenSelf ? callees : callers).set(edge[2], Number(edge[1]));
    else if (/^\s*-?\d+[a-zA-Z]*\s+\S+%\s+\S+%/.test(l)) seenSelf = true; // the function's own line
  }
  return { callers, callees };
}

function checkPeek(profile: string, sampleType: string, fn: string, golden: string): void {
  const s = session(profile, sampleType);
  const top = one(s.handle({ type: 'getTop', requestId: 1 }), 'top').table;
  const key = top.keys[top.names.indexOf(fn)];
  const r = one(s.handle({ type: 'getSandwich', requestId: 2, key }), 'sandwich').result;
  const want = readPeek(golden);
  assert.deepStrictEqual(new Map(r.callers.map((c) => [c.name, c.value])), want.callers, 'callers');
  assert.deepStrictEqual(new Map(r.callees.map((c) => [c.name, c.value])), want.callees, 'callees');
}

describe('viewer: protocol and worker session', () => {
  it('lists every webview message type once (compile-time complete)', () => {
    const all: Record<FromWebview['type'], true> = {
      ready: true,
      setSettings: true,
      getTop: true,
      getChildren: true,
      getFlame: true,
      getSandwich: true,
      getSandwichLevel: true,
      openSource: true,
      reopenAsText: true,
      retry: true,
    };
    assert.deepStrictEqual([...fromWebviewTypes].sort(), Object.keys(all).sort());
    const toAll: Record<ToWebview['type'], true> = {
      loading: true,
      summary: true,
      top: true,
      children: true,
      flame: true,
      sandwich: true,
      sandwichLevel: true,
      notice: true,
      fatal: true,
    };
    assert.deepStrictEqual([...toWebviewTypes].sort(), Object.keys(toAll).sort());
  });

  it("defaults to alloc_space and pprof's total (jsonwork 142543203 B)", () => {
    const sum = first(session('jsonwork-go1.19').handle({ type: 'ready' }), 'summary').summary;
    assert.strictEqual(sum.sampleTypes[sum.settings.sampleIndex].type, 'alloc_space');
    assert.strictEqual(sum.unfilteredTotal, readGolden(path.join(profileFixtures, 'jsonwork-go1.19.alloc_space.top.txt')).total);
  });

  it('ready answers with the summary and then the top table of its generation (the first paint needs both)', () => {
    const s = session('jsonwork-go1.19');
    const replies = s.handle({ type: 'ready' });
    assert.deepStrictEqual(
      replies.map((r) => r.type),
      ['summary', 'top'],
    );
    const [sum, top] = replies as [Extract<ToWebview, { type: 'summary' }>, Extract<ToWebview, { type: 'top' }>];
    assert.strictEqual(top.table.generation, sum.summary.generation);
    const golden = readGolden(path.join(profileFixtures, 'jsonwork-go1.19.alloc_space.top.txt'));
    assert.strictEqual(top.table.names[0], golden.rows[0].name);
    assert.deepStrictEqual(top.table, one(s.handle({ type: 'getTop', requestId: 9 }), 'top').table);
  });

  it("a CPU profile defaults to its last type (cpu) with pprof's total", () => {
    const sum = first(session('cpu-go1.26').handle({ type: 'ready' }), 'summary').summary;
    assert.strictEqual(sum.sampleTypes[sum.settings.sampleIndex].type, 'cpu');
    assert.strictEqual(sum.unfilteredTotal, 1420000000);
  });

  it('call tree: runtime.main total equals its pprof cum (inline, 6772056 B)', () => {
    const s = session('inline-go1.26');
    const rows = one(s.handle({ type: 'getChildren', requestId: 1, nodeId: 0 }), 'children').rows;
    const rm = rows.find((r) => r.name === 'runtime.main')!;
    assert.strictEqual(rm.total, 6772056);
    const mm = one(s.handle({ type: 'getChildren', requestId: 2, nodeId: rm.id }), 'children').rows;
    assert.deepStrictEqual(
      mm.map((r) => [r.name, r.total]),
      [['main.main', 6772056]],
    );
  });

  it('sandwich of decodeState.object equals pprof -peek', () =>
    checkPeek('jsonwork-go1.19', 'alloc_space', 'encoding/json.(*decodeState).object', 'jsonwork.peek-object.txt'));
  it('sandwich of main.work equals pprof -peek', () => checkPeek('inline-go1.26', 'alloc_space', 'main.work', 'inline.peek-work.txt'));
  it('sandwich of main.main (cpu) equals pprof -peek', () => checkPeek('cpu-go1.26', 'cpu', 'main.main', 'cpu.peek-main.txt'));

  it('flame layout: root spans the total, children tile their parent left to right', () => {
    const lay = one(session('jsonwork-go1.19').handle({ type: 'getFlame', requestId: 1, rootId: 0, minWidthFraction: 0 }), 'flame').layout;
    assert.strictEqual(lay.width[0], 142543203);
    assert.strictEqual(lay.culled, 0);
    // runtime.main's cum from pprof is the width of its rectangle at depth 1.
    const i = Array.from(lay.depth).findIndex((d, j) => d === 1 && lay.names[lay.nameIndex[j]] === 'runtime.main');
    assert.strictEqual(lay.width[i], 142534802);
  });

  it('an invalid filter regex is reported, not applied', () => {
    const sum = one(
      session('inline-go1.26').handle({
        type: 'setSettings',
        settings: { sampleIndex: 1, granularity: 'functions', filters: { focus: '[', ignore: '', hide: '' } },
      }),
      'summary',
    ).summary;
    assert.match(sum.filterError ?? '', /^focus: invalid regular expression/);
    assert.strictEqual(sum.total, 6774040);
  });
});
