// How close a simulated figure must be to a real one: max(2 %, 8 KiB) for live bytes and
// max(3 %, 8 KiB) for allocated bytes, as the real-runtime fixture check (check-truth.py) allows.
// Pure: the engine, Run on My Go and the results view share it.

/** Percent allowed per field. */
export const TOLERANCE_PCT = { live: 2, alloc: 3 } as const;

const SLACK_BYTES = 8 * 1024;

/** The bytes a figure may be off by at `pct` percent: max(pct % of it, 8 KiB). */
export function toleranceBytes(figure: number, pct: number): number {
  return Math.max((Math.abs(figure) * pct) / 100, SLACK_BYTES);
}
