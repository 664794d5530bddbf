import type { FrameTable, Granularity, Profile, TopRow, TopTable } from './model';
import { buildFrameTable } from './frames';
import type { SampleScan } from './decode';

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

/**
 * pprof's total for a sample type: the sum of |value| over all samples, or over the base
 * samples (label pprof::base=true) when the profile is a diff with them.
 */
export function sampleTotal(profile: Profile, sampleIndex: number): number {
  const T = profile.sampleTypes.length;
  const values = profile.sampleValues;
  const baseKey = profile.strings.indexOf('pprof::base');
  const trueStr = profile.strings.indexOf('true');
  let total = 0;
  let baseTotal = 0;
  for (let s = 0; s < profile.sampleCount; s++) {
    const v = Math.abs(values[s * T + sampleIndex]);
    total += v;
    if (baseKey > 0 && trueStr > 0 && hasLabel(profile, s, baseKey, trueStr)) baseTotal += v;
  }
  return baseTotal > 0 ? baseTotal : total;
}

function hasLabel(profile: Profile, s: number, key: number, str: number): boolean {
  for (let i = profile.sampleLabelStart[s]; i < profile.sampleLabelStart[s + 1]; i++) {
    if (profile.labelKey[i] === key && profile.labelStr[i] === str) return true;
  }
  return false;
}

/**
 * The rows of `go tool pprof -top -nodefraction=0` at a granularity: flat (leaf frame),
 * cum (once per sample, recursion included), inline marks from the call edges, sorted as
 * pprof sorts (|flat| desc, then name, then |cum| desc). Samples whose value is 0 are skipped,
 * as pprof does, so frames only they reach get no row.
 */
export function aggregateTop(profile: Profile, sampleIndex: number, granularity: Granularity, table?: FrameTable): TopRow[] {
  return topTable(profile, sampleIndex, table ?? buildFrameTable(profile, granularity)).rows;
}

/**
 * aggregateTop with pprof's total, on an already built frame table. nodeCount > 0 keeps the
 * first nodeCount rows as `-nodecount` does: their flat and cum stay, their inline marks come
 * from the calls between kept rows only.
 */
export function topTable(profile: Profile, sampleIndex: number, table: FrameTable, nodeCount = 0): TopTable {
  const T = profile.sampleTypes.length;
  if (!(sampleIndex >= 0 && sampleIndex < T)) throw new RangeError(`sample index ${sampleIndex} out of range`);
  const { sampleValues, sampleLocationStart: start, sampleLocations: locs, sampleCount } = profile;
  const baseKey = profile.strings.indexOf('pprof::base');
  const trueStr = profile.strings.indexOf('true');
  const replay = (add: (locs: Uint32Array | Uint16Array, ks: number, ke: number, w: number, stamp: number, isBase: boolean) => void): void => {
    for (let s = 0; s < sampleCount; s++) {
      const isBase = baseKey > 0 && trueStr > 0 && hasLabel(profile, s, baseKey, trueStr);
      add(locs, start[s], start[s + 1], sampleValues[s * T + sampleIndex], s + 1, isBase);
    }
  };
  return aggregate(table, nodeCount, replay);
}

/**
 * topTable straight from a SampleScan (openProfile), without the sample columns: the same
 * rows, for a fraction of the memory. Used by `heaplens top`.
 */
export function topTableFromScan(scan: SampleScan, sampleIndex: number, table: FrameTable, nodeCount = 0): TopTable {
  const T = scan.header.sampleTypes.length;
  if (!(sampleIndex >= 0 && sampleIndex < T)) throw new RangeError(`sample index ${sampleIndex} out of range`);
  return aggregate(table, nodeCount, (add) => scan.forEach((s, locs, n, values, isBase) => add(locs, 0, n, values[sampleIndex], s + 1, isBase)));
}

/** Feeds every sample (its locations locs[ks..ke), value w, a stamp unique to it) to `add`. */
type Replay = (add: (locs: Uint32Array | Uint16Array, ks: number, ke: number, w: number, stamp: number, isBase: boolean) => void) => void;

function aggregate(table: FrameTable, nodeCount: number, replay: Replay): TopTable {
  const { locationFrameStart, locationFrames, count } = table;
  const flat = new Float64Array(count);
  const cum = new Float64Array(count);
  const seen = new Int32Array(count); // stamp of the sample that last added to cum
  const edges = new InlineEdges(table);
  const edgeLocation = edges.locationHasDest;
  let total = 0;
  let baseTotal = 0;

  replay((locs, ks, ke, w, stamp, isBase) => {
    if (w === 0) return;
    // pprof's total: sum of |value|, or over the base samples of a diff profile
    total += Math.abs(w);
    if (isBase) baseTotal += Math.abs(w);
    if (ks === ke) return;
    flat[locationFrames[locationFrameStart[locs[ks]]]] += w;
    let needEdges = 0;
    for (let k = ks; k < ke; k++) {
      const loc = locs[k];
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
    if (needEdges) edges.addSample(locs, ks, ke, w, stamp);
  });

  let graphTotal = 0;
  for (let f = 0; f < count; f++) graphTotal += flat[f];
  const edgeCutoff = Math.abs(Math.trunc(graphTotal * EDGE_FRACTION));
  const marks = edges.marks(edgeCutoff);

  const rows: TopRow[] = [];
  for (let f = 0; f < count; f++) {
    // pprof drops nodes whose flat and cum are both 0 (unreached, or cancelled out in a diff)
    if (flat[f] === 0 && cum[f] === 0) continue;
    const m = marks[f];
    rows.push({
      frame: f,
      name: table.name[f],
      file: table.file[f],
      line: table.line[f],
      inline: m === INLINE_ONLY,
      partialInline: m === (INLINE_ONLY | NOT_INLINE),
      flat: flat[f],
      cum: cum[f],
    });
  }
  sortTopRows(rows, table);
  const allRows = rows.length;
  if (nodeCount > 0 && nodeCount < rows.length) {
    rows.length = nodeCount;
    const keep = new Uint8Array(count);
    for (const r of rows) keep[r.frame] = 1;
    const kept = new InlineEdges(table, keep);
    replay((locs, ks, ke, w, stamp) => {
      if (w !== 0) kept.addSample(locs, ks, ke, w, stamp);
    });
    const keptMarks = kept.marks(edgeCutoff);
    for (const r of rows) {
      r.inline = keptMarks[r.frame] === INLINE_ONLY;
      r.partialInline = keptMarks[r.frame] === (INLINE_ONLY | NOT_INLINE);
    }
  }
  return { rows, total: baseTotal > 0 ? baseTotal : total, allRows };
}

/** pprof's default -edgefraction: -top hides edges lighter than this share of the total, and with them their inline marks. */
const EDGE_FRACTION = 0.001;
const INLINE_ONLY = 1;
const NOT_INLINE = 2;

/**
 * The call edges into frames that are inlined somewhere, weighted as pprof weighs them (once
 * per sample, the first occurrence from the root deciding), so rows get pprof's "(inline)" and
 * "(partial-inline)" marks. Only locations holding such frames are looked at.
 */
class InlineEdges {
  /** 1 for locations with a frame that some location inlines. */
  readonly locationHasDest: Uint8Array;
  private readonly inlinable: Uint8Array;
  private readonly ids = new Map<number, number>();
  private dest: number[] = [];
  private weight: number[] = [];
  private inline: number[] = [];
  private stamp: number[] = [];

  /** keep: when given, only these frames are nodes; calls pass over the others (pprof's -nodecount). */
  constructor(private readonly table: FrameTable, private readonly keep?: Uint8Array) {
    const { locationFrameStart: start, locationFrames: frames, count } = table;
    const locations = start.length - 1;
    this.inlinable = new Uint8Array(count);
    for (let loc = 0; loc < locations; loc++) {
      for (let j = start[loc]; j < start[loc + 1] - 1; j++) this.inlinable[frames[j]] = 1;
    }
    this.locationHasDest = new Uint8Array(locations);
    for (let loc = 0; loc < locations; loc++) {
      for (let j = start[loc]; j < start[loc + 1]; j++) if (this.inlinable[frames[j]]) this.locationHasDest[loc] = 1;
    }
  }

  /** Adds the edges of the sample whose locations are locs[ks..ke), walking root to leaf. */
  addSample(locs: Uint32Array | Uint16Array, ks: number, ke: number, w: number, stamp: number): void {
    const { locationFrameStart: start, locationFrames: frames, count } = this.table;
    let parent = -1;
    for (let k = ke - 1; k >= ks; k--) {
      const loc = locs[k];
      const fs = start[loc];
      const fe = start[loc + 1];
      for (let j = fe - 1; j >= fs; j--) {
        const f = frames[j];
        if (this.keep && !this.keep[f]) continue;
        if (parent >= 0 && parent !== f && this.inlinable[f]) {
          const key = parent * count + f;
          let e = this.ids.get(key);
          if (e === undefined) {
            e = this.dest.length;
            this.ids.set(key, e);
            this.dest.push(f);
            this.weight.push(0);
            this.inline.push(1);
            this.stamp.push(0);
          }
          if (this.stamp[e] !== stamp) {
            this.stamp[e] = stamp;
            this.weight[e] += w;
            if (j === fe - 1) this.inline[e] = 0;
          }
        }
        parent = f;
      }
    }
  }

  /** Per frame: INLINE_ONLY / NOT_INLINE bits from its kept in-edges (|weight| >= cutoff). */
  marks(cutoff: number): Uint8Array {
    const out = new Uint8Array(this.table.count);
    for (let e = 0; e < this.dest.length; e++) {
      if (Math.abs(this.weight[e]) < cutoff) continue;
      out[this.dest[e]] |= this.inline[e] ? INLINE_ONLY : NOT_INLINE;
    }
    return out;
  }
}

/** Sorts rows as pprof's FlatNameOrder: |flat| desc, printable name asc, |cum| desc. */
export function sortTopRows(rows: TopRow[], table: FrameTable): void {
  const names = rows.map((r) => printableName(table, r.frame));
  const order = rows.map((_, i) => i);
  order.sort((a, b) => {
    const fa = Math.abs(rows[a].flat), fb = Math.abs(rows[b].flat);
    if (fa !== fb) return fb - fa;
    const na = names[a], nb = names[b];
    if (na !== nb) return na < nb ? -1 : 1;
    const ca = Math.abs(rows[a].cum), cb = Math.abs(rows[b].cum);
    if (ca !== cb) return cb - ca;
    return rows[a].frame - rows[b].frame;
  });
  const sorted = order.map((i) => rows[i]);
  for (let i = 0; i < rows.length; i++) rows[i] = sorted[i];
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
