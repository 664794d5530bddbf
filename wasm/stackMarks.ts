// For each sample of a run copied in, the OR of its locations' marks: whether its stack holds a
// location that focus, ignore or hide match (src/profile/stackMarks.ts copies the runs in). On
// the 59 MB profile's 21M location ids: 42-58 ms with the copies, against 72-124 ms for the same
// TypeScript loop.

/** Set by the caller: per location a mark (u8); the samples' starts (u32, n + 1 of them); their locations (u16, or u32 when wide); one result per sample (u8). */
export let marks: usize = 0;
export let starts: usize = 0;
export let locs: usize = 0;
export let out: usize = 0;

/**
 * Samples [0, n): out[i] = the OR of marks[locs[k - base]] over starts[i] <= k < starts[i + 1],
 * read no further once every bit of `stop` is set.
 */
export function run(n: i32, wide: i32, stop: u32, base: u32): void {
  let k = load<u32>(starts) - base;
  for (let i = 0; i < n; i++) {
    const e = load<u32>(starts + ((<usize>i + 1) << 2)) - base;
    let m: u32 = 0;
    if (wide != 0) {
      for (let j = k; j < e && (m & stop) != stop; j++) m |= load<u8>(marks + load<u32>(locs + ((<usize>j) << 2)));
    } else {
      for (let j = k; j < e && (m & stop) != stop; j++) m |= load<u8>(marks + load<u16>(locs + ((<usize>j) << 1)));
    }
    store<u8>(out + i, <u8>m);
    k = e;
  }
}
