// A filtered view's top table from the unfiltered one of the same sample type: focus and ignore
// usually drop a minority of the samples and hide changes the stacks of some, so walking only
// those beats topTable's pass over every kept sample's stack (a 59 MB profile: about 300 ms a
// filter). The same table, not an estimate: flat, cum and the inline edges' weights and counts
// are sums of integers, exact below 2^53 in any order; anything else is declined.
import type { FrameTable, SampleSource, TopTable } from './model';
import type { InlineEdges } from './inlineEdges';
import { stackMarks } from './stackMarks';
import { finish, unfilteredSums } from './top';

const EXACT = 2 ** 53;

/**
 * topTable(samples, sampleIndex, frames, { kept }) from `all`, the table of every sample at
 * `sampleIndex` over `unfiltered` (the frames before hide; `frames` has hide's slots removed,
 * or is `unfiltered`): what the samples focus/ignore drop added is taken away, and the samples
 * kept with a hidden slot on their stack are taken away as `all` counted them and added as
 * `frames` shows them. Undefined, for topTable's pass, when that would not be exact (values not
 * all integers, sums past 2^53, hide changing which frames are inlined somewhere) or not
 * clearly cheaper (more samples to walk than half those kept).
 */
export function topTableFromAll(
  samples: SampleSource,
  sampleIndex: number,
  unfiltered: FrameTable,
  frames: FrameTable,
  kept: Uint8Array | null,
  all: TopTable,
): TopTable | undefined {
  const sums = unfilteredSums(all);
  if (!sums || sums.frames !== unfiltered) return undefined;
  // hide's frames must inline what the unfiltered ones do, for their edges to add to these
  const edges = sums.edges.copyFor(frames);
  if (!edges) return undefined;
  const changed = frames !== unfiltered ? changedLocations(unfiltered, frames) : null;
  const hidden = changed ? hiddenFrames(unfiltered, frames) : null;
  // a stack through none of these adds no inline edge, in either table
  const edgeLocations = hidden ? orArrays(sums.edges.locationHasDest, edges.locationHasDest) : null;
  // A walk here costs about what topTable's pass costs a sample, and the tally comes on top:
  // only walking at most half as many samples as are kept pays. A tally of every 64th sample
  // tells most filters that do not (a hide on most stacks) at a 64th of the tally's cost.
  const guess = tally(samples, sampleIndex, kept, changed, edgeLocations, 64, null);
  if (guess.cost * 2 > guess.kept * 1.25) return undefined;
  const walk = new Uint8Array(samples.sampleCount);
  // the stacks read once, by the module: per sample, whether it holds a changed location, and one with inline edges
  const hits = changed ? stackMarks(samples, locationBits(changed, edgeLocations), edgeLocations ? CHANGED | EDGE : CHANGED) : null;
  const t = tally(samples, sampleIndex, kept, changed, edgeLocations, 1, walk, hits);
  if (!t.integers || !(t.magnitude < EXACT) || t.cost * 2 > t.kept) return undefined;

  const sum: Sums = { flat: sums.flat.slice(), cum: sums.cum.slice(), seen: new Int32Array(unfiltered.count), edges };
  const n = samples.sampleCount;
  const types = samples.header.sampleTypes.length;
  samples.forEachBlock(({ first, count, locationStart, locations: locs, values }) => {
    for (let i = 0; i < count; i++) {
      const s = first + i;
      if (walk[s] === 0) continue;
      const w = values[i * types + sampleIndex];
      const ks = locationStart[i],
        ke = locationStart[i + 1];
      if (walk[s] === LEAF) {
        moveLeaf(sum.flat, unfiltered, frames, locs, ks, ke, w);
        continue;
      }
      addStack(sum, unfiltered, sums.edges.locationHasDest, locs, ks, ke, w, -1, s + 1);
      // stamps of their own: the subtraction's must not count as this sample's having been seen
      if (walk[s] === RESTACK) addStack(sum, frames, sum.edges.locationHasDest, locs, ks, ke, w, 1, n + s + 1);
    }
  });
  // the frames hide removed: no stack holds them any more (the LEAF walks leave their cum)
  if (hidden) {
    for (let f = 0; f < hidden.length; f++) {
      if (hidden[f] !== 1) continue;
      sum.flat[f] = 0;
      sum.cum[f] = 0;
    }
  }
  return finish(samples, sampleIndex, frames, kept, 0, sum.flat, sum.cum, sum.edges, all.total);
}

/** Walks: a dropped sample taken away; a kept one restacked (taken away, added as hide shows it); only its leaf moved. */
const DROP = 1;
const RESTACK = 2;
const LEAF = 3;
/** A LEAF walk's cost against a RESTACK's 2 (its stack is read by the tally, its sums not touched). */
const LEAF_COST = 0.25;

/**
 * A kept sample whose stack lost slots of frames hide removed whole, through no location with
 * inline edges: every other frame is on it as before (its cum stays), and only its flat moves
 * from the old leaf frame to the new one (none when hide took every frame).
 */
function moveLeaf(flat: Float64Array, unfiltered: FrameTable, frames: FrameTable, locs: Uint32Array | Uint16Array, ks: number, ke: number, w: number): void {
  const oldLeaf = unfiltered.locationFrames[unfiltered.locationFrameStart[locs[ks]]];
  const start = frames.locationFrameStart;
  let leaf = ks;
  while (leaf < ke && start[locs[leaf]] === start[locs[leaf] + 1]) leaf++;
  const newLeaf = leaf < ke ? frames.locationFrames[start[locs[leaf]]] : -1;
  if (newLeaf === oldLeaf) return;
  flat[oldLeaf] -= w;
  if (newLeaf >= 0) flat[newLeaf] += w;
}

/**
 * Per frame: 1 when hide removed every slot of it, 0 when none; undefined when it removed some
 * slots of a frame and not others (a sample then may hold it or not: LEAF walks cannot tell).
 */
function hiddenFrames(unfiltered: FrameTable, frames: FrameTable): Uint8Array | null {
  const before = new Uint32Array(unfiltered.count);
  const after = new Uint32Array(unfiltered.count);
  for (const f of unfiltered.locationFrames) before[f]++;
  for (const f of frames.locationFrames) after[f]++;
  const out = new Uint8Array(unfiltered.count);
  for (let f = 0; f < out.length; f++) {
    if (after[f] === before[f]) continue;
    if (after[f] !== 0) return null;
    out[f] = 1;
  }
  return out;
}

function orArrays(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length);
  for (let i = 0; i < out.length; i++) out[i] = a[i] | b[i];
  return out;
}

/**
 * Every `stride`th sample's part in deciding: how many samples with a value the filters keep,
 * the walks the others need (DROP, RESTACK or LEAF for one kept with a slot hide removed),
 * marked in `walk` when given; whether the values are integers and the sum of their sizes.
 * Stops once the walks pass half the samples (then half those kept cannot be). `hits`: the
 * stacks' CHANGED and EDGE bits read already (stackMarks), else each stack is read here.
 */
function tally(
  samples: SampleSource,
  sampleIndex: number,
  kept: Uint8Array | null,
  changed: Uint8Array | null,
  edgeLocations: Uint8Array | null,
  stride: number,
  walk: Uint8Array | null,
  hits: Uint8Array | null = null,
) {
  const types = samples.header.sampleTypes.length;
  let magnitude = 0,
    integers = true,
    cost = 0,
    keptCount = 0;
  const most = samples.sampleCount / 2 / stride;
  samples.forEachBlock(({ first, count, locationStart, locations: locs, values }) => {
    for (let i = (stride - (first % stride)) % stride; i < count && cost <= most; i += stride) {
      const w = values[i * types + sampleIndex];
      if (w === 0) continue;
      magnitude += Math.abs(w);
      if (!Number.isInteger(w)) integers = false;
      if (kept !== null && kept[first + i] === 0) {
        if (walk) walk[first + i] = DROP;
        cost++;
        continue;
      }
      keptCount++;
      if (changed === null) continue;
      // restacked, unless only its leaf can move (see moveLeaf)
      let kind: number;
      if (hits) {
        const h = hits[first + i];
        if ((h & CHANGED) === 0) continue;
        kind = edgeLocations && (h & EDGE) === 0 ? LEAF : RESTACK;
      } else {
        const ks = locationStart[i],
          ke = locationStart[i + 1];
        let k = ks;
        while (k < ke && changed[locs[k]] === 0) k++;
        if (k === ke) continue;
        kind = edgeLocations ? LEAF : RESTACK;
        for (let j = ks; kind === LEAF && j < ke; j++) if (edgeLocations![locs[j]] === 1) kind = RESTACK;
      }
      if (walk) walk[first + i] = kind;
      cost += kind === LEAF ? LEAF_COST : 2;
    }
  });
  return { magnitude, integers, cost, kept: keptCount };
}

interface Sums {
  flat: Float64Array;
  cum: Float64Array;
  /** Per frame, the stamp of the walk that last added to its cum (once a sample, as topTable does). */
  seen: Int32Array;
  edges: InlineEdges;
}

/** Adds (sign 1) or takes away (-1) what topTable adds for a sample of value w whose locations are locs[ks..ke) over `table`. */
function addStack(
  sum: Sums,
  table: FrameTable,
  hasDest: Uint8Array,
  locs: Uint32Array | Uint16Array,
  ks: number,
  ke: number,
  w: number,
  sign: 1 | -1,
  stamp: number,
): void {
  const { locationFrameStart: start, locationFrames: frameOf } = table;
  const { flat, cum, seen } = sum;
  // the leaf frame is the first one: hide may have left a location without frames
  let leaf = ks;
  while (leaf < ke && start[locs[leaf]] === start[locs[leaf] + 1]) leaf++;
  if (leaf === ke) return;
  const v = sign * w;
  flat[frameOf[start[locs[leaf]]]] += v;
  let needEdges = 0;
  for (let k = leaf; k < ke; k++) {
    const loc = locs[k];
    needEdges |= hasDest[loc];
    for (let j = start[loc]; j < start[loc + 1]; j++) {
      const f = frameOf[j];
      if (seen[f] === stamp) continue;
      seen[f] = stamp;
      cum[f] += v;
    }
  }
  // as topTable: only stacks through a location with an inlinable frame have such edges
  if (needEdges) sum.edges.addSample(locs, leaf, ke, w, stamp, sign, table);
}

/** A location's bits for stackMarks: CHANGED (hide removed a slot of it), EDGE (an inline edge ends there). */
const CHANGED = 1;
const EDGE = 2;

function locationBits(changed: Uint8Array, edgeLocations: Uint8Array | null): Uint8Array {
  if (!edgeLocations) return changed;
  const out = new Uint8Array(changed.length);
  for (let l = 0; l < out.length; l++) out[l] = changed[l] | (edgeLocations[l] << 1);
  return out;
}

/** 1 per location hide removed a slot of. */
function changedLocations(unfiltered: FrameTable, frames: FrameTable): Uint8Array {
  const a = unfiltered.locationFrameStart,
    b = frames.locationFrameStart;
  const out = new Uint8Array(a.length - 1);
  for (let loc = 0; loc < out.length; loc++) out[loc] = a[loc + 1] - a[loc] !== b[loc + 1] - b[loc] ? 1 : 0;
  return out;
}
