// The top table, as `go tool pprof -top -nodefraction=0` computes it: the one implementation
// behind `heaplens top` (samples scanned off the bytes) and the viewer (the decoded columns).
import type { FrameTable, Profile, SampleBlock, SampleSource, TopTable } from './model';
import { EDGE_FRACTION, INLINE_ONLY, InlineEdges, NOT_INLINE } from './inlineEdges';
import type { StreamedSums } from './streamTop';

/**
 * The sample index to show by default: alloc_space when the profile has it, otherwise pprof's
 * rule (default_sample_type when it names a type, else the last type).
 */
export function defaultSampleIndex(profile: Pick<Profile, 'sampleTypes' | 'defaultSampleType'>): number {
  const types = profile.sampleTypes;
  const alloc = types.findIndex((t) => t.type === 'alloc_space');
  if (alloc >= 0) return alloc;
  if (profile.defaultSampleType !== '') {
    const i = types.findIndex((t) => t.type === profile.defaultSampleType);
    if (i >= 0) return i;
  }
  return types.length - 1;
}

/** Options of topTable. */
export interface TopOptions {
  /** pprof's -nodecount: keep the first rows only (0 or less keeps them all). */
  nodeCount?: number;
  /** 1 per sample the focus/ignore filters keep (see select); every sample when absent. */
  kept?: Uint8Array | null;
  /** The samples already added up as they were read (heaplens top); frames must be its frames. */
  streamed?: StreamedSums;
  /**
   * pprof's total when known (the selection's unfilteredTotal, of the same samples and type):
   * the samples `kept` drops are then not read at all (a focus on a rare frame keeps few).
   */
  total?: number;
}

/**
 * The rows of `go tool pprof -top -nodefraction=0` at the frames' granularity: flat (leaf
 * frame), cum (once per sample, recursion included), inline marks from the call edges, sorted
 * as pprof sorts (|flat| desc, then name, then |cum| desc). Samples whose value is 0 are
 * skipped, as pprof does, so frames only they reach get no row. With nodeCount, the kept rows'
 * flat and cum stay and their inline marks come from the calls between kept rows only.
 */
export function topTable(samples: SampleSource, sampleIndex: number, frames: FrameTable, options: TopOptions = {}): TopTable {
  const types = samples.header.sampleTypes.length;
  if (!(sampleIndex >= 0 && sampleIndex < types)) throw new RangeError(`sample index ${sampleIndex} out of range`);
  const kept = options.kept ?? null;
  const nodeCount = options.nodeCount ?? 0;
  const { count } = frames;
  const edges = new InlineEdges(frames);
  let flat: Float64Array, cum: Float64Array;
  let total = 0;
  let baseTotal = 0;
  const streamed = options.streamed;
  if (streamed) {
    if (streamed.frames !== frames || streamed.sampleIndex !== sampleIndex || kept !== null) {
      throw new Error('topTable: streamed sums need their own frames and sample type, and no filter');
    }
    flat = streamed.flat;
    cum = streamed.cum;
    total = streamed.total;
    streamed.addEdges(edges);
  } else {
    flat = new Float64Array(count);
    cum = new Float64Array(count);
    const seen = new Int32Array(count); // stamp of the sample that last added to cum
    const single = singleFrames(frames, edges.locationHasDest);
    const known = kept !== null && options.total !== undefined;
    samples.forEachBlock((block) => {
      const sums = addBlock(block, types, sampleIndex, kept, !known, frames, single, edges, flat, cum, seen);
      total += sums[0];
      baseTotal += sums[1];
    });
    if (known) {
      total = options.total!;
      baseTotal = 0;
    }
  }

  return finish(samples, sampleIndex, frames, kept, nodeCount, flat, cum, edges, baseTotal > 0 ? baseTotal : total);
}

/** How many sample types one pass of topTables adds up at once. */
export const TYPES_PER_PASS = 4;

/**
 * topTable for up to TYPES_PER_PASS sample types at once, in one pass over the samples: the
 * walk of a sample's stack costs the same for one value or four, so the viewer gets every
 * type's table for little more than one (switching the type is then instant). Each table is
 * the one topTable makes for its type alone.
 */
export function topTables(samples: SampleSource, sampleIndices: readonly number[], frames: FrameTable, kept: Uint8Array | null = null): TopTable[] {
  const types = samples.header.sampleTypes.length;
  const m = sampleIndices.length;
  if (m === 0 || m > TYPES_PER_PASS || !sampleIndices.every((t) => Number.isInteger(t) && t >= 0 && t < types)) {
    throw new RangeError(`sample indices ${sampleIndices.join(', ')} out of range`);
  }
  const { count } = frames;
  const edges = sampleIndices.map(() => new InlineEdges(frames));
  // the sums of type i of the pass at [frame * 4 + i]: one cache line per frame for all four
  const flat = new Float64Array(count * TYPES_PER_PASS);
  const cum = new Float64Array(count * TYPES_PER_PASS);
  const seen = new Int32Array(count);
  const single = singleFrames(frames, edges[0].locationHasDest);
  const index = Int32Array.from({ length: TYPES_PER_PASS }, (_, i) => (i < m ? sampleIndices[i] : -1));
  const sums = new Float64Array(2 * TYPES_PER_PASS); // per type: total, base total
  samples.forEachBlock((block) => addBlock4(block, types, index, kept, frames, single, edges, flat, cum, seen, sums));
  return sampleIndices.map((t, i) => {
    const f = new Float64Array(count),
      c = new Float64Array(count);
    for (let k = 0; k < count; k++) {
      f[k] = flat[k * TYPES_PER_PASS + i];
      c[k] = cum[k * TYPES_PER_PASS + i];
    }
    const total = sums[2 * i],
      base = sums[2 * i + 1];
    return finish(samples, t, frames, kept, 0, f, c, edges[i], base > 0 ? base : total);
  });
}

/**
 * addBlock for four sample types (index -1: none, its weight 0). A sample whose weights are
 * all 0 adds nothing; adding a weight of 0 changes no sum, so each type's flat and cum are
 * those of addBlock, which skips the sample; edges, totals skip it per type as addBlock does.
 */
function addBlock4(
  block: SampleBlock,
  types: number,
  index: Int32Array,
  kept: Uint8Array | null,
  frames: FrameTable,
  single: Int32Array,
  edges: InlineEdges[],
  flat: Float64Array,
  cum: Float64Array,
  seen: Int32Array,
  sums: Float64Array,
): void {
  const { first, count: n, locationStart, locations: locs, values, isBase } = block;
  const { locationFrameStart, locationFrames } = frames;
  const edgeLocation = edges[0].locationHasDest;
  const i0 = index[0],
    i1 = index[1],
    i2 = index[2],
    i3 = index[3];
  let t0 = 0,
    t1 = 0,
    t2 = 0,
    t3 = 0,
    b0 = 0,
    b1 = 0,
    b2 = 0,
    b3 = 0;
  for (let i = 0; i < n; i++) {
    const at = i * types;
    const w0 = values[at + i0];
    const w1 = i1 < 0 ? 0 : values[at + i1];
    const w2 = i2 < 0 ? 0 : values[at + i2];
    const w3 = i3 < 0 ? 0 : values[at + i3];
    if (w0 === 0 && w1 === 0 && w2 === 0 && w3 === 0) continue;
    t0 += Math.abs(w0);
    t1 += Math.abs(w1);
    t2 += Math.abs(w2);
    t3 += Math.abs(w3);
    if (isBase !== undefined && isBase[i] === 1) {
      b0 += Math.abs(w0);
      b1 += Math.abs(w1);
      b2 += Math.abs(w2);
      b3 += Math.abs(w3);
    }
    const s = first + i;
    if (kept !== null && kept[s] === 0) continue;
    const ke = locationStart[i + 1];
    let leaf = locationStart[i];
    while (leaf < ke && locationFrameStart[locs[leaf]] === locationFrameStart[locs[leaf] + 1]) leaf++;
    if (leaf === ke) continue;
    const lf = locationFrames[locationFrameStart[locs[leaf]]] * 4;
    flat[lf] += w0;
    flat[lf + 1] += w1;
    flat[lf + 2] += w2;
    flat[lf + 3] += w3;
    const stamp = s + 1;
    let needEdges = 0;
    for (let k = leaf; k < ke; k++) {
      const loc = locs[k];
      const one = single[loc];
      if (one >= 0) {
        if (seen[one] !== stamp) {
          seen[one] = stamp;
          const c = one * 4;
          cum[c] += w0;
          cum[c + 1] += w1;
          cum[c + 2] += w2;
          cum[c + 3] += w3;
        }
        continue;
      }
      needEdges |= edgeLocation[loc];
      const fe = locationFrameStart[loc + 1];
      for (let j = locationFrameStart[loc]; j < fe; j++) {
        const f = locationFrames[j];
        if (seen[f] !== stamp) {
          seen[f] = stamp;
          const c = f * 4;
          cum[c] += w0;
          cum[c + 1] += w1;
          cum[c + 2] += w2;
          cum[c + 3] += w3;
        }
      }
    }
    if (needEdges) {
      if (w0 !== 0) edges[0].addSample(locs, leaf, ke, w0, stamp);
      if (w1 !== 0) edges[1].addSample(locs, leaf, ke, w1, stamp);
      if (w2 !== 0) edges[2].addSample(locs, leaf, ke, w2, stamp);
      if (w3 !== 0) edges[3].addSample(locs, leaf, ke, w3, stamp);
    }
  }
  sums[0] += t0;
  sums[1] += b0;
  sums[2] += t1;
  sums[3] += b1;
  sums[4] += t2;
  sums[5] += b2;
  sums[6] += t3;
  sums[7] += b3;
}

/** What an unfiltered table was made of, for the filtered tables derived from it (topFromAll.ts). */
export interface TableSums {
  readonly frames: FrameTable;
  readonly flat: Float64Array;
  readonly cum: Float64Array;
  readonly edges: InlineEdges;
}

const sumsOf = new WeakMap<TopTable, TableSums>();

/** The sums behind a table made of every sample (no filter, no row cut), while the table lives. */
export function unfilteredSums(table: TopTable): TableSums | undefined {
  return sumsOf.get(table);
}

/** The rows from the sums of one sample type: inline marks, pprof's order, the nodeCount cut. */
export function finish(
  samples: SampleSource,
  sampleIndex: number,
  frames: FrameTable,
  kept: Uint8Array | null,
  nodeCount: number,
  flat: Float64Array,
  cum: Float64Array,
  edges: InlineEdges,
  total: number,
): TopTable {
  const types = samples.header.sampleTypes.length;
  const { count } = frames;
  let graphTotal = 0;
  for (let f = 0; f < count; f++) graphTotal += flat[f];
  const edgeCutoff = Math.abs(Math.trunc(graphTotal * EDGE_FRACTION));
  const marks = edges.marks(edgeCutoff);

  // pprof drops nodes whose flat and cum are both 0 (unreached, or cancelled out in a diff)
  let shown = 0;
  for (let f = 0; f < count; f++) if (flat[f] !== 0 || cum[f] !== 0) shown++;
  let order: Uint32Array = new Uint32Array(shown);
  for (let f = 0, i = 0; f < count; f++) if (flat[f] !== 0 || cum[f] !== 0) order[i++] = f;
  order = sortedFrames(order, frames, flat, cum);
  const allRows = order.length;
  let rowMarks = marks;
  if (nodeCount > 0 && nodeCount < order.length) {
    order = order.slice(0, nodeCount);
    const keep = new Uint8Array(count);
    for (const f of order) keep[f] = 1;
    const keptEdges = new InlineEdges(frames, keep);
    samples.forEachBlock(({ first, count: n, locationStart, locations: locs, values }) => {
      for (let i = 0; i < n; i++) {
        const w = values[i * types + sampleIndex];
        if (w !== 0 && (kept === null || kept[first + i] === 1)) keptEdges.addSample(locs, locationStart[i], locationStart[i + 1], w, first + i + 1);
      }
    });
    rowMarks = keptEdges.marks(edgeCutoff);
  }
  const table = columns(order, rowMarks, flat, cum, frames, total, allRows);
  if (kept === null && nodeCount <= 0) sumsOf.set(table, { frames, flat, cum, edges });
  return table;
}

const blockSums = new Float64Array(2);

/**
 * Adds one block of samples to flat and cum (and the inline edges); returns [total, base
 * total] of the block in a reused array. A plain function of its arguments, so the hot loop
 * reads locals rather than a closure's context.
 */
function addBlock(
  block: SampleBlock,
  types: number,
  sampleIndex: number,
  kept: Uint8Array | null,
  sumAll: boolean,
  frames: FrameTable,
  single: Int32Array,
  edges: InlineEdges,
  flat: Float64Array,
  cum: Float64Array,
  seen: Int32Array,
): Float64Array {
  const { first, count: n, locationStart, locations: locs, values, isBase } = block;
  const { locationFrameStart, locationFrames } = frames;
  const edgeLocation = edges.locationHasDest;
  let blockTotal = 0,
    blockBase = 0;
  for (let i = 0; i < n; i++) {
    // without the total to sum, a dropped sample is not read
    if (!sumAll && kept![first + i] === 0) continue;
    const w = values[i * types + sampleIndex];
    if (w === 0) continue;
    // pprof's total: sum of |value| before filters, or over the base samples of a diff profile
    blockTotal += Math.abs(w);
    if (isBase !== undefined && isBase[i] === 1) blockBase += Math.abs(w);
    const s = first + i;
    if (kept !== null && kept[s] === 0) continue;
    const ke = locationStart[i + 1];
    // the leaf frame is the first one: -hide may have left a location without frames
    let leaf = locationStart[i];
    while (leaf < ke && locationFrameStart[locs[leaf]] === locationFrameStart[locs[leaf] + 1]) leaf++;
    if (leaf === ke) continue;
    flat[locationFrames[locationFrameStart[locs[leaf]]]] += w;
    const stamp = s + 1;
    let needEdges = 0;
    for (let k = leaf; k < ke; k++) {
      const loc = locs[k];
      const one = single[loc];
      if (one >= 0) {
        if (seen[one] !== stamp) {
          seen[one] = stamp;
          cum[one] += w;
        }
        continue;
      }
      needEdges |= edgeLocation[loc];
      const fe = locationFrameStart[loc + 1];
      for (let j = locationFrameStart[loc]; j < fe; j++) {
        const f = locationFrames[j];
        if (seen[f] !== stamp) {
          seen[f] = stamp;
          cum[f] += w;
        }
      }
    }
    if (needEdges) edges.addSample(locs, leaf, ke, w, stamp);
  }
  blockSums[0] = blockTotal;
  blockSums[1] = blockBase;
  return blockSums;
}

/**
 * Per location, its frame when it has exactly one and no inline edge ends there (most do: the
 * hot loop then skips its frame range), else -1.
 */
function singleFrames(frames: FrameTable, edgeLocation: Uint8Array): Int32Array {
  const { locationFrameStart: start, locationFrames } = frames;
  const out = new Int32Array(start.length - 1).fill(-1);
  for (let loc = 0; loc < out.length; loc++) {
    if (start[loc + 1] - start[loc] === 1 && !edgeLocation[loc]) out[loc] = locationFrames[start[loc]];
  }
  return out;
}

/** The rows (frames in order) as the table's columns; marks: the inline edges' marks per frame. */
function columns(order: Uint32Array, marks: Uint8Array, flat: Float64Array, cum: Float64Array, table: FrameTable, total: number, allRows: number): TopTable {
  const t: TopTable = { keys: [], names: [], files: [], lines: [], sourceLines: [], inline: [], partialInline: [], flat: [], cum: [], total, allRows };
  // one loop, each array pushed in order (packed, not holey)
  for (let i = 0; i < order.length; i++) {
    const f = order[i];
    t.keys.push(f);
    t.names.push(table.name[f]);
    t.files.push(table.file[f]);
    t.lines.push(table.line[f]);
    t.sourceLines.push(table.sourceLine[f]);
    t.inline.push(marks[f] === INLINE_ONLY);
    t.partialInline.push(marks[f] === (INLINE_ONLY | NOT_INLINE));
    t.flat.push(flat[f]);
    t.cum.push(cum[f]);
  }
  return t;
}

/** Frames in pprof's FlatNameOrder: |flat| desc, printable name asc, |cum| desc (then frame id, for a stable order). */
function sortedFrames(order: Uint32Array, table: FrameTable, flat: Float64Array, cum: Float64Array): Uint32Array {
  const rank = nameRanks(table);
  return order.sort((a, b) => {
    const fa = Math.abs(flat[a]),
      fb = Math.abs(flat[b]);
    if (fa !== fb) return fb - fa;
    if (rank[a] !== rank[b]) return rank[a] - rank[b];
    const ca = Math.abs(cum[a]),
      cb = Math.abs(cum[b]);
    if (ca !== cb) return cb - ca;
    return a - b;
  });
}

/** By a frame set's names (hide's tables share them): each later table compares integers, not strings. */
const ranksOf = new WeakMap<readonly string[], Int32Array>();

/** Per frame, where its printable name sorts among the frames' (equal names, equal ranks). */
function nameRanks(table: FrameTable): Int32Array {
  const cached = ranksOf.get(table.name);
  if (cached) return cached;
  const names = Array.from({ length: table.count }, (_, f) => printableName(table, f));
  const order = Array.from({ length: table.count }, (_, f) => f).sort((a, b) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0));
  const rank = new Int32Array(table.count);
  for (let i = 1; i < order.length; i++) rank[order[i]] = names[order[i]] === names[order[i - 1]] ? rank[order[i - 1]] : i;
  ranksOf.set(table.name, rank);
  return rank;
}

/** The name pprof prints for a frame: "name", or "name file:line" at lines granularity. */
export function printableName(table: FrameTable, frame: number): string {
  const name = table.name[frame];
  if (table.granularity !== 'lines') return name;
  const file = table.file[frame];
  const line = table.line[frame];
  if (line !== 0) return `${name} ${file}:${line}`;
  if (file !== '') return `${name} ${file}`;
  return name;
}
