// The real Go runtime's measurements (test/fixtures/go-truth/map-memory.json) and their tolerance.
import { readTruth } from '../support/goTruth';

export interface TruthStep {
  step: string;
  live_bytes: number;
  alloc_bytes: number;
}

/** The real runtime's steps for one experiment (sorted by step name, not run order). */
export function truthSteps(go: string, type: string, scenario: string, n: number, hint: number): TruthStep[] {
  const steps = readTruth().filter((r) => r.go === go && r.type === type && r.scenario === scenario && r.n === n && r.hint === hint);
  if (steps.length === 0) throw new Error(`go-truth has no ${scenario} ${type} n=${n} hint=${hint} on Go ${go}`);
  return steps;
}

/** The agreement the fixtures README sets for live bytes: within max(2 %, 8 KiB) of the real runtime. */
export function liveAgrees(simulated: number, real: number): boolean {
  return Math.abs(simulated - real) <= Math.max(0.02 * real, 8192);
}
