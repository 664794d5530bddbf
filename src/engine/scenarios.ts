// Scenarios are data: named steps, each a list of operations on one map variable `m`
// (or a slice `s`). The runner interprets them; adding a scenario needs no new code path.

/** A count in a scenario: a number, or relative to the run's N. */
export type Count = number | 'n' | 'n/2' | 'hint';

/** One operation of a step. */
export type Op =
  /** m = make(map[K]V) or make(map[K]V, hint) when the run has a hint (or the given size) */
  | { op: 'make'; size?: Count }
  /** for i := from; i < to; i++ { m[key(i)] = val(i) } */
  | { op: 'insert'; from: Count; to: Count }
  /** for i := from; i < to; i += every { delete(m, key(i)) } */
  | { op: 'delete'; from: Count; to: Count; every?: number }
  /** clear(m) */
  | { op: 'clear' }
  /** m = nil */
  | { op: 'nil' }
  /** s := make([]V, n) */
  | { op: 'makeSlice' }
  /** clear(s) */
  | { op: 'clearSlice' }
  /** s = nil */
  | { op: 'nilSlice' };

/** One measured step. */
export interface ScenarioStep {
  step: string;
  ops: Op[];
}

/** A parameter a scenario takes (shown in `experiment list` and the view). */
export interface ScenarioParam {
  name: 'type' | 'n' | 'hint' | 'go';
  description: string;
}

/** An experiment the engine offers. */
export interface Scenario {
  id: string;
  title: string;
  description: string;
  parameters: ScenarioParam[];
  steps: ScenarioStep[];
  /** Suggested values for the view. */
  defaults?: { type?: string; n?: number; hint?: number };
  /** Records the growth timeline (every hashGrow / table grow / split). */
  timeline?: boolean;
  /**
   * Measured by the real-runtime harness (shared/tools/go-truth/main.go): model its program too
   * (string keys made before the base snapshot and dropped after their last use).
   */
  harness?: boolean;
}

const P_TYPE: ScenarioParam = { name: 'type', description: 'the map type, e.g. map[int]int or map[string]*User' };
const P_N: ScenarioParam = { name: 'n', description: 'number of keys (0..N-1)' };
const P_HINT: ScenarioParam = { name: 'hint', description: 'size hint for make; -1: no hint' };
const P_GO: ScenarioParam = { name: 'go', description: 'Go version 1.19–1.26 (classic maps up to 1.23, Swiss tables from 1.24)' };
const ALL = [P_TYPE, P_N, P_HINT, P_GO];

const fill = { op: 'insert', from: 0, to: 'n' } as const;

/** The scenarios, in menu order. The first two are the ones the real-runtime harness measures. */
export const SCENARIOS: Scenario[] = [
  {
    id: 'fill-clear-refill',
    title: 'Fill, clear, refill',
    description: 'Insert N keys, clear the map, insert them again, then replace it with make and drop it with nil.',
    parameters: ALL,
    harness: true,
    steps: [
      { step: 'make', ops: [{ op: 'make' }] },
      { step: 'fill', ops: [fill] },
      { step: 'clear', ops: [{ op: 'clear' }] },
      { step: 'refill', ops: [fill] },
      { step: 'remake', ops: [{ op: 'make', size: -1 }] },
      { step: 'nil', ops: [{ op: 'nil' }] },
    ],
  },
  {
    id: 'delete-half',
    title: 'Delete half, then all',
    description: 'Insert N keys, delete the even ones, then the rest: delete never shrinks a map.',
    parameters: ALL,
    harness: true,
    steps: [
      { step: 'make', ops: [{ op: 'make' }] },
      { step: 'fill', ops: [fill] },
      { step: 'delete-half', ops: [{ op: 'delete', from: 0, to: 'n', every: 2 }] },
      { step: 'delete-all', ops: [{ op: 'delete', from: 0, to: 'n' }] },
    ],
  },
  {
    id: 'clear-vs-make-vs-nil',
    title: 'clear vs make vs nil',
    description: 'Fill, then clear (memory stays), fill again, then m = make (old map is garbage), fill again, then m = nil.',
    parameters: ALL,
    steps: [
      { step: 'make', ops: [{ op: 'make' }] },
      { step: 'fill', ops: [fill] },
      { step: 'clear', ops: [{ op: 'clear' }] },
      { step: 'fill-again', ops: [fill] },
      { step: 'make-new', ops: [{ op: 'make', size: -1 }] },
      { step: 'fill-new', ops: [fill] },
      { step: 'nil', ops: [{ op: 'nil' }] },
    ],
  },
  {
    id: 'growth-timeline',
    title: 'Growth timeline',
    description: 'Insert N keys one by one and record live and garbage bytes after every growth (hashGrow, table grow, split).',
    parameters: ALL,
    timeline: true,
    steps: [
      { step: 'make', ops: [{ op: 'make' }] },
      { step: 'fill', ops: [fill] },
    ],
  },
  {
    id: 'clear-during-growth',
    title: 'clear during a growth',
    description: 'Insert N keys (pick N just past a growth, e.g. 6657) and clear at once: a classic map abandons the growth and drops oldbuckets.',
    parameters: ALL,
    defaults: { n: 6657 },
    timeline: true,
    steps: [
      { step: 'make', ops: [{ op: 'make' }] },
      { step: 'fill', ops: [fill] },
      { step: 'clear', ops: [{ op: 'clear' }] },
      { step: 'refill', ops: [fill] },
    ],
  },
  {
    id: 'presize-hint',
    title: 'Presizing with a hint',
    description: 'make with hint N then fill (no growth), against make without a hint then fill (growths and garbage).',
    parameters: [P_TYPE, P_N, P_GO],
    steps: [
      { step: 'make-hinted', ops: [{ op: 'make', size: 'n' }] },
      { step: 'fill-hinted', ops: [fill] },
      { step: 'make-unhinted', ops: [{ op: 'make', size: -1 }] },
      { step: 'fill-unhinted', ops: [fill] },
    ],
  },
  {
    id: 'delete-never-shrinks',
    title: 'delete never shrinks',
    description: 'Fill N keys, delete all of them one by one, refill half: the buckets/tables stay at their peak size.',
    parameters: ALL,
    steps: [
      { step: 'make', ops: [{ op: 'make' }] },
      { step: 'fill', ops: [fill] },
      { step: 'delete-all', ops: [{ op: 'delete', from: 0, to: 'n' }] },
      { step: 'refill-half', ops: [{ op: 'insert', from: 0, to: 'n/2' }] },
    ],
  },
  {
    id: 'set-vs-int64',
    title: 'map[K]struct{} vs map[K]int64',
    description:
      'Run this with map[int64]struct{} and map[int64]int64 on a classic and a Swiss version: a zero-size elem saves memory only in classic buckets.',
    parameters: ALL,
    defaults: { type: 'map[int64]struct{}' },
    steps: [
      { step: 'make', ops: [{ op: 'make' }] },
      { step: 'fill', ops: [fill] },
    ],
  },
  {
    id: 'slice-clear',
    title: 'clear on a slice',
    description: "make([]V, N) for the map type's elem V, clear(s) (zeroes elements, frees nothing), then s = nil.",
    parameters: ALL,
    steps: [
      { step: 'make', ops: [{ op: 'makeSlice' }] },
      { step: 'clear', ops: [{ op: 'clearSlice' }] },
      { step: 'nil', ops: [{ op: 'nilSlice' }] },
    ],
  },
];

/** The scenario with this id, or undefined. */
export function findScenario(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
