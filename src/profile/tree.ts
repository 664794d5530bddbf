// The viewer's derived data for one (sample type, granularity, filters) setting: per-sample stacks
// of row keys, the pprof top table, and a call tree whose levels are built and sorted only when
// someone looks at them, so huge profiles never pay for the whole tree at once.
import type { Granularity } from '../shared/protocol/profileView';
import type { FilterResult } from './filter';
import { IntBuilder, sampleCount, type StackSource } from './stacks';

/** A row identity (function, or function and line) with what the views show of it. */
export interface RowKeys {
  count: number;
  name: string[];
  file: string[];
  /** Line of the row at lines granularity; 0 at functions granularity. */
  line: Int32Array;
  /** A line to open the source at: the row's line, or the first line seen for a function. */
  sourceLine: Int32Array;
  /** 1 when every frame of the row is an inlined one (pprof's " (inline)"). */
  inline: Uint8Array;
}

/** Samples kept by the filters, each as a root-first stack of row keys, with its value. */
export interface KeyedStacks {
  keys: RowKeys;
  /** Stack of kept sample i: stackKeys[stackStart[i] .. stackStart[i+1]), root first. */
  stackStart: Int32Array;
  stackKeys: Int32Array;
  value: Float64Array;
  /** pprof's percent base: sum of |value| over all samples, before filters. */
  unfilteredTotal: number;
  total: number;
}

/** Builds root-first key stacks for the kept samples at a granularity, removing hidden frames. */
export function buildKeyedStacks(src: StackSource, sampleIndex: number, granularity: Granularity, filter: FilterResult | null): KeyedStacks {
  const frameKey = new Int32Array(src.frameName.length);
  const ids = new Map<string, number>();
  const name: string[] = [], file: string[] = [], line = new IntBuilder(), allInline = new IntBuilder();
  const lines = granularity === 'lines';
  for (let fr = 0; fr < frameKey.length; fr++) {
    const n = src.frameName[fr], f = src.frameFile[fr], l = src.frameLine[fr];
    // As pprof -functions: one row per function name; -lines adds file and line.
    const id = lines ? `${n}|${f}|${l}` : String(n);
    let k = ids.get(id);
    if (k === undefined) {
      k = name.length;
      ids.set(id, k);
      name.push(src.strings[n]);
      file.push(src.strings[f]);
      line.push(l);
      allInline.push(1);
    }
    frameKey[fr] = k;
  }
  const inline = Uint8Array.from(allInline.finish());
  // A row is inline only when every frame that maps to it is.
  for (let fr = 0; fr < frameKey.length; fr++) if (!src.frameInline[fr]) inline[frameKey[fr]] = 0;
  const nSamples = sampleCount(src);
  const values = src.values[sampleIndex];
  const hidden = filter?.hiddenFrames ?? null;
  const kept = filter?.keptSamples ?? null;
  // Frames per location after hide, so the stacks array is sized exactly in one pass.
  const nLoc = src.locFrameStart.length - 1;
  const locLen = new Int32Array(nLoc);
  for (let l = 0; l < nLoc; l++) {
    let c = 0;
    for (let fr = src.locFrameStart[l]; fr < src.locFrameStart[l + 1]; fr++) if (!hidden || !hidden[fr]) c++;
    locLen[l] = c;
  }
  let nKept = 0, nKeys = 0;
  for (let s = 0; s < nSamples; s++) {
    if ((kept && !kept[s]) || values[s] === 0) continue;
    nKept++;
    for (let i = src.sampleLocStart[s]; i < src.sampleLocStart[s + 1]; i++) nKeys += locLen[src.sampleLocs[i]];
  }
  const stackStart = new Int32Array(nKept + 1);
  const stackKeys = new Int32Array(nKeys);
  const value = new Float64Array(nKept);
  let unfilteredTotal = 0, total = 0, k = 0, at = 0;
  for (let s = 0; s < nSamples; s++) {
    unfilteredTotal += Math.abs(values[s]);
    // Zero-valued samples add nothing anywhere; pprof skips them too.
    if ((kept && !kept[s]) || values[s] === 0) continue;
    stackStart[k] = at;
    let len = 0;
    for (let i = src.sampleLocStart[s]; i < src.sampleLocStart[s + 1]; i++) len += locLen[src.sampleLocs[i]];
    // Written back to front: the profile lists leaf first, the tree wants root first.
    let pos = at + len - 1;
    for (let i = src.sampleLocStart[s]; i < src.sampleLocStart[s + 1]; i++) {
      const loc = src.sampleLocs[i];
      for (let fr = src.locFrameStart[loc]; fr < src.locFrameStart[loc + 1]; fr++) {
        if (!hidden || !hidden[fr]) stackKeys[pos--] = frameKey[fr];
      }
    }
    at += len;
    value[k] = values[s];
    total += values[s];
    k++;
  }
  stackStart[nKept] = at;
  if (src.percentBase) unfilteredTotal = src.percentBase[sampleIndex];
  return {
    keys: (() => {
      const sourceLine = line.finish();
      return { count: name.length, name, file, line: lines ? sourceLine : new Int32Array(name.length), sourceLine, inline };
    })(),
    stackStart,
    stackKeys,
    value,
    unfilteredTotal,
    total,
  };
}

/** pprof's top: flat (leaf), cum (anywhere, once per sample), rows with any value, pprof's order. */
export interface TopRows {
  keys: Int32Array;
  flat: Float64Array;
  cum: Float64Array;
}

/** Computes the top table rows sorted as `go tool pprof -top` prints them: |flat| desc, then name. */
export function topRows(ks: KeyedStacks): TopRows {
  const n = ks.keys.count;
  const flat = new Float64Array(n), cum = new Float64Array(n);
  const seen = new Int32Array(n).fill(-1);
  const present = new Uint8Array(n);
  const samples = ks.value.length;
  for (let s = 0; s < samples; s++) {
    const a = ks.stackStart[s], b = ks.stackStart[s + 1];
    if (a === b) continue;
    const v = ks.value[s];
    flat[ks.stackKeys[b - 1]] += v;
    for (let i = a; i < b; i++) {
      const key = ks.stackKeys[i];
      present[key] = 1;
      if (seen[key] !== s) {
        seen[key] = s;
        cum[key] += v;
      }
    }
  }
  const order: number[] = [];
  // pprof leaves out rows with neither flat nor cum (e.g. frames of zero-valued samples).
  for (let key = 0; key < n; key++) if (present[key] && (flat[key] !== 0 || cum[key] !== 0)) order.push(key);
  const label = (key: number): string => ks.keys.name[key] + (ks.keys.line[key] ? ' ' + ks.keys.file[key] + ':' + ks.keys.line[key] : '');
  order.sort((x, y) =>
    Math.abs(flat[y]) - Math.abs(flat[x]) || (label(x) < label(y) ? -1 : label(x) > label(y) ? 1 : 0));
  const keys = Int32Array.from(order);
  return { keys, flat: Float64Array.from(order, (k) => flat[k]), cum: Float64Array.from(order, (k) => cum[k]) };
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

  constructor(readonly stacks: KeyedStacks) {
    const all = new Int32Array(stacks.value.length);
    for (let i = 0; i < all.length; i++) all[i] = i;
    this.samples.push(all);
    let t = 0, w = 0;
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
    const slot = new Map<number, number>();
    const keys: number[] = [], counts: number[] = [];
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
      let c = slot.get(k);
      if (c === undefined) {
        c = keys.length;
        slot.set(k, c);
        keys.push(k);
        counts.push(0);
      }
      counts[c]++;
      next[i] = c;
    }
    if (node !== 0) this.self[node] = self;
    const offset = new Int32Array(keys.length + 1);
    for (let c = 0; c < keys.length; c++) offset[c + 1] = offset[c] + counts[c];
    const placed = new Int32Array(offset[keys.length]);
    const fill = offset.slice(0, keys.length);
    const total = new Float64Array(keys.length), weight = new Float64Array(keys.length);
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
