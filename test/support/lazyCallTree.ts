// The viewer's call tree as it was before the sweeping one (src/profile/callTree.ts): each node's
// children grouped from its own sample list over copied root-first stacks. Kept only as a second,
// independent build of the same tree for test/unit/viewer/callTree.test.ts to compare against.
import type { KeyedStacks } from '../../src/profile/tree';

/** A top-down call tree whose children are grouped and sorted on first access. Node 0 is the root. */
export class LazyCallTree {
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
