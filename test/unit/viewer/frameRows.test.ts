// Tables and tree levels as the webview gets them: numbers by frame key, the frames' text once
// per frame set. What they read back to is the session's own table and tree (themselves checked
// against go tool pprof's goldens and the lazy call-tree oracle elsewhere).
import * as assert from 'assert';
import * as path from 'path';
import { ProfileSession } from '../../../src/profile';
import { frameStrings, FrameTexts, ShownTop, topTableOf, treeNodesOf } from '../../../src/shared/frameRows';
import type { FrameText, TopRows } from '../../../src/shared/protocol/profileView';
import { filterSets, fixtureProfiles, loadSource } from './goldens';

describe('viewer: rows by frame key', () => {
  for (const file of fixtureProfiles()) {
    it(`${path.basename(file)}: every table and tree level reads back the same, for each granularity and filter set`, () => {
      const s = new ProfileSession(path.basename(file), loadSource(file));
      const types = s.summary().sampleTypes.length;
      for (const granularity of ['functions', 'lines'] as const) {
        for (const filters of filterSets) {
          for (let sampleIndex = 0; sampleIndex < types; sampleIndex++) {
            s.setSettings({ sampleIndex, granularity, filters });
            const rows = s.topRows();
            assert.ok(rows.text, 'the text comes to an asker who holds none');
            // packed (names split, files once each, lines in 16 or 32 bits) and read back
            const text = frameStrings(rows.text);
            assert.deepStrictEqual(topTableOf(rows, text), s.top());
            assert.strictEqual(s.topRows([rows.frames]).text, undefined, 'no text for an asker who holds it');
            // in two parts: the first rows, then the rest asked for by the table's id
            const head = s.topRows(undefined, 3);
            if (rows.keys.length > 3) {
              assert.deepStrictEqual([head.keys.length, head.rest?.rows], [3, rows.keys.length]);
              const tail = s.topRest(head.rest!.table, 3, [rows.frames])!;
              assert.deepStrictEqual([tail.text, tail.rest], [undefined, undefined]);
              assert.deepStrictEqual(topTableOf([head, tail], text), s.top());
              assert.strictEqual(new ShownTop([head, tail], text).partial, false);
              assert.strictEqual(new ShownTop(head, text).partial, true);
            } else {
              assert.strictEqual(head.rest, undefined, 'a table of 3 rows or fewer comes whole');
            }
            const level = s.childRows(0, [rows.frames]);
            assert.strictEqual(level.text, undefined);
            const nodes = treeNodesOf(level, text);
            assert.deepStrictEqual(nodes, s.children(0));
            // a node's text is its frame's, as the top table (made apart) has it
            const table = s.top();
            for (const n of nodes) {
              const r = table.keys.indexOf(n.key);
              if (r < 0) continue; // a frame whose values are all 0 has no row
              assert.deepStrictEqual([n.name.replace(/ \(inline\)$/, ''), n.file, n.line], [table.names[r], table.files[r], table.sourceLines[r]]);
            }
            // one level down, where hide changes which frames are always inlined
            const deeper = nodes.find((n) => n.hasChildren);
            if (deeper) assert.deepStrictEqual(treeNodesOf(s.childRows(deeper.id), text), s.children(deeper.id));
          }
        }
      }
    });
  }

  it('a table’s rest is of the table named: once another is shown, or from a row outside it, there is none', () => {
    const file = fixtureProfiles().find((f) => path.basename(f) === 'sizes-50k-go1.26.pb.gz')!;
    const s = new ProfileSession('sizes-50k-go1.26.pb.gz', loadSource(file));
    const settings = s.summary().settings;
    const head = s.topRows(undefined, 1);
    const id = head.rest!.table;
    assert.strictEqual(s.topRest(id + 1, 1), null);
    assert.strictEqual(s.topRest(id, head.rest!.rows + 1), null);
    assert.strictEqual(s.topRest(id, -1), null);
    assert.strictEqual(s.topRest(id, head.rest!.rows)?.keys.length, 0);
    s.setSettings({ ...settings, filters: { focus: 'main', ignore: '', hide: '' } });
    assert.strictEqual(s.topRest(id, 1), null, 'the table of other settings is shown');
    s.setSettings(settings);
    assert.strictEqual(s.topRest(id, 1)?.keys.length, head.rest!.rows - 1, 'the same table again (kept for the settings)');
  });

  it('parts of a table read as one, their keys 16-bit or not', () => {
    const text = { id: 1, names: ['a', 'b', 'c'], files: ['', '', ''], lines: [0, 0, 0], sourceLines: [0, 0, 0] };
    const part = (keys: Uint16Array | Uint32Array, flat: number[], rest?: { table: number; rows: number }): TopRows => ({
      frames: 1,
      keys,
      flat: { small: Int32Array.from(flat) },
      cum: { small: Int32Array.from(flat, (v) => v * 2) },
      marks: Uint8Array.from(flat, (v) => v % 2),
      total: 9,
      allRows: 3,
      ...(rest ? { rest } : {}),
    });
    const t = new ShownTop([part(Uint16Array.of(2), [5], { table: 1, rows: 3 }), part(Uint32Array.of(0, 1), [3, 2])], text);
    assert.deepStrictEqual(
      [Array.from(t.keys), t.flat, t.cum, [0, 1, 2].map((r) => t.inline(r)), t.rows, t.partial],
      [[2, 0, 1], [5, 3, 2], [10, 6, 4], [true, true, false], 3, false],
    );
    assert.deepStrictEqual(
      [0, 1, 2].map((r) => t.name(r)),
      ['c', 'a', 'b'],
    );
  });

  it('a hide keeps the frame set (the same text); another granularity, and a comparison, make another', () => {
    const file = fixtureProfiles().find((f) => path.basename(f) === 'sizes-50k-go1.26.pb.gz')!;
    const s = new ProfileSession('sizes-50k-go1.26.pb.gz', loadSource(file));
    const settings = s.summary().settings;
    const id = s.topRows().frames;
    s.setSettings({ ...settings, filters: { focus: '', ignore: '', hide: 'runtime' } });
    assert.strictEqual(s.topRows().frames, id);
    s.setSettings({ ...settings, granularity: 'lines' });
    const lines = s.topRows().frames;
    assert.notStrictEqual(lines, id);
    s.setSettings(settings);
    assert.strictEqual(s.topRows().frames, id);
    const base = fixtureProfiles().find((f) => path.basename(f) === 'sizes-10k-go1.26.pb.gz')!;
    s.compare({ file: 'sizes-10k-go1.26.pb.gz', profile: loadSource(base) });
    assert.ok(![id, lines].includes(s.topRows().frames), 'the diff has its own frames');
  });

  describe('FrameTexts (the webview keeps the text)', () => {
    const text = (id: number): FrameText => ({
      id,
      stems: ['', 'example.com/'],
      stemOf: Uint16Array.of(0, 1),
      tails: [`f${id}`, `g${id}`],
      files: ['a.go', 'b.go'],
      fileOf: Uint16Array.of(0, 1),
      lines: { small: Uint16Array.of(0, 7) },
      sourceLines: { small: Int32Array.of(3, 0), bigAt: Uint32Array.of(1), big: Float64Array.of(2 ** 40) },
    });
    const rows = (frames: number, withText: boolean): TopRows => ({
      frames,
      ...(withText ? { text: text(frames) } : {}),
      keys: Uint16Array.of(1, 0),
      flat: { small: Int32Array.of(5, 0), bigAt: Uint32Array.of(1), big: Float64Array.of(2 ** 40) },
      cum: { small: Int32Array.of(5, 9) },
      marks: Uint8Array.of(1, 2),
      total: 9,
      allRows: 2,
    });

    it('keeps the text that came, and reads later rows of the same set with it', () => {
      const t = new FrameTexts();
      assert.deepStrictEqual(t.known(), []);
      t.top(rows(7, true));
      assert.deepStrictEqual(t.known(), [7]);
      const later = rows(7, false);
      const text = t.textOf(later);
      // what the top view reads of each row is the table's
      const shown = t.top(later);
      const table = topTableOf(later, text);
      assert.deepStrictEqual(
        Array.from({ length: shown.length }, (_, r) => [
          shown.keys[r],
          shown.name(r),
          shown.file(r),
          shown.line(r),
          shown.sourceLine(r),
          shown.inline(r),
          shown.partialInline(r),
          shown.flat[r],
          shown.cum[r],
        ]),
        table.keys.map((k, r) => [
          k,
          table.names[r],
          table.files[r],
          table.lines[r],
          table.sourceLines[r],
          table.inline[r],
          table.partialInline[r],
          table.flat[r],
          table.cum[r],
        ]),
      );
      assert.deepStrictEqual([shown.rowOf(0), shown.rowOf(1), shown.rowOf(5), shown.total, shown.allRows], [1, 0, -1, 9, 2]);
      assert.deepStrictEqual(table, {
        keys: [1, 0],
        names: ['example.com/g7', 'f7'],
        files: ['b.go', 'a.go'],
        lines: [7, 0],
        sourceLines: [2 ** 40, 3],
        inline: [true, false],
        partialInline: [false, true],
        flat: [5, 2 ** 40],
        cum: [5, 9],
        total: 9,
        allRows: 2,
      });
    });

    it('rows of a set it never got fail with a message, not with wrong names', () => {
      const t = new FrameTexts();
      t.top(rows(1, true));
      assert.throws(() => t.top(rows(2, false)), /frame set 2 was neither sent nor kept/);
    });

    it('keeps the four sets used last', () => {
      const t = new FrameTexts();
      for (const id of [1, 2, 3, 4]) t.top(rows(id, true));
      t.top(rows(1, false)); // used again: kept
      t.top(rows(5, true));
      assert.deepStrictEqual(t.known().sort(), [1, 3, 4, 5]);
    });
  });
});
