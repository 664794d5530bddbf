// Per sample, the OR of its locations' marks, read by wasm/stackMarks.ts: the filters' question
// (does this stack hold a focused, ignored or hidden location?) over every location id of the
// profile. The samples are copied into the module's memory a run at a time, so any source's
// blocks can be read and the module holds a few MB, not a copy of the columns.
import type { SampleSource } from './model';
import { instantiate } from './streamModule';
import { WasmTables } from './wasmTables';
import { stackMarksWasm } from './generated/stackMarksWasm';

interface MarksModule {
  memory: WebAssembly.Memory;
  run(n: number, wide: number, stop: number, base: number): void;
  marks: WebAssembly.Global;
  starts: WebAssembly.Global;
  locs: WebAssembly.Global;
  out: WebAssembly.Global;
}

/** The samples a run holds at most, and the location ids (a longer stack gets a run of its own, of room made for it). */
const RUN_SAMPLES = 1 << 15;
const RUN_IDS = 1 << 18;

/** The module and its room, for the thread (one scan at a time). */
let shared: { wasm: MarksModule; tables: WasmTables; markRoom: number; idRoom: number } | undefined;

/** The module with `marks` copied in, its room at least `ids` location ids of 4 bytes. */
function module(marks: Uint8Array, ids: number) {
  const locations = marks.length;
  if (!shared) {
    const wasm = instantiate(stackMarksWasm) as unknown as MarksModule;
    shared = { wasm, tables: new WasmTables(wasm.memory), markRoom: 0, idRoom: 0 };
  }
  const m = shared;
  const w = m.wasm;
  if (m.markRoom < locations || m.idRoom < ids) {
    // fresh room for all four: the old room is left (it grows only for a larger profile or a longer stack)
    m.markRoom = Math.max(m.markRoom, locations, 1 << 16);
    m.idRoom = Math.max(m.idRoom, ids, RUN_IDS);
    w.marks.value = m.tables.reserve(m.markRoom);
    w.starts.value = m.tables.reserve((RUN_SAMPLES + 1) * 4);
    w.out.value = m.tables.reserve(RUN_SAMPLES);
    w.locs.value = m.tables.reserve(m.idRoom * 4);
  }
  m.tables.bytes(w.marks.value, locations).set(marks);
  return m;
}

/**
 * Per sample of `samples`, the OR of marks[l] over its locations l, each read only until every
 * bit of `stop` is set (then no later location can change what the caller asks).
 */
export function stackMarks(samples: SampleSource, marks: Uint8Array, stop: number): Uint8Array {
  const out = new Uint8Array(samples.sampleCount);
  let m = module(marks, RUN_IDS);
  samples.forEachBlock(({ first, count, locationStart, locations }) => {
    const wide = locations instanceof Uint32Array ? 1 : 0;
    for (let i = 0; i < count;) {
      const base = locationStart[i];
      // the samples whose ids fit the room, at least one (the room grows for a longer stack)
      let j = Math.min(count, i + RUN_SAMPLES);
      if (locationStart[j] - base > m.idRoom) j = lastFitting(locationStart, i, j, base + m.idRoom);
      if (j === i) {
        j = i + 1;
        m = module(marks, locationStart[j] - base);
      }
      const w = m.wasm;
      const buffer = w.memory.buffer;
      new Uint32Array(buffer, w.starts.value, j - i + 1).set(locationStart.subarray(i, j + 1));
      const ids = locations.subarray(base, locationStart[j]);
      if (wide) new Uint32Array(buffer, w.locs.value, ids.length).set(ids);
      else new Uint16Array(buffer, w.locs.value, ids.length).set(ids);
      w.run(j - i, wide, stop, base);
      out.set(new Uint8Array(buffer, w.out.value, j - i), first + i);
      i = j;
    }
  });
  return out;
}

/** The largest j in [i, hi) with starts[j] <= limit (starts ascending; i itself always fits). */
function lastFitting(starts: Uint32Array, i: number, hi: number, limit: number): number {
  let lo = i;
  while (lo + 1 < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] <= limit) lo = mid;
    else hi = mid;
  }
  return lo;
}
