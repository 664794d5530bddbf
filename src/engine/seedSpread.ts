// Where a run's figures land across hash seeds: the range of each step's figures, and which
// growths only some seeds take. The real runtime picks a seed per map, so it lands anywhere in
// such a range from run to run; the engine reports the typical seed's run with that spread.
import type { ExperimentResult, GrowthPoint } from '../shared/protocol/experimentView';

const range = (xs: number[]): [number, number] => [Math.min(...xs), Math.max(...xs)];

/** `typical` with live_range/alloc_range per step, seed shares on its growths and notes on the others' (runs: every seed's result, typical among them). */
export function withSeedSpread(typical: ExperimentResult, runs: ExperimentResult[]): ExperimentResult {
  const k = runs.length;
  const steps = typical.steps.map((s, i) => ({
    ...s,
    live_range: range(runs.map((r) => r.steps[i].live_bytes)),
    alloc_range: range(runs.map((r) => r.steps[i].alloc_bytes)),
  }));
  const notes: string[] = [];
  let timeline = typical.timeline;
  if (timeline && k > 1) {
    const counts = runs.map((r) => labelCounts(r.timeline ?? []));
    const seen = new Map<string, number>();
    timeline = timeline.map((p): GrowthPoint => {
      const label = p.label ?? '';
      const nth = (seen.get(label) ?? 0) + 1;
      seen.set(label, nth);
      const taken = counts.filter((c) => (c.get(label) ?? 0) >= nth).length;
      return taken < k ? { ...p, seeds: [taken, k] } : p;
    });
    const mine = labelCounts(typical.timeline ?? []);
    const labels = new Set(counts.flatMap((c) => [...c.keys()]));
    for (const label of labels) {
      const more = counts.filter((c) => (c.get(label) ?? 0) > (mine.get(label) ?? 0)).length;
      if (more > 0) notes.push(`${more} of ${k} seeds ${more === 1 ? 'takes' : 'take'} ${label ? `a ${label}` : 'a growth'} more than this run.`);
    }
  }
  if (typical.overflow_buckets !== undefined && k > 1) {
    const [lo, hi] = range(runs.map((r) => r.overflow_buckets ?? 0));
    if (hi > lo) notes.push(`Overflow buckets allocated one by one: ${typical.overflow_buckets} in this run, ${lo}–${hi} across the ${k} seeds.`);
  }
  return { ...typical, steps, ...(timeline ? { timeline } : {}), seeds: k, ...(notes.length > 0 ? { seed_notes: notes } : {}) };
}

function labelCounts(points: GrowthPoint[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const p of points) m.set(p.label ?? '', (m.get(p.label ?? '') ?? 0) + 1);
  return m;
}
