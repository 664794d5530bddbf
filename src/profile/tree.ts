// Per-sample stacks of frames, root first, of one view (sample type, granularity, filters):
// what callers/callees walk. The call tree itself (callTree.ts) reads the samples' own columns.
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
