// The worker's side of src/shared/frameRows.ts: a frame table's text under an id, and the top
// table and call-tree nodes as numbers by frame key, with the text only for an asker without it.
import type { FrameText, TopRows, TreeRows } from '../shared/protocol/profileView';
import { NODE_HAS_CHILDREN, NODE_INLINE, ROW_INLINE, ROW_PARTIAL_INLINE } from '../shared/frameRows';
import { columnArrays, packIndices, packNumbers } from '../shared/numberColumn';
import type { FrameTable, TopTable } from './model';
import type { CallTree } from './callTree';

// By the table's name array: a hide's table (withoutSlots) shares it, and so its text.
const texts = new WeakMap<readonly string[], FrameText>();
let nextId = 1;

/** The text of `frames` (the same object, and id, for every table sharing its names). */
export function frameTextOf(frames: FrameTable): FrameText {
  let t = texts.get(frames.name);
  if (!t) {
    t = { id: nextId++, names: frames.name, files: frames.file, lines: Float64Array.from(frames.line), sourceLines: Float64Array.from(frames.sourceLine) };
    texts.set(frames.name, t);
  }
  return t;
}

/** The text's id, and the text itself unless `known` holds it. */
function refs(frames: FrameTable, known: readonly number[] | undefined): { frames: number; text?: FrameText } {
  const text = frameTextOf(frames);
  return known?.includes(text.id) ? { frames: text.id } : { frames: text.id, text };
}

/** `table` (made from `frames`) as TopRows. */
export function topRowsOf(table: TopTable, frames: FrameTable, known?: readonly number[]): TopRows {
  const n = table.keys.length;
  const marks = new Uint8Array(n);
  for (let i = 0; i < n; i++) marks[i] = (table.inline[i] ? ROW_INLINE : 0) | (table.partialInline[i] ? ROW_PARTIAL_INLINE : 0);
  return {
    ...refs(frames, known),
    keys: packIndices(table.keys),
    flat: packNumbers(table.flat),
    cum: packNumbers(table.cum),
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
