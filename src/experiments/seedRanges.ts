// Which of a run's figures land in a range wider than the truth tolerance across hash seeds,
// said in words: "refill allocates 36.06–288.5 KiB depending on the hash seed". The CLI's text
// output and the results view say the same. Pure (the view imports it).
import { formatBytes } from '../shared/format';
import { TOLERANCE_PCT, toleranceBytes } from '../shared/tolerance';
import type { ExperimentResult, ExperimentStep } from '../shared/protocol/experimentView';

/** A step's range of one field when it is wider than the tolerance, else undefined. */
export function wideRange(step: ExperimentStep, field: 'live' | 'alloc'): [number, number] | undefined {
  const r = field === 'live' ? step.live_range : step.alloc_range;
  if (!r) return undefined;
  return r[1] - r[0] > toleranceBytes(field === 'live' ? step.live_bytes : step.alloc_bytes, TOLERANCE_PCT[field]) ? r : undefined;
}

/** "1.5–2 MiB" (one unit when both share it). */
export function formatRange([lo, hi]: [number, number]): string {
  const [a, b] = [formatBytes(lo), formatBytes(hi)];
  const unit = (s: string): string => s.slice(s.lastIndexOf(' '));
  return unit(a) === unit(b) ? `${a.slice(0, a.lastIndexOf(' '))}–${b}` : `${a}–${b}`;
}

/** One sentence per wide range, and the growths only some seeds take. */
export function seedRangeNotes(result: ExperimentResult): string[] {
  const k = result.seeds ?? 1;
  if (k < 2) return [];
  const out: string[] = [];
  for (const s of result.steps) {
    const live = wideRange(s, 'live');
    const alloc = wideRange(s, 'alloc');
    const parts = [...(alloc ? [`allocates ${formatRange(alloc)}`] : []), ...(live ? [`keeps ${formatRange(live)} live`] : [])];
    if (parts.length > 0) out.push(`${s.step} ${parts.join(' and ')} depending on the hash seed (${k} seeds), as the real runtime does from run to run.`);
  }
  return [...out, ...(result.seed_notes ?? [])];
}
