// How strongly a line glows: a log-like scale of its share of the profile total. Pure.

/** Number of heat levels the annotations use. */
export const HEAT_LEVELS = 5;

/** Heat level 0..HEAT_LEVELS-1 for a value's share of the total; -1 for nothing to show. */
export function heatLevel(value: number, total: number): number {
  if (total <= 0 || value === 0) return -1;
  const share = Math.min(1, Math.abs(value) / total);
  // below 1% → 0, 1–5% → 1, 5–20% → 2, 20–50% → 3, 50%+ → 4
  const bounds = [0.01, 0.05, 0.2, 0.5];
  let lvl = 0;
  while (lvl < bounds.length && share >= bounds[lvl]) lvl++;
  return lvl;
}
