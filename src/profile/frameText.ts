// The worker's side of src/shared/frameRows.ts: a frame table's text under an id, and the top
// table and call-tree nodes as numbers by frame key, with the text only for an asker without it.
import type { FrameText, TopRows, TreeRows } from '../shared/protocol/profileView';
import { NODE_HAS_CHILDREN, NODE_INLINE, ROW_INLINE, ROW_PARTIAL_INLINE, type FrameStrings } from '../shared/frameRows';
import { columnArrays, packIndices, packNumbers } from '../shared/numberColumn';
import type { FrameTable, TopTable } from './model';
import type { CallTree } from './callTree';

// By the table's name array: a hide's table (withoutSlots) shares it, and so its text.
const texts = new WeakMap<readonly string[], { strings: FrameStrings; packed?: FrameText }>();
let nextId = 1;

function entryOf(frames: FrameTable): { strings: FrameStrings; packed?: FrameText } {
  let e = texts.get(frames.name);
  if (!e) {
    e = { strings: { id: nextId++, names: frames.name, files: frames.file, lines: frames.line, sourceLines: frames.sourceLine } };
    texts.set(frames.name, e);
  }
  return e;
}

/** The strings of `frames` under their frame set's id (the same for every table sharing its names). */
export function frameStringsOf(frames: FrameTable): FrameStrings {
  return entryOf(frames).strings;
}

/** The text of `frames` as it travels: packed once, kept for the next asker without it. */
export function frameTextOf(frames: FrameTable): FrameText {
  const e = entryOf(frames);
  return (e.packed ??= packText(e.strings));
}

/** Names split after their last '/' (the package path, shared), files once each. */
function packText(s: FrameStrings): FrameText {
  const stems: string[] = [];
  const stemIds = new Map<string, number>();
  const stemOf = new Array<number>(s.names.length);
  const tails = new Array<string>(s.names.length);
  s.names.forEach((name, k) => {
    const cut = name.lastIndexOf('/') + 1;
    const stem = name.slice(0, cut);
    let id = stemIds.get(stem);
    if (id === undefined) stemIds.set(stem, (id = stems.push(stem) - 1));
    stemOf[k] = id;
    tails[k] = name.slice(cut);
  });
  const files: string[] = [];
  const fileIds = new Map<string, number>();
  const fileOf = s.files.map((f) => {
    let id = fileIds.get(f);
    if (id === undefined) fileIds.set(f, (id = files.push(f) - 1));
    return id;
  });
  return {
    id: s.id,
    stems,
    stemOf: packIndices(stemOf),
    tails,
    files,
    fileOf: packIndices(fileOf),
    lines: packNumbers(s.lines),
    sourceLines: packNumbers(s.sourceLines),
  };
}

/** The text's id, and the text itself unless `known` holds it. */
function refs(frames: FrameTable, known: readonly number[] | undefined): { frames: number; text?: FrameText } {
  const id = frameStringsOf(frames).id;
  return known?.includes(id) ? { frames: id } : { frames: id, text: frameTextOf(frames) };
}

/** Rows [from, to) of `table` (made from `frames`) as TopRows. */
export function topRowsOf(table: TopTable, frames: FrameTable, known?: readonly number[], from = 0, to = table.keys.length): TopRows {
  const n = to - from;
  const marks = new Uint8Array(n);
  for (let i = 0; i < n; i++) marks[i] = (table.inline[from + i] ? ROW_INLINE : 0) | (table.partialInline[from + i] ? ROW_PARTIAL_INLINE : 0);
  const part = <T>(column: T[]): T[] => (from === 0 && to === table.keys.length ? column : column.slice(from, to));
  return {
    ...refs(frames, known),
    keys: packIndices(part(table.keys)),
    flat: packNumbers(part(table.flat)),
    cum: packNumbers(part(table.cum)),
    marks,
    total: table.total,
    allRows: table.allRows,
  };
}

/** Nodes of `tree` (made with `frames`) as TreeRows. */
export function treeRowsOf(tree: CallTree, nodes: readonly number[], frames: FrameTable, known?: readonly number[]): TreeRows {
  const n = nodes.length;
  const keys = new Array<number>(n);
  const self = new Array<number>(n);
  const total = new Array<number>(n);
  const flags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const node = nodes[i];
    const k = tree.key[node];
    keys[i] = k + 1;
    self[i] = tree.selfOf(node);
    total[i] = tree.total[node];
    flags[i] = (tree.hasChildren(node) ? NODE_HAS_CHILDREN : 0) | (k >= 0 && frames.alwaysInline[k] ? NODE_INLINE : 0);
  }
  return { ...refs(frames, known), ids: packIndices(nodes), keys: packIndices(keys), self: packNumbers(self), total: packNumbers(total), flags };
}

/** The typed arrays of rows made here (all their own), for a transfer list; the text's are kept for later replies. */
export function rowArrays(rows: TopRows | TreeRows): ArrayBufferView[] {
  return 'marks' in rows
    ? [rows.keys, ...columnArrays(rows.flat), ...columnArrays(rows.cum), rows.marks]
    : [rows.ids, rows.keys, ...columnArrays(rows.self), ...columnArrays(rows.total), rows.flags];
}
