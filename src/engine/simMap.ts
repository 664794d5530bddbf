// What the classic and Swiss simulations share: the key universe and indirect key/elem objects.
// What keys and values point to (a string's bytes) is the program's, never the map's.
import type { Heap } from './alloc';
import type { Rand } from './hash';
import type { MapLayout } from './layout';

/** One growth of the map, for the growth timeline. */
export interface GrowthEvent {
  entries: number;
  label: string;
}

/** The operations a scenario applies to a simulated map (keys are integer indices). */
export interface SimMap {
  readonly impl: 'classic' | 'swiss';
  /** m[k] = v */
  assign(k: number): void;
  /** m[k] = v for every k in [from, to), in order. */
  assignRange(from: number, to: number): void;
  /** delete(m, k) */
  remove(k: number): void;
  /** clear(m) (also what `for k := range m { delete(m, k) }` compiles to) */
  clear(): void;
  /** Whether key k is in the map. */
  has(k: number): boolean;
  /** The map became unreachable (m = nil, or m reassigned): everything it holds is garbage. */
  release(): void;
  /** len(m) */
  readonly count: number;
  /** Overflow buckets allocated one by one (classic maps; 0 for Swiss tables). */
  readonly overflowAllocs: number;
  /** Called after each growth (hashGrow, table grow, split). */
  onGrow?: (e: GrowthEvent) => void;
}

/** Key presence and indirect key/elem objects, indexed by key. */
export abstract class MapBase {
  count = 0;
  onGrow?: (e: GrowthEvent) => void;
  protected present: Uint8Array;
  /** Line that allocated the key's indirect objects (for the profile's inuse figures). */
  private indirectLine: Int32Array;
  private indirectKeySlot = 0;
  private indirectElemSlot = 0;

  constructor(
    protected readonly heap: Heap,
    protected readonly layout: MapLayout,
    protected readonly rand: Rand,
    keySpace: number,
  ) {
    this.present = new Uint8Array(Math.max(1, keySpace));
    this.indirectLine = new Int32Array(layout.indirectKey || layout.indirectElem ? Math.max(1, keySpace) : 0);
    this.tracksEntries = layout.indirectKey || layout.indirectElem;
  }

  /** Whether key k is in the map. */
  has(k: number): boolean {
    return k < this.present.length && this.present[k] === 1;
  }

  protected ensureKey(k: number): void {
    if (k < this.present.length) return;
    const n = Math.max(k + 1, this.present.length * 2);
    const p = new Uint8Array(n);
    p.set(this.present);
    this.present = p;
    if (this.indirectLine.length > 0) {
      const l = new Int32Array(n);
      l.set(this.indirectLine);
      this.indirectLine = l;
    }
  }

  /** Whether inserts need allocIndirect (indirect objects to track). */
  protected readonly tracksEntries: boolean;

  /** newobject for an indirect key and/or elem of a newly inserted entry. */
  protected allocIndirect(k: number): void {
    const L = this.layout;
    if (L.indirectKey) this.indirectKeySlot = this.heap.alloc(L.key.size, L.key.hasPointers, 'mapassign (indirect key)');
    if (L.indirectElem) this.indirectElemSlot = this.heap.alloc(L.elem.size, L.elem.hasPointers, 'mapassign (indirect elem)');
    if (this.indirectLine.length > 0) this.indirectLine[k] = this.heap.line;
  }

  /** Entry k left the map: its indirect objects are garbage. */
  protected dropEntry(k: number): void {
    const L = this.layout;
    if (L.indirectKey) this.heap.drop(this.indirectKeySlot, this.indirectLine[k], 'mapassign (indirect key)');
    if (L.indirectElem) this.heap.drop(this.indirectElemSlot, this.indirectLine[k], 'mapassign (indirect elem)');
  }

  /** Every entry left the map at once. */
  protected dropAllEntries(): void {
    const p = this.present;
    if (this.tracksEntries) {
      for (let k = 0; k < p.length; k++) if (p[k]) this.dropEntry(k);
    }
    p.fill(0);
    this.count = 0;
  }
}
