// Rows that name their frames by key, and the frames' text kept by the asker: what the worker
// sends the webview for the top table and the call tree, and how the webview reads it back.
// Pure: the worker packs (src/profile/frameText.ts), the webview unpacks.
import type { FrameRefs, FrameText, IndexColumn, TopRows, TopTable, TreeNodeRow, TreeRows } from './protocol/profileView';
import { unpackNumbers } from './numberColumn';

/** Bits of TopRows.marks: pprof's "(inline)" and "(partial-inline)". */
export const ROW_INLINE = 1;
export const ROW_PARTIAL_INLINE = 2;
/** Bits of TreeRows.flags. */
export const NODE_HAS_CHILDREN = 1;
export const NODE_INLINE = 2;

/** Frame sets whose text an asker keeps: two granularities and a comparison's, with room to spare. */
const KEPT_TEXTS = 4;

/** A frame set's text as read: per frame key, its name, file and lines. */
export interface FrameStrings {
  id: number;
  names: readonly string[];
  files: readonly string[];
  lines: ArrayLike<number>;
  sourceLines: ArrayLike<number>;
}

/** The strings of a packed FrameText (once per frame set). */
export function frameStrings(t: FrameText): FrameStrings {
  const n = t.tails.length;
  const names = new Array<string>(n);
  const files = new Array<string>(n);
  for (let k = 0; k < n; k++) {
    names[k] = t.stems[t.stemOf[k]] + t.tails[k];
    files[k] = t.files[t.fileOf[k]];
  }
  return { id: t.id, names, files, lines: unpackNumbers(t.lines), sourceLines: unpackNumbers(t.sourceLines) };
}

/** The frame texts the webview holds, most recently used last. */
export class FrameTexts {
  private readonly byId = new Map<number, FrameStrings>();

  /** The ids to send with a query (KnownFrames.frames). */
  known(): number[] {
    return [...this.byId.keys()];
  }

  /** The text of `rows`' frame set: the one they carry (kept for later), or one kept earlier. */
  textOf(rows: FrameRefs): FrameStrings {
    const t = rows.text ? frameStrings(rows.text) : this.byId.get(rows.frames);
    if (!t || t.id !== rows.frames) throw new Error(`the text of frame set ${rows.frames} was neither sent nor kept`);
    this.byId.delete(t.id);
    this.byId.set(t.id, t);
    while (this.byId.size > KEPT_TEXTS) this.byId.delete(this.byId.keys().next().value!);
    return t;
  }

  /** The top table `rows` stands for, read where it is shown. */
  top(rows: TopRows): ShownTop {
    return new ShownTop(rows, this.textOf(rows));
  }

  /** The call-tree nodes `rows` stands for. */
  nodes(rows: TreeRows): TreeNodeRow[] {
    return treeNodesOf(rows, this.textOf(rows));
  }
}

/**
 * A top table as the webview reads it: the text of a row looked up when it is drawn (a table of
 * 40,000 rows comes after every switch; a screen shows some 40).
 */
export class ShownTop {
  readonly length: number;
  readonly keys: IndexColumn;
  /** Values per row, in pprof's order. */
  readonly flat: number[];
  readonly cum: number[];
  readonly total: number;
  readonly allRows: number;
  /** The rows of the whole table when these are its first ones only (TopRows.rest); else this.length. */
  readonly rows: number;
  private readonly marks: Uint8Array;

  /** `rows`: a table's rows, or its parts in order (its first rows, then the rest). */
  constructor(
    rows: TopRows | readonly TopRows[],
    private readonly text: FrameStrings,
  ) {
    const parts = partsOf(rows);
    const keys = parts.map((p) => p.keys);
    this.keys = parts.length === 1 ? keys[0] : joined(keys, (n) => (keys.every((k) => k instanceof Uint16Array) ? new Uint16Array(n) : new Uint32Array(n)));
    this.length = this.keys.length;
    this.flat = parts.flatMap((p) => unpackNumbers(p.flat));
    this.cum = parts.flatMap((p) => unpackNumbers(p.cum));
    this.marks =
      parts.length === 1
        ? parts[0].marks
        : joined(
            parts.map((p) => p.marks),
            (n) => new Uint8Array(n),
          );
    this.total = parts[0].total;
    this.allRows = parts[0].allRows;
    const last = parts[parts.length - 1];
    this.rows = last.rest ? last.rest.rows : this.length;
  }

  /** Whether these are the table's first rows only. */
  get partial(): boolean {
    return this.rows > this.length;
  }

  /** Function name (without pprof's " (inline)"). */
  name(r: number): string {
    return this.text.names[this.keys[r]];
  }
  file(r: number): string {
    return this.text.files[this.keys[r]];
  }
  /** 0 when the row has no line (or at functions granularity). */
  line(r: number): number {
    return this.text.lines[this.keys[r]];
  }
  /** Line to open the row's source at. */
  sourceLine(r: number): number {
    return this.text.sourceLines[this.keys[r]];
  }
  /** pprof prints "(inline)": every call into the row is an inlined one. */
  inline(r: number): boolean {
    return (this.marks[r] & ROW_INLINE) !== 0;
  }
  /** pprof prints "(partial-inline)". */
  partialInline(r: number): boolean {
    return (this.marks[r] & ROW_PARTIAL_INLINE) !== 0;
  }
  /** The row of frame `key`, -1 when the table has none. */
  rowOf(key: number): number {
    return this.keys.indexOf(key);
  }
}

function partsOf(rows: TopRows | readonly TopRows[]): readonly TopRows[] {
  return Array.isArray(rows) ? (rows as readonly TopRows[]) : [rows as TopRows];
}

/** Typed arrays one after the other, in one made by `make`. */
function joined<T extends Uint8Array | Uint16Array | Uint32Array>(parts: readonly (Uint8Array | Uint16Array | Uint32Array)[], make: (n: number) => T): T {
  const n = parts.reduce((sum, p) => sum + p.length, 0);
  const out = make(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The top table of `rows` (or of its parts, in order), its text from `text`: every row read as the top view reads it. */
export function topTableOf(rows: TopRows | readonly TopRows[], text: FrameStrings): TopTable {
  const t = new ShownTop(rows, text);
  const each = <T>(f: (r: number) => T): T[] => Array.from({ length: t.length }, (_, r) => f(r));
  return {
    keys: Array.from(t.keys),
    names: each((r) => t.name(r)),
    files: each((r) => t.file(r)),
    lines: each((r) => t.line(r)),
    sourceLines: each((r) => t.sourceLine(r)),
    inline: each((r) => t.inline(r)),
    partialInline: each((r) => t.partialInline(r)),
    flat: t.flat,
    cum: t.cum,
    total: t.total,
    allRows: t.allRows,
  };
}

/** The call-tree nodes of `rows`, their text from `text`. */
export function treeNodesOf(rows: TreeRows, text: FrameStrings): TreeNodeRow[] {
  const out: TreeNodeRow[] = new Array(rows.ids.length);
  const self = unpackNumbers(rows.self);
  const total = unpackNumbers(rows.total);
  for (let i = 0; i < out.length; i++) {
    const k = rows.keys[i] - 1;
    const f = rows.flags[i];
    out[i] = {
      id: rows.ids[i],
      key: k,
      name: k < 0 ? 'all' : text.names[k] + (f & NODE_INLINE ? ' (inline)' : ''),
      file: k < 0 ? '' : text.files[k],
      line: k < 0 ? 0 : text.sourceLines[k],
      self: self[i],
      total: total[i],
      hasChildren: (f & NODE_HAS_CHILDREN) !== 0,
    };
  }
  return out;
}
