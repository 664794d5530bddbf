// The call tree of one view (sample type, granularity, filters): per-sample stacks of frames,
// root first, and a tree whose levels are built and sorted only when someone looks at them, so
// huge profiles never pay for the whole tree at once.
import type { FrameTable, SampleBlock, SampleSource } from './model';

/** Samples kept by the filters, each as a root-first stack of frame ids, with its value. */
export interface KeyedStacks {
  /** The frames the ids refer to. */
  keys: FrameTable;
  /** Stack of kept sample i: stackKeys[stackStart[i] .. stackStart[i+1]), root first. */
  stackStart: Int32Array;
  /** 16 bits a frame id when the frames fit: the tree's levels read it strided, so half the bytes is half the cache misses. */
  stackKeys: Int32Array | Uint16Array;
  value: Float64Array;
}

/**
 * Root-first frame stacks of the samples `kept` keeps (all when null) with a non-zero value,
 * sized exactly in a counting pass so no per-sample array is ever made.
 */
export function buildKeyedStacks(samples: SampleSource, sampleIndex: number, frames: FrameTable, kept: Uint8Array | null): KeyedStacks {
  const start = frames.locationFrameStart;
  const types = samples.header.sampleTypes.length;
  // frames per location, looked up once per stack entry instead of two offsets
  const width = new Int32Array(start.length - 1);
  for (let loc = 0; loc < width.length; loc++) width[loc] = start[loc + 1] - start[loc];
  // Zero-valued samples add nothing anywhere; pprof skips them too.
  const counts = new Float64Array(2);
  // when every location has one frame (the usual case), a stack has as many frames as locations
  const single = width.every((w) => w === 1);
  samples.forEachBlock((b) => countStacks(b, types, sampleIndex, kept, width, single, counts));
  const nKept = counts[0];
  const stackStart = new Int32Array(nKept + 1);
  const stackKeys = frames.count <= 65536 ? new Uint16Array(counts[1]) : new Int32Array(counts[1]);
  const value = new Float64Array(nKept);
  const at = new Float64Array(2); // row, position
  samples.forEachBlock((b) => writeStacks(b, types, sampleIndex, kept, width, single, frames, stackStart, stackKeys, value, at));
  stackStart[nKept] = at[1];
  return { keys: frames, stackStart, stackKeys, value };
}

// The two passes are plain functions of their arguments: their loops read locals, not a closure's context.

/** Adds a block's kept samples and their frame count to counts[0] and counts[1]. */
function countStacks(
  b: SampleBlock,
  types: number,
  sampleIndex: number,
  kept: Uint8Array | null,
  width: Int32Array,
  single: boolean,
  counts: Float64Array,
): void {
  const { first, count, locationStart, locations, values } = b;
  let n = 0,
    keys = 0;
  for (let i = 0; i < count; i++) {
    if (values[i * types + sampleIndex] === 0 || (kept !== null && kept[first + i] === 0)) continue;
    n++;
    const ke = locationStart[i + 1];
    if (single) keys += ke - locationStart[i];
    else for (let k = locationStart[i]; k < ke; k++) keys += width[locations[k]];
  }
  counts[0] += n;
  counts[1] += keys;
}

/** Writes a block's kept samples root first; at = [row, position] so far. */
function writeStacks(
  b: SampleBlock,
  types: number,
  sampleIndex: number,
  kept: Uint8Array | null,
  width: Int32Array,
  single: boolean,
  frames: FrameTable,
  stackStart: Int32Array,
  stackKeys: Int32Array | Uint16Array,
  value: Float64Array,
  at: Float64Array,
): void {
  const { first, count, locationStart, locations, values } = b;
  const { locationFrameStart: start, locationFrames } = frames;
  let row = at[0],
    pos = at[1];
  for (let i = 0; i < count; i++) {
    const w = values[i * types + sampleIndex];
    if (w === 0 || (kept !== null && kept[first + i] === 0)) continue;
    stackStart[row] = pos;
    const ks = locationStart[i],
      ke = locationStart[i + 1];
    let len = 0;
    if (single) len = ke - ks;
    else for (let k = ks; k < ke; k++) len += width[locations[k]];
    // Written back to front: the profile lists leaf first, the tree wants root first.
    let p = pos + len - 1;
    if (single) {
      for (let k = ks; k < ke; k++) stackKeys[p--] = locationFrames[start[locations[k]]];
    } else {
      for (let k = ks; k < ke; k++) {
        const loc = locations[k];
        const fs = start[loc];
        for (let j = fs; j < fs + width[loc]; j++) stackKeys[p--] = locationFrames[j];
      }
    }
    pos += len;
    value[row++] = w;
  }
  at[0] = row;
  at[1] = pos;
}

/** A top-down call tree whose children are grouped and sorted on first access. Node 0 is the root. */
export class CallTree {
  readonly key: number[] = [-1];
  readonly parent: number[] = [-1];
  readonly depth: number[] = [0];
  readonly total: number[] = [];
  /** Sum of |value|, used for widths so diff profiles still lay out. */
  readonly weight: number[] = [];
  readonly self: number[] = [];
  private readonly samples: (Int32Array | null)[] = [];
  private readonly children: (number[] | null)[] = [null];
  /** Child slot per frame while a level is grouped (-1 otherwise): an array, not a Map, as every sample looks one up. */
  private readonly slotOf: Int32Array;

  constructor(readonly stacks: KeyedStacks) {
    this.slotOf = new Int32Array(stacks.keys.count).fill(-1);
    const all = new Int32Array(stacks.value.length);
    for (let i = 0; i < all.length; i++) all[i] = i;
    this.samples.push(all);
    let t = 0,
      w = 0;
    for (let i = 0; i < all.length; i++) {
      t += stacks.value[i];
      w += Math.abs(stacks.value[i]);
    }
    this.total.push(t);
    this.weight.push(w);
    this.self.push(0);
  }

  /** Number of nodes built so far. */
  get size(): number {
    return this.key.length;
  }

  /** The children of a node, heaviest first; built on the first call. */
  childrenOf(node: number): number[] {
    const done = this.children[node];
    if (done) return done;
    const { stackStart, stackKeys, value } = this.stacks;
    const d = this.depth[node];
    const mine = this.samples[node]!;
    // Counting sort by next key: one pass to count, one to place; children's sample lists are
    // views into one array, so a level costs two arrays, not one per child.
    const slot = this.slotOf;
    const keys: number[] = [],
      counts: number[] = [];
    const next = new Int32Array(mine.length);
    let self = 0;
    for (let i = 0; i < mine.length; i++) {
      const s = mine[i];
      const pos = stackStart[s] + d;
      if (pos >= stackStart[s + 1]) {
        self += value[s];
        next[i] = -1;
        continue;
      }
      const k = stackKeys[pos];
      let c = slot[k];
      if (c < 0) {
        c = keys.length;
        slot[k] = c;
        keys.push(k);
        counts.push(0);
      }
      counts[c]++;
      next[i] = c;
    }
    for (const k of keys) slot[k] = -1;
    if (node !== 0) this.self[node] = self;
    const offset = new Int32Array(keys.length + 1);
    for (let c = 0; c < keys.length; c++) offset[c + 1] = offset[c] + counts[c];
    const placed = new Int32Array(offset[keys.length]);
    const fill = offset.slice(0, keys.length);
    const total = new Float64Array(keys.length),
      weight = new Float64Array(keys.length);
    for (let i = 0; i < mine.length; i++) {
      const c = next[i];
      if (c < 0) continue;
      const s = mine[i];
      placed[fill[c]++] = s;
      total[c] += value[s];
      weight[c] += Math.abs(value[s]);
    }
    const out: number[] = [];
    for (let c = 0; c < keys.length; c++) {
      const id = this.key.length;
      this.key.push(keys[c]);
      this.parent.push(node);
      this.depth.push(d + 1);
      this.total.push(total[c]);
      this.weight.push(weight[c]);
      this.self.push(NaN);
      this.samples.push(placed.subarray(offset[c], offset[c + 1]));
      this.children.push(null);
      out.push(id);
    }
    const names = this.stacks.keys.name;
    out.sort((a, b) => this.weight[b] - this.weight[a] || (names[this.key[a]] < names[this.key[b]] ? -1 : 1));
    this.children[node] = out;
    return out;
  }

  /** Self value of a node (value of samples ending there); builds its children if needed. */
  selfOf(node: number): number {
    if (Number.isNaN(this.self[node]) || (node === 0 && !this.children[0])) this.childrenOf(node);
    return this.self[node];
  }

  /** Whether any sample goes deeper than this node. */
  hasChildren(node: number): boolean {
    return this.childrenOf(node).length > 0;
  }

  /** Node ids from the root (exclusive) down to `node` (inclusive). */
  pathTo(node: number): number[] {
    const path: number[] = [];
    for (let n = node; n > 0; n = this.parent[n]) path.push(n);
    return path.reverse();
  }
}
