// Callers and callees of one row (pprof's peek): each edge counts a sample's value once.
import type { KeyedStacks } from './tree';

/** Direct callers/callees of `key`, with flat and cum, heaviest first. */
export function sandwich(ks: KeyedStacks, key: number): { flat: number; cum: number; callers: [number, number][]; callees: [number, number][] } {
  const callers = new Map<number, number>(),
    callees = new Map<number, number>();
  const seenCaller = new Set<number>(),
    seenCallee = new Set<number>();
  let flat = 0,
    cum = 0;
  for (let s = 0; s < ks.value.length; s++) {
    const a = ks.stackStart[s],
      b = ks.stackStart[s + 1];
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

/**
 * One more level of a callers or callees tree. `path` starts at the function and follows calls:
 * for callers, [F, who calls F, who calls that, …]; for callees, [F, what F calls, …]. Returns the
 * frames one step further along, each with the value of the samples whose stack holds the whole
 * path there (once per sample, as the first level does), heaviest first.
 */
export function extendPath(ks: KeyedStacks, path: readonly number[], direction: 'callers' | 'callees'): [number, number][] {
  const out = new Map<number, number>();
  const seen = new Set<number>();
  const step = direction === 'callers' ? -1 : 1; // stacks run root first: callers sit before a frame
  const n = path.length;
  for (let s = 0; s < ks.value.length; s++) {
    const a = ks.stackStart[s],
      b = ks.stackStart[s + 1];
    seen.clear();
    for (let i = a; i < b; i++) {
      if (ks.stackKeys[i] !== path[0]) continue;
      const next = i + step * n;
      if (next < a || next >= b) continue;
      let j = 1;
      while (j < n && ks.stackKeys[i + step * j] === path[j]) j++;
      if (j < n) continue;
      const k = ks.stackKeys[next];
      if (seen.has(k)) continue;
      seen.add(k);
      out.set(k, (out.get(k) ?? 0) + ks.value[s]);
    }
  }
  return [...out].sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]) || x[0] - y[0]);
}
