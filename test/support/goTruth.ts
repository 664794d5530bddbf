// The real Go runtime's map measurements (test/fixtures/go-truth/*.json, the go-truth harness)
// and the one rule for agreeing with them, as the shared check-truth.py applies it.
import * as fs from 'fs';
import { fixture } from './fixtures';

/** One measured step: the median of `runs` real runs, with their range where re-measured. */
export interface TruthRecord {
  go: string;
  type: string;
  n: number;
  hint: number;
  scenario: string;
  step: string;
  live_bytes: number;
  alloc_bytes: number;
  runs?: number;
  live_min?: number;
  live_max?: number;
  alloc_min?: number;
  alloc_max?: number;
}

export type TruthField = 'live_bytes' | 'alloc_bytes';

/** The records of a go-truth file (default: the shared set's map-memory.json). */
export function readTruth(file = fixture('go-truth', 'map-memory.json')): TruthRecord[] {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as TruthRecord[];
}

/**
 * Near the median (within tolerance(median)), or, where the record has the range of at least 5
 * real runs, inside that range widened by the tolerance: the runtime itself lands anywhere in it.
 */
export function agreesWithTruth(got: number, r: TruthRecord, field: TruthField, tolerance: (real: number) => number): boolean {
  if (Math.abs(got - r[field]) <= tolerance(r[field])) return true;
  const lo = field === 'live_bytes' ? r.live_min : r.alloc_min;
  const hi = field === 'live_bytes' ? r.live_max : r.alloc_max;
  return lo !== undefined && hi !== undefined && (r.runs ?? 0) >= 5 && got >= lo - tolerance(lo) && got <= hi + tolerance(hi);
}
