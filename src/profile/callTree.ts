// The call tree of one view (sample type, granularity, filters), built level by level only where
// someone looks. It reads the samples' own location columns (no copy of the stacks): each sample
// remembers the deepest node built on its path and where its stack continues, so building the
// children of any set of nodes is one sequential sweep over the samples, whatever their number.
// A tree another sample type left (SampleScratch.retire) is taken over when the same samples are
// in it: its nodes and where each sample is are the same, only the values differ.
import type { FrameTable, SampleSource, SampleValues } from './model';

/** A top-down call tree whose children are grouped and sorted on first access. Node 0 is the root. */
export class CallTree {
  readonly key: number[];
  readonly parent: number[];
  readonly depth: number[];
  readonly total: number[];
  /** Sum of |value|, used for widths so diff profiles still lay out. */
  readonly weight: number[];
  /** Value of the samples whose stack ends at the node: known from the sweep that makes the node. */
  readonly self: number[];
  private readonly children: (number[] | null)[];
  /** 1 when some sample goes deeper than the node (known, like self, once the node is made; the root's is not kept). */
  private readonly deeper: number[];
  /**
   * Per sample: the deepest node built on its path; -2 - n when its stack ended at node n; -1
   * when the sample is not in the tree (filtered or zero).
   */
  private readonly nodeOf: Int32Array;
  /**
   * Per sample: 1 + the index, from its first location, of the location its next frame is in
   * (stacks are walked from the root, so downwards; 0: none left). Relative, so a byte a sample
   * holds it for stacks of up to 255 locations.
   */
  private readonly pos: PerSample;
  /**
   * Per sample, when some location has not exactly one frame: 1 + the index in location pos's
   * frames of its next frame when that is in the middle of the location (0 when location pos
   * comes next whole).
   */
  private readonly slot: PerSample | null;
  /** Per location, its frame when it has exactly one, else -1. */
  private readonly one: Int32Array;
  /** 1 per sample the filters keep; null when all are. */
  private readonly kept: Uint8Array | null;
  /** Whether the root's sweep has run (before it, nodeOf, pos and slot are not set). */
  private swept = false;
  /** Whether some sample in the tree has a negative value (a comparison): then weights are summed apart. */
  private signed = false;
  /** The sweep of an expand under way, if any (beginExpand). */
  private pending: PendingSweep | undefined;
  private released = false;
  /** Sweeps begun over the samples (for tests: each costs a pass over every sample). */
  sweeps = 0;
  /** Whether this tree took over the nodes of another sample type's (see SampleScratch.retire). */
  readonly retargeted: boolean;
  private readonly locationStart: Uint32Array;
  private readonly locations: Uint32Array | Uint16Array;
  private readonly values: SampleValues;
  private readonly types: number;

  constructor(
    samples: SampleSource,
    private readonly sampleIndex: number,
    readonly frames: FrameTable,
    kept: Uint8Array | null,
    private readonly scratch?: SampleScratch,
  ) {
    let block: { locationStart: Uint32Array; locations: Uint32Array | Uint16Array; values: SampleValues } | undefined;
    samples.forEachBlock((b) => {
      // the sweeps index the samples at random: they must be columns, not a scan's windows
      if (block || b.first !== 0 || b.count !== samples.sampleCount) throw new Error('a call tree needs the samples as one block');
      block = b;
    });
    const n = samples.sampleCount;
    this.locationStart = block ? block.locationStart : new Uint32Array(1);
    this.locations = block ? block.locations : new Uint32Array(0);
    this.values = block ? block.values : new Float64Array(0);
    this.types = samples.header.sampleTypes.length;
    this.kept = kept;
    const { values, types } = this;
    const from = scratch?.takeRetired();
    if (from && from.fitsFor(samples, sampleIndex, frames, kept)) {
      // a warm-up's sweep cut short by the switch: its rest costs less than the levels it built
      from.settle();
      ({
        key: this.key,
        parent: this.parent,
        depth: this.depth,
        children: this.children,
        deeper: this.deeper,
        nodeOf: this.nodeOf,
        pos: this.pos,
        slot: this.slot,
        one: this.one,
      } = from);
      this.swept = from.swept;
      this.total = [];
      this.weight = [];
      this.self = [];
      // its arrays are this tree's now
      from.released = true;
      this.retargeted = true;
      this.revalue();
      return;
    }
    // the retired tree's per-sample arrays are the ones this tree takes
    from?.release();
    this.retargeted = false;
    this.key = [-1];
    this.parent = [-1];
    this.depth = [0];
    this.total = [];
    this.weight = [];
    this.self = [0];
    this.children = [null];
    this.deeper = [1];
    const start = frames.locationFrameStart;
    let widest = 0;
    for (let loc = 0; loc + 1 < start.length; loc++) widest = Math.max(widest, start[loc + 1] - start[loc]);
    let deepest = 0;
    const ls = this.locationStart;
    for (let s = 0; s < n; s++) deepest = Math.max(deepest, ls[s + 1] - ls[s]);
    // the root's sweep sets every sample's entries before any is read: recycled arrays do
    const take = (max: number): PerSample => (scratch ? scratch.take(n, max) : perSample(n, max));
    this.nodeOf = scratch ? (scratch.take(n, -1) as Int32Array) : new Int32Array(n);
    this.pos = take(deepest);
    this.slot = widest <= 1 ? null : take(widest);
    this.one = new Int32Array(start.length > 0 ? start.length - 1 : 0);
    for (let loc = 0; loc < this.one.length; loc++) this.one[loc] = start[loc + 1] - start[loc] === 1 ? frames.locationFrames[start[loc]] : -1;
    let t = 0,
      w = 0;
    for (let s = 0; s < n; s++) {
      const v = values[s * types + sampleIndex];
      if (v === 0 || (kept !== null && kept[s] === 0)) continue;
      t += v;
      w += Math.abs(v);
      if (v < 0) this.signed = true;
    }
    this.total.push(t);
    this.weight.push(w);
  }

  /** Gives the per-sample arrays back to the scratch it took them from: the tree is not to be used after. */
  release(): void {
    if (this.released) return;
    this.released = true;
    this.pending = undefined;
    this.scratch?.give(this.nodeOf, this.pos, this.slot);
  }

  /**
   * Whether a tree of `sampleIndex` can take over this (retired) tree: the same samples, frames
   * and kept samples, and the new type zero in exactly the samples this type is zero in
   * (alloc_space and alloc_objects, say), so the same samples make the same nodes. Non-negative
   * integer values summing below 2^53 only, so the sums the new tree adds in another order are exact.
   */
  private fitsFor(samples: SampleSource, sampleIndex: number, frames: FrameTable, kept: Uint8Array | null): boolean {
    if (this.released || !this.swept || this.signed || this.frames !== frames) return false;
    let same = false;
    samples.forEachBlock((b) => (same = b.values === this.values && b.locationStart === this.locationStart && b.locations === this.locations));
    if (!same || this.types !== samples.header.sampleTypes.length) return false;
    if (this.kept !== kept && (this.kept === null || kept === null || !bytesEqual(this.kept, kept))) return false;
    const { values, types } = this;
    const a = this.sampleIndex;
    const n = this.nodeOf.length;
    // a 32-bit column (the decoder's when every value fits) holds non-negative integers already
    const anyNumber = !(values instanceof Uint32Array);
    let sum = 0;
    for (let s = 0, i = 0; s < n; s++, i += types) {
      const v = values[i + sampleIndex];
      if ((values[i + a] === 0) !== (v === 0) || (anyNumber && (v < 0 || !Number.isInteger(v)))) return false;
      sum += v;
    }
    return sum <= Number.MAX_SAFE_INTEGER;
  }

  /**
   * The values of a tree whose nodes it took over: each sample's value at the node it is at
   * (deepest built, or where its stack ended), then each node's total is its own plus its
   * children's (children have higher ids than their parents). Integer sums: exact in any order.
   */
  private revalue(): void {
    const { nodeOf, values, types, sampleIndex, parent } = this;
    const size = parent.length;
    const total = new Float64Array(size),
      ended = new Float64Array(size);
    for (let s = 0, i = sampleIndex; s < nodeOf.length; s++, i += types) {
      const nd = nodeOf[s];
      if (nd === -1) continue;
      const v = values[i];
      if (nd >= 0) total[nd] += v;
      else {
        total[-2 - nd] += v;
        ended[-2 - nd] += v;
      }
    }
    for (let nd = size - 1; nd > 0; nd--) total[parent[nd]] += total[nd];
    for (let nd = 0; nd < size; nd++) {
      this.total.push(total[nd]);
      this.weight.push(total[nd]);
      // the root's self stays 0: no frame to show it on
      this.self.push(nd === 0 ? 0 : ended[nd]);
    }
    for (let nd = 0; nd < size; nd++) if (this.children[nd]) this.sortChildren(nd);
  }

  /** Number of nodes built so far. */
  get size(): number {
    return this.key.length;
  }

  /** The children of a node, heaviest first; built on the first call. */
  childrenOf(node: number): number[] {
    this.settle();
    if (!this.children[node]) this.expand([node]);
    return this.children[node]!;
  }

  /** Self value of a node (value of samples ending there). */
  selfOf(node: number): number {
    this.settle();
    return this.self[node];
  }

  /** Whether the node's children are built. */
  isBuilt(node: number): boolean {
    this.settle();
    return this.children[node] !== null;
  }

  /** Whether any sample goes deeper than this node (its children need not be built). */
  hasChildren(node: number): boolean {
    this.settle();
    const built = this.children[node];
    if (built) return built.length > 0;
    return node === 0 ? this.childrenOf(0).length > 0 : this.deeper[node] === 1;
  }

  /** Node ids from the root (exclusive) down to `node` (inclusive). */
  pathTo(node: number): number[] {
    const path: number[] = [];
    for (let n = node; n > 0; n = this.parent[n]) path.push(n);
    return path.reverse();
  }

  /**
   * How many levels one sweep under `nodes` (a level of the tree) can build for about `budget`
   * new nodes, by the branching from their parents to them (1 under the root, whose branching is
   * not known yet: a profile with thousands of roots would make millions of nodes in 3 levels,
   * none wide enough to draw). A sweep costs about as much per level as per pass over the
   * samples, so the flame graph's sweeps go as deep as the nodes they make stay few.
   */
  levelsWithin(nodes: readonly number[], budget: number): number {
    const parents = new Set<number>();
    for (const nd of nodes) {
      if (nd <= 0) return 1;
      parents.add(this.parent[nd]);
    }
    if (parents.size === 0) return 1;
    const branching = Math.max(2, nodes.length / parents.size);
    let made = 0,
      width = nodes.length,
      levels = 0;
    while (levels < 16) {
      width *= branching;
      if (made + width > budget) break;
      made += width;
      levels++;
    }
    return Math.max(1, levels);
  }

  /**
   * Builds the children of every node given that has none yet, and `levels - 1` levels below
   * them, in one sweep over the samples (a sample's next frames share a cache line: one sweep for
   * three levels costs little more than one). Children come in the order their first sample
   * reaches them and values add in sample order, whichever nodes are built together, so the tree
   * is the same however it is explored.
   */
  expand(nodes: readonly number[], levels = 1): void {
    if (this.beginExpand(nodes, levels)) this.settle();
  }

  /**
   * expand, its sweep to be run in slices (stepExpand) while the worker is idle: false when
   * nothing is to build. Until the sweep is done, any other use of the tree finishes it first
   * (settle), so the tree is the same whether it was built in slices or at once.
   */
  beginExpand(nodes: readonly number[], levels = 1): boolean {
    if (this.released) throw new Error('a released call tree');
    this.settle();
    const todo = new Uint8Array(this.size);
    let any = false;
    for (const nd of nodes) {
      if (this.children[nd] || todo[nd]) continue;
      todo[nd] = 1;
      this.children[nd] = [];
      any = true;
    }
    if (!any) return false;
    const fresh = !this.swept;
    if (fresh && todo[0] !== 1) throw new Error('the first sweep is the root’s');
    this.swept = true;
    this.sweeps++;
    this.pending = { todo, levels: Math.max(1, levels), made: new Children(this.key.length), next: 0, fresh };
    return true;
  }

  /** Sweeps up to `count` more samples of the sweep beginExpand started; true when none is left. */
  stepExpand(count: number): boolean {
    const sw = this.pending;
    if (!sw) return true;
    const end = Math.min(this.nodeOf.length, sw.next + Math.max(1, count));
    this.sweep(sw, sw.next, end);
    sw.next = end;
    return end === this.nodeOf.length;
  }

  /** Finishes the sweep under way, if any (the rest of its samples), and adds the nodes it made. */
  settle(): void {
    const sw = this.pending;
    if (!sw) return;
    this.sweep(sw, sw.next, this.nodeOf.length);
    this.pending = undefined;
    const { todo, levels, made } = sw;
    // without a negative value (all but comparisons) a node's weight is its total
    if (!this.signed) made.weight = made.total;
    const first = this.key.length;
    const { key, parent, depth, total, weight, self, children, deeper } = this;
    for (let c = 0; c < made.count; c++) {
      const nd = made.node[c];
      key.push(made.key[c]);
      parent.push(nd);
      depth.push(depth[nd] + 1);
      total.push(made.total[c]);
      weight.push(made.weight[c]);
      // every sample ending at a node made here was seen to (the last level's by looking ahead)
      self.push(made.endedAt(first + c));
      deeper.push(made.deeper[c]);
      // built through when above the sweep's last level
      children.push(made.level[c] < levels - 1 ? [] : null);
      children[nd]!.push(first + c);
    }
    // built through: the given nodes (their selves known since they were made; the root's stays 0) and the children made above the last level
    for (let nd = 0; nd < todo.length; nd++) if (todo[nd]) this.sortChildren(nd);
    for (let c = 0; c < made.count; c++) if (made.level[c] < levels - 1) this.sortChildren(first + c);
  }

  /**
   * Samples [from, to) of a sweep: the children of the `todo` nodes and `levels - 1` levels below
   * them, each sample going on from where the last sweep left it. The first sweep (the root's)
   * starts every sample at its root end itself, so the tree costs no pass of its own.
   */
  private sweep(sw: PendingSweep, from: number, to: number): void {
    const { nodeOf, pos, slot, locationStart, locations, values, types, sampleIndex, one, kept, signed } = this;
    const { locationFrameStart: start, locationFrames: frames } = this.frames;
    const { todo, levels, made, fresh } = sw;
    // the sweep adds into typed arrays of its own: the node columns take them once it is done
    const first = made.first;
    const todoSize = todo.length;
    for (let s = from; s < to; s++) {
      const v = values[s * types + sampleIndex];
      const ks = locationStart[s];
      // p: the location the next frame is in (absolute); j: that frame, when in the middle of it
      let nd: number, p: number, j: number;
      if (fresh) {
        // Zero-valued samples add nothing anywhere; pprof skips them too.
        if (v === 0 || (kept !== null && kept[s] === 0)) {
          nodeOf[s] = -1;
          continue;
        }
        nd = 0;
        p = locationStart[s + 1] - 1;
        j = -1;
      } else {
        nd = nodeOf[s];
        if (nd < 0 || nd >= todoSize || todo[nd] === 0) continue;
        p = ks + pos[s] - 1;
        j = slot === null || slot[s] === 0 ? -1 : start[locations[p]] + slot[s] - 1;
      }
      const av = signed ? Math.abs(v) : v;
      for (let level = 0; level < levels; level++) {
        // the next frame: the rest of location p's frames from j (innermost last), else location p's own
        let k = -1;
        if (j >= 0) {
          k = frames[j];
          if (j > start[locations[p]]) j--;
          else {
            j = -1;
            p--;
          }
        } else {
          while (p >= ks) {
            const loc = locations[p];
            k = one[loc];
            if (k >= 0) {
              p--;
              break;
            }
            const fs = start[loc],
              fe = start[loc + 1];
            if (fs === fe) {
              p--; // every line of it hidden
              continue;
            }
            k = frames[fe - 1];
            j = fe - 2; // more than one frame: the rest come next
            break;
          }
          if (k < 0) {
            // the stack ends here
            made.end(nd, v);
            nd = -2 - nd;
            break;
          }
        }
        const c = made.find(nd, k, level);
        made.total[c] += v;
        if (signed) made.weight[c] += av;
        nd = first + c;
        if (level === levels - 1) {
          // a look ahead: whether the stack goes on below the node, so its self and whether it
          // has children are known without building its children
          if (j < 0) while (p >= ks && start[locations[p]] === start[locations[p] + 1]) p--; // every line hidden
          if (j >= 0 || p >= ks) made.deeper[c] = 1;
          else {
            made.end(nd, v);
            nd = -2 - nd;
          }
        }
      }
      nodeOf[s] = nd;
      pos[s] = p - ks + 1;
      if (slot !== null) slot[s] = j < 0 ? 0 : j - start[locations[p]] + 1;
    }
  }

  private sortChildren(nd: number): void {
    const names = this.frames.name;
    const { weight, key } = this;
    // ties in weight and name (lines of one function) in the order their first samples came: node id order
    this.children[nd]!.sort((a, b) => weight[b] - weight[a] || (names[key[a]] < names[key[b]] ? -1 : names[key[a]] > names[key[b]] ? 1 : a - b));
  }
}

/** A per-sample index: bytes while every entry fits. */
type PerSample = Uint8Array | Uint16Array | Int32Array;

/** The per-sample array type for entries 0..max (-1: node ids, signed). */
function perSampleType(max: number): new (n: number) => PerSample {
  return max < 0 ? Int32Array : max <= 0xff ? Uint8Array : max <= 0xffff ? Uint16Array : Int32Array;
}

function perSample(n: number, max: number): PerSample {
  return new (perSampleType(max))(n);
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * What released trees leave for the next tree of the same samples: the last retired tree, which
 * the next tree takes over when it can (CallTree.fitsFor), else per-sample arrays. A tree of a
 * large profile takes tens of MB, which would otherwise wait for the GC, one tree after another
 * (each sample type's view gets one).
 */
export class SampleScratch {
  private readonly free: PerSample[] = [];
  private retired: CallTree | undefined;

  take(n: number, max: number): PerSample {
    const want = perSampleType(max);
    const i = this.free.findIndex((a) => a.length === n && a.constructor === want);
    return i >= 0 ? this.free.splice(i, 1)[0] : perSample(n, max);
  }

  give(...arrays: (PerSample | null)[]): void {
    for (const a of arrays) if (a) this.free.push(a);
    // one tree's worth is what the next one takes
    while (this.free.length > 3) this.free.shift();
  }

  /** Keeps a tree its view no longer shows, for the next tree to take over (the one before is released). */
  retire(tree: CallTree): void {
    if (this.retired !== tree) this.retired?.release();
    this.retired = tree;
  }

  /** The retired tree, if any: the caller takes it over or releases it. */
  takeRetired(): CallTree | undefined {
    const t = this.retired;
    this.retired = undefined;
    return t;
  }
}

/** The sweep of an expand under way (beginExpand), done up to sample `next`. */
interface PendingSweep {
  readonly todo: Uint8Array;
  readonly levels: number;
  readonly made: Children;
  /** The root's sweep: the samples start at their root end. */
  readonly fresh: boolean;
  next: number;
}

/** The children one sweep makes, in the order it makes them, found by (parent, frame) with open addressing. */
class Children {
  count = 0;
  node = new Int32Array(256);
  key = new Int32Array(256);
  level = new Int32Array(256);
  total = new Float64Array(256);
  weight = new Float64Array(256);
  /** 1 for a node some sample goes deeper than. */
  deeper = new Uint8Array(256);
  /** Value of the samples ending at each node made. */
  ended = new Float64Array(256);
  private slots = new Int32Array(1024);
  private mask = 1023;

  /** `first`: the id the first child made will have. */
  constructor(readonly first: number) {}

  /**
   * A sample's stack ends at `nd`. Only the nodes made count it: a sweep's own nodes were looked
   * past when made, so no stack ends there but an empty one at the root, whose self stays 0.
   */
  end(nd: number, v: number): void {
    if (nd >= this.first) this.ended[nd - this.first] += v;
  }

  /** The self value of a node made (its id). */
  endedAt(nd: number): number {
    return this.ended[nd - this.first];
  }

  /** The child of `nd` at frame `k`, made when new (`level` below the sweep's nodes). */
  find(nd: number, k: number, level: number): number {
    const slots = this.slots;
    let h = hash(nd, k) & this.mask;
    for (;;) {
      const c = slots[h] - 1;
      if (c < 0) break;
      if (this.node[c] === nd && this.key[c] === k) return c;
      h = (h + 1) & this.mask;
    }
    const c = this.count++;
    if (c === this.node.length) this.grow();
    this.node[c] = nd;
    this.key[c] = k;
    this.level[c] = level;
    slots[h] = c + 1;
    if (this.count * 2 > slots.length) this.rehash();
    return c;
  }

  private grow(): void {
    const size = this.node.length * 2;
    const node = new Int32Array(size),
      key = new Int32Array(size),
      level = new Int32Array(size),
      total = new Float64Array(size),
      weight = new Float64Array(size),
      ended = new Float64Array(size),
      deeper = new Uint8Array(size);
    ended.set(this.ended);
    deeper.set(this.deeper);
    node.set(this.node);
    key.set(this.key);
    level.set(this.level);
    total.set(this.total);
    weight.set(this.weight);
    Object.assign(this, { node, key, level, total, weight, ended, deeper });
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    for (let c = 0; c < this.count; c++) {
      let h = hash(this.node[c], this.key[c]) & this.mask;
      while (this.slots[h] !== 0) h = (h + 1) & this.mask;
      this.slots[h] = c + 1;
    }
  }
}

function hash(nd: number, k: number): number {
  return (Math.imul(nd, 0x9e3779b1) ^ Math.imul(k + 1, 0x85ebca77)) >>> 8;
}
