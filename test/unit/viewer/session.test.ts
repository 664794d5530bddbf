// The worker's session end to end on fixtures: first view, settings, call tree, sandwich, layout.
// Expected figures come from `go tool pprof` outputs (shared goldens and test/fixtures/viewer).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadSession, ProfileSession } from '../../../src/profile';
import { InputError } from '../../../src/shared/errors';
import { frameStrings, topTableOf } from '../../../src/shared/frameRows';
import { fixtureProfiles, loadSource, readGolden, profileFixtures, viewerFixtures } from './goldens';

function session(profile: string, sampleType?: string): ProfileSession {
  const src = loadSource(path.join(profileFixtures, profile + '.pb.gz'));
  const s = new ProfileSession(profile, src);
  if (sampleType) {
    const sampleIndex = src.sampleTypes.findIndex((t) => t.type === sampleType);
    s.setSettings({ sampleIndex, granularity: 'functions', filters: { focus: '', ignore: '', hide: '' } });
  }
  return s;
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
  const top = s.top();
  const key = top.keys[top.names.indexOf(fn)];
  const r = s.sandwich(key)!;
  const want = readPeek(golden);
  assert.deepStrictEqual(new Map(r.callers.map((c) => [c.name, c.value])), want.callers, 'callers');
  assert.deepStrictEqual(new Map(r.callees.map((c) => [c.name, c.value])), want.callees, 'callees');
}

describe('viewer: worker session', () => {
  it("defaults to alloc_space and pprof's total (jsonwork 142543203 B)", () => {
    const sum = session('jsonwork-go1.19').summary();
    assert.strictEqual(sum.sampleTypes[sum.settings.sampleIndex].type, 'alloc_space');
    assert.strictEqual(sum.unfilteredTotal, readGolden(path.join(profileFixtures, 'jsonwork-go1.19.alloc_space.top.txt')).total);
  });

  it('the first view is the summary and the top table of the same settings (the first paint needs both)', () => {
    const s = session('jsonwork-go1.19');
    const first = s.view();
    const golden = readGolden(path.join(profileFixtures, 'jsonwork-go1.19.alloc_space.top.txt'));
    assert.strictEqual(first.summary.total, golden.total);
    const table = topTableOf(first.table, frameStrings(first.table.text!));
    assert.strictEqual(table.total, golden.total);
    assert.strictEqual(table.names[0], golden.rows[0].name);
    assert.deepStrictEqual(table, s.top());
  });

  it("the first view applies a restored tab's settings, and ignores ones that no longer fit the profile", () => {
    const s = session('jsonwork-go1.19');
    const types = s.summary().sampleTypes.map((t) => t.type);
    const inuse = { sampleIndex: types.indexOf('inuse_space'), granularity: 'functions' as const, filters: { focus: '', ignore: '', hide: '' } };
    const golden = readGolden(path.join(profileFixtures, 'jsonwork-go1.19.inuse_space.top.txt'));
    assert.strictEqual(s.view(inuse).table.total, golden.total);
    assert.strictEqual(s.view({ ...inuse, sampleIndex: types.length }).summary.settings.sampleIndex, inuse.sampleIndex);
  });

  it("going back to earlier settings shows their table again (pprof's goldens for each type, back and forth, a filter on and off)", () => {
    const s = session('jsonwork-go1.19');
    const types = s.summary().sampleTypes.map((t) => t.type);
    const at = (type: string) => ({ sampleIndex: types.indexOf(type), granularity: 'functions' as const, filters: { focus: '', ignore: '', hide: '' } });
    const golden = (type: string) => readGolden(path.join(profileFixtures, `jsonwork-go1.19.${type}.top.txt`));
    for (const type of ['inuse_space', 'alloc_space', 'inuse_space', 'alloc_space']) {
      s.setSettings(at(type));
      const top = s.top();
      assert.strictEqual(top.total, golden(type).total, type);
      assert.deepStrictEqual(
        top.names.slice(0, 5),
        golden(type)
          .rows.slice(0, 5)
          .map((r) => r.name),
        type,
      );
    }
    const all = s.top();
    s.setSettings({ ...at('alloc_space'), filters: { focus: '', ignore: 'encoding/json', hide: '' } });
    assert.ok(
      s.top().names.every((n) => !n.startsWith('encoding/json')),
      'the ignore filter applies',
    );
    s.setSettings(at('alloc_space'));
    assert.deepStrictEqual(s.top(), all);
  });

  it("the other sample types' tables, made with the first one, are pprof's (each type's golden total and first rows)", () => {
    const s = session('jsonwork-go1.19');
    s.top(); // the first paint
    let warmed = 0;
    while (s.warmNextType()) warmed++;
    const types = s.summary().sampleTypes.map((t) => t.type);
    // the first table's pass made every other type's too (four types a pass)
    assert.strictEqual(warmed, 0);
    for (const type of ['inuse_space', 'alloc_space']) {
      s.setSettings({ sampleIndex: types.indexOf(type), granularity: 'functions', filters: { focus: '', ignore: '', hide: '' } });
      const golden = readGolden(path.join(profileFixtures, `jsonwork-go1.19.${type}.top.txt`));
      assert.strictEqual(s.top().total, golden.total, type);
      assert.deepStrictEqual(
        s.top().names.slice(0, 5),
        golden.rows.slice(0, 5).map((r) => r.name),
        type,
      );
    }
  });

  it("read as it inflates (as the worker opens a file), every type's first table comes from that reading and equals a session decoded whole", async () => {
    let streamed = 0;
    for (const file of fixtureProfiles()) {
      const loaded = await loadSession(file, { path: file });
      const whole = new ProfileSession(file, loadSource(file));
      const types = whole.summary().sampleTypes;
      // before any table is asked for, the first four types' are there (no pass left to warm them)
      if (types.length <= 4 && !loaded.warmNextType()) streamed++;
      for (let t = 0; t < types.length; t++) {
        for (const granularity of ['functions', 'lines'] as const) {
          const at = { sampleIndex: t, granularity, filters: { focus: '', ignore: '', hide: '' } };
          loaded.setSettings(at);
          whole.setSettings(at);
          assert.deepStrictEqual(loaded.top(), whole.top(), `${path.basename(file)} ${types[t].type} ${granularity}`);
        }
      }
    }
    // the profiles Go wrote are read so (pprof's diffs, with samples first, are not)
    assert.ok(streamed >= fixtureProfiles().length / 2, `${streamed} of ${fixtureProfiles().length} profiles had their first tables from the reading`);
  });

  it('with a filter, the other types are warmed while idle and equal a fresh session at those settings', () => {
    const s = session('jsonwork-go1.19');
    const types = s.summary().sampleTypes.map((t) => t.type);
    const filtered = (type: string) => ({
      sampleIndex: types.indexOf(type),
      granularity: 'functions' as const,
      filters: { focus: '', ignore: 'encoding/json', hide: '' },
    });
    s.setSettings(filtered('alloc_space'));
    s.top();
    let warmed = 0;
    while (s.warmNextType()) warmed++;
    assert.strictEqual(warmed, 1, 'the three other types in one pass');
    for (const type of ['inuse_space', 'alloc_objects']) {
      s.setSettings(filtered(type));
      const fresh = session('jsonwork-go1.19');
      fresh.setSettings(filtered(type));
      assert.deepStrictEqual(s.top(), fresh.top(), type);
      assert.ok(
        s.top().names.every((n) => !n.startsWith('encoding/json')),
        type,
      );
    }
  });

  it('setSettings refuses an unknown sample type as an input error, keeping the view', () => {
    const s = session('jsonwork-go1.19');
    const before = s.summary().settings;
    assert.throws(
      () => s.setSettings({ ...before, sampleIndex: 99 }),
      (e) => e instanceof InputError && e.message === 'Unknown sample type.',
    );
    assert.deepStrictEqual(s.summary().settings, before);
  });

  it("a CPU profile defaults to its last type (cpu) with pprof's total", () => {
    const sum = session('cpu-go1.26').summary();
    assert.strictEqual(sum.sampleTypes[sum.settings.sampleIndex].type, 'cpu');
    assert.strictEqual(sum.unfilteredTotal, 1420000000);
  });

  it('call tree: runtime.main total equals its pprof cum (inline, 6772056 B)', () => {
    const s = session('inline-go1.26');
    const rows = s.children(0);
    const rm = rows.find((r) => r.name === 'runtime.main')!;
    assert.strictEqual(rm.total, 6772056);
    const mm = s.children(rm.id);
    assert.deepStrictEqual(
      mm.map((r) => [r.name, r.total]),
      [['main.main', 6772056]],
    );
  });

  it('sandwich of decodeState.object equals pprof -peek', () =>
    checkPeek('jsonwork-go1.19', 'alloc_space', 'encoding/json.(*decodeState).object', 'jsonwork.peek-object.txt'));
  it('sandwich of main.work equals pprof -peek', () => checkPeek('inline-go1.26', 'alloc_space', 'main.work', 'inline.peek-work.txt'));
  it('sandwich of main.main (cpu) equals pprof -peek', () => checkPeek('cpu-go1.26', 'cpu', 'main.main', 'cpu.peek-main.txt'));

  /** A layout without its node ids (which follow the order nodes were built in), each node named by its frames from the root instead. */
  function byPath(s: ProfileSession, lay: ReturnType<ProfileSession['flame']>): unknown {
    const keyPath = (id: number): string => {
      const trail: number[] = [];
      // the rows from the root: the path of the zoom root, then each node's own parents via the tree view's rows
      for (const r of s.flame(id, 1).path) trail.push(r.key);
      return trail.join('/');
    };
    return { ...lay, nodeId: Array.from(lay.nodeId, keyPath), rootId: keyPath(lay.rootId), path: lay.path.map((r) => ({ ...r, id: keyPath(r.id) })) };
  }

  it('the flame graph warmed in slices, with queries between them, equals one built at once', () => {
    for (const [profile, type] of [
      ['jsonwork-go1.19', 'alloc_space'],
      ['inline-go1.26', 'alloc_objects'],
      ['sizes-50k-go1.26', 'alloc_space'],
    ]) {
      const cold = session(profile, type);
      const warmed = session(profile, type);
      let slices = 0;
      // a few samples a slice, so sweeps stop mid-way; a table query between slices
      while (warmed.warmFlame(7)) {
        slices++;
        if (slices % 5 === 0) warmed.top();
      }
      assert.ok(slices > 3, `${profile}: ${slices} slices`);
      assert.strictEqual(warmed.warmFlame(7), false, 'nothing left to warm');
      for (const fraction of [0, 0.5 / 1920, 0.01]) {
        assert.deepStrictEqual(byPath(warmed, warmed.flame(0, fraction)), byPath(cold, cold.flame(0, fraction)), `${profile} at ${fraction}`);
      }
      const rows = (x: ProfileSession) => x.children(0).map((r) => ({ ...r, id: 0 }));
      assert.deepStrictEqual(rows(warmed), rows(cold));
    }
  });

  it('a flame graph asked for while a warm-up sweep is half done equals one built at once', () => {
    const cold = session('sizes-50k-go1.26', 'alloc_space');
    const warmed = session('sizes-50k-go1.26', 'alloc_space');
    for (let i = 0; i < 4; i++) warmed.warmFlame(1000);
    assert.deepStrictEqual(byPath(warmed, warmed.flame(0, 0.5 / 1920)), byPath(cold, cold.flame(0, 0.5 / 1920)));
    // the warm-up goes on over the built tree and still ends with the same tree
    while (warmed.warmFlame(1000));
    assert.deepStrictEqual(byPath(warmed, warmed.flame(0, 0)), byPath(cold, cold.flame(0, 0)));
  });

  it('the warm-up follows new settings: the new view’s flame graph, not the old one’s', () => {
    const s = session('jsonwork-go1.19', 'alloc_space');
    for (let i = 0; i < 3; i++) s.warmFlame(7);
    const types = s.summary().sampleTypes.map((t) => t.type);
    const other = { sampleIndex: types.indexOf('inuse_space'), granularity: 'functions' as const, filters: { focus: '', ignore: '', hide: '' } };
    s.setSettings(other);
    while (s.warmFlame(7));
    const cold = session('jsonwork-go1.19', 'inuse_space');
    assert.deepStrictEqual(byPath(s, s.flame(0, 0)), byPath(cold, cold.flame(0, 0)));
  });

  it('call trees built on the arrays earlier trees left (switching types back and forth) equal fresh ones', () => {
    const s = session('sizes-50k-go1.26', 'alloc_space');
    const types = s.summary().sampleTypes.map((t) => t.type);
    for (const type of ['alloc_space', 'inuse_space', 'alloc_objects', 'alloc_space', 'inuse_objects']) {
      s.setSettings({ sampleIndex: types.indexOf(type), granularity: 'functions', filters: { focus: '', ignore: '', hide: '' } });
      const cold = session('sizes-50k-go1.26', type);
      assert.deepStrictEqual(byPath(s, s.flame(0, 0)), byPath(cold, cold.flame(0, 0)), type);
    }
  });

  it('a flame graph right after a switch, on the tree the type before left (same samples, new values), equals a fresh one', () => {
    for (const [profile, from, to] of [
      ['sizes-50k-go1.26', 'alloc_space', 'alloc_objects'],
      ['inline-go1.26', 'alloc_objects', 'alloc_space'],
      ['jsonwork-go1.19', 'inuse_space', 'inuse_objects'],
    ]) {
      const s = session(profile, from);
      const types = s.summary().sampleTypes.map((t) => t.type);
      // the old type's tree as the warm-up leaves it, then a zoom deeper into it
      while (s.warmFlame(1000));
      const deep = s.flame(0, 0.5 / 1920).nodeId;
      s.flame(deep[deep.length - 1], 0);
      s.setSettings({ sampleIndex: types.indexOf(to), granularity: 'functions', filters: { focus: '', ignore: '', hide: '' } });
      const cold = session(profile, to);
      for (const fraction of [0.5 / 1920, 0, 0.01])
        assert.deepStrictEqual(byPath(s, s.flame(0, fraction)), byPath(cold, cold.flame(0, fraction)), `${profile} ${from} → ${to} at ${fraction}`);
      const rows = (x: ProfileSession) => x.children(0).map((r) => ({ ...r, id: 0 }));
      assert.deepStrictEqual(rows(s), rows(cold));
    }
  });

  it('flame layout: root spans the total, children tile their parent left to right', () => {
    const lay = session('jsonwork-go1.19').flame(0, 0);
    assert.strictEqual(lay.width[0], 142543203);
    assert.strictEqual(lay.culled, 0);
    // runtime.main's cum from pprof is the width of its rectangle at depth 1.
    const i = Array.from(lay.depth).findIndex((d, j) => d === 1 && lay.names[lay.nameIndex[j]] === 'runtime.main');
    assert.strictEqual(lay.width[i], 142534802);
  });

  it('an invalid filter regex is reported, not applied', () => {
    const sum = session('inline-go1.26').setSettings({ sampleIndex: 1, granularity: 'functions', filters: { focus: '[', ignore: '', hide: '' } });
    assert.match(sum.filterError ?? '', /^focus: invalid regular expression/);
    assert.strictEqual(sum.total, 6774040);
  });
});

// Compare With…: the session against a base equals `go tool pprof -diff_base` (test/fixtures/profile/vs-*)
describe('viewer: a session compared with a base', () => {
  const load = (name: string) => loadSource(path.join(profileFixtures, name + '.pb.gz'));
  const compared = () => {
    const s = session('sizes-50k-go1.26');
    s.compare({ file: 'sizes-10k-go1.26.pb.gz', profile: load('sizes-10k-go1.26') });
    return s;
  };
  const rows = (t: ReturnType<ProfileSession['top']>) => t.names.map((name, i) => ({ name, inline: t.inline[i], flat: t.flat[i], cum: t.cum[i] }));

  it('the top table has signed rows and the base total, as -diff_base; the header has both totals', () => {
    const s = compared();
    const golden = readGolden(path.join(profileFixtures, 'vs-sizes-grow.alloc_space.top.txt'));
    assert.deepStrictEqual(rows(s.top()), golden.rows);
    assert.strictEqual(s.top().total, golden.total);
    const sum = s.summary();
    assert.strictEqual(sum.unfilteredTotal, golden.total);
    assert.deepStrictEqual(sum.base, {
      file: 'sizes-10k-go1.26.pb.gz',
      baseTotal: readGolden(path.join(profileFixtures, 'sizes-10k-go1.26.alloc_space.top.txt')).total,
      ownTotal: readGolden(path.join(profileFixtures, 'sizes-50k-go1.26.alloc_space.top.txt')).total,
    });
  });

  it('another sample type follows the comparison', () => {
    const s = compared();
    const types = s.summary().sampleTypes.map((t) => t.type);
    s.setSettings({ sampleIndex: types.indexOf('inuse_space'), granularity: 'functions', filters: { focus: '', ignore: '', hide: '' } });
    assert.deepStrictEqual(rows(s.top()), readGolden(path.join(profileFixtures, 'vs-sizes-grow.inuse_space.top.txt')).rows);
  });

  it('callers and callees carry the changes (pprof -peek -diff_base)', () => {
    const s = compared();
    const top = s.top();
    const r = s.sandwich(top.keys[top.names.indexOf('encoding/json.Marshal')])!;
    const want = readPeek('vs-sizes-grow.peek-marshal.txt');
    assert.deepStrictEqual(new Map(r.callers.map((c) => [c.name, c.value])), want.callers);
    assert.deepStrictEqual(new Map(r.callees.map((c) => [c.name, c.value])), want.callees);
  });

  it('the flame graph has each frame’s net change; widths are |value| through it', () => {
    const s = compared();
    const f = s.flame(0, 0);
    assert.ok(f.delta);
    const own = readGolden(path.join(profileFixtures, 'sizes-50k-go1.26.alloc_space.top.txt')).total;
    const base = readGolden(path.join(profileFixtures, 'sizes-10k-go1.26.alloc_space.top.txt')).total;
    assert.strictEqual(f.delta[0], own - base);
    assert.strictEqual(f.width[0], own + base);
    const golden = readGolden(path.join(profileFixtures, 'vs-sizes-grow.alloc_space.top.txt'));
    const small = golden.rows.find((r) => r.name === 'main.small')!;
    const i = [...f.nameIndex].findIndex((k) => f.names[k] === 'main.small');
    assert.strictEqual(f.delta[i], small.cum);
    assert.ok(small.cum < 0, 'main.small only runs in the base');
  });

  it('line values are changes, naming the base', () => {
    const v = compared().lineValues();
    assert.strictEqual(v.base, 'sizes-10k-go1.26.pb.gz');
    assert.ok(v.values.some((vs) => vs.some((x) => x < 0)));
  });

  it('stops comparing: the profile alone again', () => {
    const s = compared();
    s.compare(null);
    assert.strictEqual(s.summary().base, undefined);
    assert.deepStrictEqual(rows(s.top()), readGolden(path.join(profileFixtures, 'sizes-50k-go1.26.alloc_space.top.txt')).rows);
    assert.strictEqual(s.flame(0, 0).delta, undefined);
  });

  it('a base without the shown sample type is refused, the view kept', () => {
    const s = session('sizes-50k-go1.26');
    assert.throws(
      () => s.compare({ file: 'cpu-go1.26.pb.gz', profile: load('cpu-go1.26') }),
      (e) => e instanceof InputError && /cpu-go1\.26\.pb\.gz has no alloc_space samples/.test(e.message),
    );
    assert.strictEqual(s.summary().base, undefined);
  });

  it("a text heap profile's MemStats reach the header", () => {
    const s = new ProfileSession('textheap-go1.26.txt', loadSource(path.join(profileFixtures, 'textheap-go1.26.txt')));
    const m = s.summary().memStats!;
    const file = fs.readFileSync(path.join(profileFixtures, 'textheap-go1.26.txt'), 'utf8');
    assert.strictEqual(
      `# HeapAlloc = ${m.HeapAlloc}`,
      file.split('\n').find((l) => l.startsWith('# HeapAlloc = ')),
    );
    assert.strictEqual(session('sizes-50k-go1.26').summary().memStats, undefined);
  });
});
