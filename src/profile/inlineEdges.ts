// pprof's "(inline)" and "(partial-inline)" marks of the top table come from its call edges:
// these are the edges into frames that some location inlines, weighted as pprof weighs them.
import type { FrameTable } from './model';

/** pprof's default -edgefraction: -top hides edges lighter than this share of the total, and with them their inline marks. */
export const EDGE_FRACTION = 0.001;
/** Mark bits: some kept in-edge is inlined / is a real call. */
export const INLINE_ONLY = 1;
export const NOT_INLINE = 2;

/**
 * The call edges into frames that are inlined somewhere, weighted as pprof weighs them (once
 * per sample, the first occurrence from the root deciding), so rows get pprof's "(inline)" and
 * "(partial-inline)" marks. Only locations holding such frames are looked at.
 */
export class InlineEdges {
  /** 1 for locations with a frame that some location inlines. */
  readonly locationHasDest: Uint8Array;
  private readonly inlinable: Uint8Array;
  private readonly ids = new Map<number, number>();
  private dest: number[] = [];
  private weight: number[] = [];
  /** Per edge: how many samples counted it (an edge no sample counts is none), and how many as a real call (none: an inlined edge). */
  private present: number[] = [];
  private calls: number[] = [];
  private stamp: number[] = [];

  /** keep: when given, only these frames are nodes; calls pass over the others (pprof's -nodecount). */
  constructor(
    private readonly table: FrameTable,
    private readonly keep?: Uint8Array,
  ) {
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

  /**
   * Adds the edges of the sample whose locations are locs[ks..ke), walking root to leaf; with
   * `sign` -1, takes away what adding it added. `table`: the frames to walk them by, when not
   * this one's (with the same inlinable frames: hide's, deriving a table from another).
   */
  addSample(locs: Uint32Array | Uint16Array, ks: number, ke: number, w: number, stamp: number, sign = 1, table: FrameTable = this.table): void {
    const { locationFrameStart: start, locationFrames: frames, count } = table;
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
            this.present.push(0);
            this.calls.push(0);
            this.stamp.push(0);
          }
          if (this.stamp[e] !== stamp) {
            this.stamp[e] = stamp;
            this.weight[e] += sign * w;
            this.present[e] += sign;
            if (j === fe - 1) this.calls[e] += sign;
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
      if (this.present[e] === 0 || Math.abs(this.weight[e]) < cutoff) continue;
      out[this.dest[e]] |= this.calls[e] === 0 ? INLINE_ONLY : NOT_INLINE;
    }
    return out;
  }

  /**
   * A copy of the edges so far over `table` (same frames; no sample counted yet by stamp), so
   * `table`'s samples can add to them; undefined when `table` makes other frames inlinable.
   */
  copyFor(table: FrameTable): InlineEdges | undefined {
    const copy = new InlineEdges(table);
    if (!copy.inlinable.every((v, f) => v === this.inlinable[f])) return undefined;
    for (const [key, e] of this.ids) copy.ids.set(key, e);
    copy.dest = this.dest.slice();
    copy.weight = this.weight.slice();
    copy.present = this.present.slice();
    copy.calls = this.calls.slice();
    copy.stamp = new Array<number>(this.dest.length).fill(0);
    return copy;
  }
}
