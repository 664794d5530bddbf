// Real-runtime vs simulated figures, step by step. Pure.
import type { ComparisonRow, ExperimentStep } from '../shared/protocol/experimentView';
import { TOLERANCE_PCT, toleranceBytes } from '../shared/tolerance';

/** Difference of simulated from real in percent of real; null when real is 0. */
export function diffPercent(real: number, sim: number): number | null {
  if (real === 0) return sim === 0 ? 0 : null;
  return ((sim - real) / Math.abs(real)) * 100;
}

/** True when sim is within max(pct% of real, 8 KiB) of real. */
export function withinTolerance(real: number, sim: number, pct: number): boolean {
  return Math.abs(sim - real) <= toleranceBytes(real, pct);
}

/** One row per step present in both; steps are matched by name. */
export function compareSteps(real: ExperimentStep[], sim: ExperimentStep[]): ComparisonRow[] {
  const simByStep = new Map(sim.map((s) => [s.step, s]));
  const rows: ComparisonRow[] = [];
  for (const r of real) {
    const s = simByStep.get(r.step);
    if (!s) continue;
    rows.push({
      step: r.step,
      real_live: r.live_bytes,
      sim_live: s.live_bytes,
      live_diff_pct: diffPercent(r.live_bytes, s.live_bytes),
      real_alloc: r.alloc_bytes,
      sim_alloc: s.alloc_bytes,
      alloc_diff_pct: diffPercent(r.alloc_bytes, s.alloc_bytes),
      agrees: withinTolerance(r.live_bytes, s.live_bytes, TOLERANCE_PCT.live) && withinTolerance(r.alloc_bytes, s.alloc_bytes, TOLERANCE_PCT.alloc),
    });
  }
  return rows;
}
