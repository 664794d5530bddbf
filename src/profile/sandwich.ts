// Callers and callees of one row (pprof's peek): each edge counts a sample's value once.
import type { KeyedStacks } from './tree';

/** Direct callers/callees of `key`, with flat and cum, heaviest first. */
export function sandwich(ks: KeyedStacks, key: number): { flat: number; cum: number; callers: [number, number][]; callees: [number, number][] } {
  const callers = new Map<number, number>(), callees = new Map<number, number>();
  const seenCaller = new Set<number>(), seenCallee = new Set<number>();
  let flat = 0, cum = 0;
  for (let s = 0; s < ks.value.length; s++) {
    const a = ks.stackStart[s], b = ks.stackStart[s + 1];
    const v = ks.value[s];
    let found = false;
    seenCaller.clear();
    seenCallee.clear();
    for (let i = a; i < b; i++) {
      if (ks.stackKeys[i] !== key) continue;
      found = true;
      if (i > a) {
        const c = ks.stackKeys[i - 1];
        if (!seenCaller.has(c)) {
          seenCaller.add(c);
          callers.set(c, (callers.get(c) ?? 0) + v);
        }
      }
      if (i + 1 < b) {
        const c = ks.stackKeys[i + 1];
        if (!seenCallee.has(c)) {
          seenCallee.add(c);
          callees.set(c, (callees.get(c) ?? 0) + v);
        }
      }
    }
    if (found) cum += v;
    if (b > a && ks.stackKeys[b - 1] === key) flat += v;
  }
  const sorted = (m: Map<number, number>): [number, number][] => [...m].sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]) || x[0] - y[0]);
  return { flat, cum, callers: sorted(callers), callees: sorted(callees) };
}
