// A filtered view's top table from the unfiltered one of the same sample type: focus and ignore
// usually drop a minority of the samples and hide changes the stacks of some, so walking only
// those beats topTable's pass over every kept sample's stack (a 59 MB profile: about 300 ms a
// filter). The same table, not an estimate: flat, cum and the inline edges' weights and counts
// are sums of integers, exact below 2^53 in any order; anything else is declined.
import type { FrameTable, SampleSource, TopTable } from './model';
import type { InlineEdges } from './inlineEdges';
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
  // A walk here costs about what topTable's pass costs a sample, and the tally comes on top:
  // only walking at most half as many samples as are kept pays. A tally of every 64th sample
  // tells most filters that do not (a hide on most stacks) at a 64th of the tally's cost.
  const guess = tally(samples, sampleIndex, kept, changed, 64, null);
  if (guess.cost * 2 > guess.kept * 1.25) return undefined;
  const walk = new Uint8Array(samples.sampleCount);
  const t = tally(samples, sampleIndex, kept, changed, 1, walk);
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
      addStack(sum, unfiltered, sums.edges.locationHasDest, locs, ks, ke, w, -1, s + 1);
      // stamps of their own: the subtraction's must not count as this sample's having been seen
      if (walk[s] === 2) addStack(sum, frames, sum.edges.locationHasDest, locs, ks, ke, w, 1, n + s + 1);
    }
  });
  return finish(samples, sampleIndex, frames, kept, 0, sum.flat, sum.cum, sum.edges, all.total);
}

/**
 * Every `stride`th sample's part in deciding: how many samples with a value the filters keep,
 * the walks the others need (1 a sample dropped, 2 one kept with a slot hide removed), marked
 * in `walk` (1 or 2) when given; whether the values are integers and the sum of their sizes.
 * Stops once the walks pass half the samples (then half those kept cannot be).
 */
function tally(samples: SampleSource, sampleIndex: number, kept: Uint8Array | null, changed: Uint8Array | null, stride: number, walk: Uint8Array | null) {
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
        if (walk) walk[first + i] = 1;
        cost++;
        continue;
      }
      keptCount++;
      if (changed === null) continue;
      for (let k = locationStart[i]; k < locationStart[i + 1]; k++) {
        if (changed[locs[k]] === 0) continue;
        if (walk) walk[first + i] = 2;
        cost += 2;
        break;
      }
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

/** 1 per location hide removed a slot of. */
function changedLocations(unfiltered: FrameTable, frames: FrameTable): Uint8Array {
  const a = unfiltered.locationFrameStart,
    b = frames.locationFrameStart;
  const out = new Uint8Array(a.length - 1);
  for (let loc = 0; loc < out.length; loc++) out[loc] = a[loc + 1] - a[loc] !== b[loc + 1] - b[loc] ? 1 : 0;
  return out;
}
