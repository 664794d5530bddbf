// The Swiss-table map of Go 1.24+ (internal/runtime/maps): the Map header, a small map's single
// group, tables of up to 1024 slots with control bytes (empty/full/deleted), growth by doubling,
// splits with directory doubling, tombstones (pruned before growing from 1.25) and Clear.
import { allocObj, dropObj, type Heap, type ObjRef } from './alloc';
import { hashHi, hashLo, type Rand } from './hash';
import type { MapLayout } from './layout';
import { MapBase, type SimMap } from './simMap';

const SLOTS = 8;
const MAX_TABLE_CAPACITY = 1024;
const MAX_AVG_GROUP_LOAD = 7;
const MAP_SIZE = 48;
const TABLE_SIZE = 32;
const EMPTY = 0;
const FULL = 1;
const DELETED = 2;

interface Table {
  capacity: number;
  used: number;
  growthLeft: number;
  localDepth: number;
  index: number;
  ctrl: Uint8Array;
  /** FULL slots per group, to skip full groups while probing */
  nfull: Uint8Array;
  /** The key in each slot; with countsOnly, the high hash of each key the table holds, in order. */
  keys: Int32Array;
  struct: ObjRef;
  groups: ObjRef;
}

const NONE8 = new Uint8Array(0);
/** Key lists of dropped counted tables, by capacity, for the next counted map (a run's seeds follow each other). */
const countedKeys = new Map<number, Int32Array[]>();
let countedFree = 0;
const COUNTED_FREE_MAX = 4096;

function maxGrowthLeft(capacity: number): number {
  return capacity <= SLOTS ? capacity - 1 : (capacity * MAX_AVG_GROUP_LOAD) / SLOTS;
}

function alignUpPow2(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

/** A simulated Swiss map. */
export class SwissMap extends MapBase implements SimMap {
  readonly impl = 'swiss';
  readonly overflowAllocs = 0;
  private seed: number;
  private header: ObjRef;
  /** Small map: one group, no directory. */
  private smallGroup?: ObjRef;
  private smallCtrl = new Uint8Array(SLOTS);
  private dir: Table[] = [];
  private dirRef?: ObjRef;
  private globalDepth = 0;
  private tombstonePossible = false;
  /** slot of each present key in its table (or in the small group) */
  private keySlot: Int32Array;

  /**
   * NewMap / NewEmptyMap; hint < 0 means no hint. `pruneTombstones`: Go 1.25+. `countsOnly`: the
   * map only ever sees inserts and clears (no deletes), so no slot ever holds a tombstone and a
   * table's growth depends on how many keys it holds, not where: tables then keep their keys as a
   * list instead of placing them slot by slot. The figures are the same as slot by slot (a test
   * checks it over scenarios, types, sizes and seeds) at a fraction of the cost.
   */
  constructor(
    heap: Heap,
    layout: MapLayout,
    rand: Rand,
    hint: number,
    keySpace: number,
    private readonly prunes: boolean,
    private readonly countsOnly = false,
  ) {
    super(heap, layout, rand, keySpace);
    this.keySlot = new Int32Array(countsOnly ? 0 : Math.max(1, keySpace));
    this.header = allocObj(heap, MAP_SIZE, true, 'makemap');
    this.seed = rand.next();
    if (hint > SLOTS) {
      const target = Math.floor((hint * SLOTS) / MAX_AVG_GROUP_LOAD);
      const dirSize = alignUpPow2(Math.ceil(target / MAX_TABLE_CAPACITY));
      this.globalDepth = Math.log2(dirSize);
      this.dirRef = allocObj(heap, dirSize * 8, true, 'makemap (directory)');
      for (let i = 0; i < dirSize; i++) this.dir.push(this.newTable(Math.floor(target / dirSize), i, this.globalDepth, 'makemap (table)'));
    }
  }

  protected override ensureKey(k: number): void {
    if (k < this.present.length && (this.countsOnly || k < this.keySlot.length)) return;
    super.ensureKey(k);
    if (!this.countsOnly) {
      const s = new Int32Array(this.present.length);
      s.set(this.keySlot);
      this.keySlot = s;
    }
  }

  /** Typed arrays of dropped tables, reused (allocating them is the simulation's main cost); counted maps share countedKeys. */
  private readonly pool = new Map<number, { ctrl: Uint8Array; nfull: Uint8Array; keys: Int32Array }[]>();

  private newTable(capacity: number, index: number, localDepth: number, what: string): Table {
    const cap = alignUpPow2(Math.max(capacity, SLOTS));
    if (this.countsOnly) return this.countedTable(cap, index, localDepth, what);
    const reuse = this.pool.get(cap)?.pop();
    if (reuse) {
      reuse.ctrl.fill(EMPTY);
      reuse.nfull.fill(0);
    }
    const struct = allocObj(this.heap, TABLE_SIZE, true, what);
    const groups = allocObj(this.heap, (cap / SLOTS) * this.layout.groupSize, this.layout.scan, what);
    return {
      capacity: cap,
      used: 0,
      growthLeft: maxGrowthLeft(cap),
      localDepth,
      index,
      ctrl: reuse?.ctrl ?? new Uint8Array(this.countsOnly ? 0 : cap),
      nfull: reuse?.nfull ?? new Uint8Array(this.countsOnly ? 0 : cap / SLOTS),
      keys: reuse?.keys ?? new Int32Array(cap),
      struct,
      groups,
    };
  }

  /** A counted table: only its key list, taken from the arrays earlier counted maps (and seeds) dropped. */
  private countedTable(cap: number, index: number, localDepth: number, what: string): Table {
    const struct = allocObj(this.heap, TABLE_SIZE, true, what);
    const groups = allocObj(this.heap, (cap / SLOTS) * this.layout.groupSize, this.layout.scan, what);
    const reuse = countedKeys.get(cap)?.pop();
    if (reuse) countedFree--;
    const keys = reuse ?? new Int32Array(cap);
    return { capacity: cap, used: 0, growthLeft: maxGrowthLeft(cap), localDepth, index, ctrl: NONE8, nfull: NONE8, keys, struct, groups };
  }

  private dropTable(t: Table): void {
    if (this.countsOnly) {
      if (countedFree < COUNTED_FREE_MAX) {
        let free = countedKeys.get(t.capacity);
        if (!free) countedKeys.set(t.capacity, (free = []));
        free.push(t.keys);
        countedFree++;
      }
      dropObj(this.heap, t.struct);
      dropObj(this.heap, t.groups);
      return;
    }
    let free = this.pool.get(t.capacity);
    if (!free) this.pool.set(t.capacity, (free = []));
    if (free.length < 4) free.push({ ctrl: t.ctrl, nfull: t.nfull, keys: t.keys });
    dropObj(this.heap, t.struct);
    dropObj(this.heap, t.groups);
  }

  private tableFor(hi: number): Table {
    return this.dir[this.globalDepth === 0 ? 0 : hi >>> (32 - this.globalDepth)];
  }

  assign(k: number): void {
    if (k >= this.present.length) this.ensureKey(k);
    if (this.dir.length === 0) {
      if (this.smallGroup === undefined) {
        this.smallGroup = allocObj(this.heap, this.layout.groupSize, this.layout.scan, 'mapassign (small group)');
        this.smallCtrl.fill(EMPTY);
      }
      if (this.count < SLOTS) {
        if (this.present[k]) return;
        const i = this.smallCtrl.indexOf(EMPTY);
        this.smallCtrl[i] = FULL;
        if (!this.countsOnly) this.keySlot[k] = i;
        this.inserted(k);
        return;
      }
      // a full small map becomes a table even when the key is already there
      this.growToTable();
    }
    if (this.present[k]) return;
    for (;;) {
      const t = this.tableFor(hashHi(k, this.seed));
      if (this.putSlot(t, k)) return;
    }
  }

  /** m[k] = v for k in [from, to): assign's loop with the common countsOnly case inlined (the runner's hot path). */
  assignRange(from: number, to: number): void {
    if (!this.countsOnly || this.tracksEntries) {
      for (let k = from; k < to; k++) this.assign(k);
      return;
    }
    if (to > this.present.length) this.ensureKey(to - 1);
    const present = this.present;
    // locals, reloaded after the slow path (which may grow, split or replace the directory)
    let dir = this.dir;
    let shift = 32 - this.globalDepth;
    let seed = this.seed;
    let added = 0;
    for (let k = from; k < to; k++) {
      if (dir.length > 0) {
        if (present[k]) continue;
        const hi = hashHi(k, seed);
        const t = dir[shift === 32 ? 0 : hi >>> shift];
        if (t.growthLeft > 0) {
          t.keys[t.used++] = hi;
          t.growthLeft--;
          present[k] = 1;
          added++;
          continue;
        }
      }
      this.count += added;
      added = 0;
      this.assign(k);
      dir = this.dir;
      shift = 32 - this.globalDepth;
      seed = this.seed;
    }
    this.count += added;
  }

  private inserted(k: number): void {
    if (this.tracksEntries) this.allocIndirect(k);
    this.present[k] = 1;
    this.count++;
  }

  private growToTable(): void {
    const t = this.newTable(2 * SLOTS, 0, 0, 'mapassign (growToTable)');
    for (let k = 0; k < this.present.length; k++) if (this.present[k]) this.put(t, k);
    this.dirRef = allocObj(this.heap, 8, true, 'mapassign (growToTable directory)');
    this.dir = [t];
    this.globalDepth = 0;
    dropObj(this.heap, this.smallGroup);
    this.smallGroup = undefined;
    this.onGrow?.({ entries: this.count, label: 'growToTable: small map → table of 16 slots' });
  }

  /** table.PutSlot for a key not in the map: false when the table was replaced (retry). */
  private putSlot(t: Table, k: number): boolean {
    if (this.countsOnly) {
      if (t.growthLeft === 0) {
        this.rehash(t);
        return false;
      }
      t.keys[t.used++] = hashHi(k, this.seed);
      t.growthLeft--;
      this.inserted(k);
      return true;
    }
    const lo = hashLo(k, this.seed);
    const mask = t.capacity / SLOTS - 1;
    let g = (lo >>> 7) & mask;
    let firstDeleted = -1;
    const ctrl = t.ctrl;
    const nfull = t.nfull;
    for (let i = 1; ; i++) {
      const slot = this.firstFree(t, g);
      if (slot >= 0) {
        if (ctrl[slot] === DELETED) {
          if (firstDeleted < 0) firstDeleted = slot;
        } else {
          let at = slot;
          if (firstDeleted >= 0) {
            at = firstDeleted;
            t.growthLeft++;
          }
          if (t.growthLeft === 0 && this.prunes) this.pruneTombstones(t);
          if (t.growthLeft > 0) {
            ctrl[at] = FULL;
            nfull[at >> 3]++;
            t.keys[at] = k;
            this.keySlot[k] = at;
            t.growthLeft--;
            t.used++;
            this.inserted(k);
            return true;
          }
          this.rehash(t);
          return false;
        }
      }
      g = (g + i) & mask;
    }
  }

  /** The first empty-or-deleted slot of group g, or -1 (matchEmptyOrDeleted().first()). */
  private firstFree(t: Table, g: number): number {
    if (t.nfull[g] === SLOTS) return -1;
    const c = t.ctrl;
    for (let s = g << 3, e = s + SLOTS; s < e; s++) if (c[s] !== FULL) return s;
    return -1;
  }

  /** Puts a key into a table being built (growToTable, grow, split): uncheckedPutSlot. */
  private put(t: Table, k: number): void {
    if (this.countsOnly) {
      t.keys[t.used++] = hashHi(k, this.seed);
      t.growthLeft--;
    } else this.uncheckedPut(t, k);
  }

  private uncheckedPut(t: Table, k: number): void {
    const lo = hashLo(k, this.seed);
    const mask = t.capacity / SLOTS - 1;
    let g = (lo >>> 7) & mask;
    const ctrl = t.ctrl;
    const nfull = t.nfull;
    for (let i = 1; ; i++) {
      const slot = this.firstFree(t, g);
      if (slot >= 0) {
        ctrl[slot] = FULL;
        nfull[slot >> 3]++;
        t.keys[slot] = k;
        this.keySlot[k] = slot;
        t.growthLeft--;
        t.used++;
        return;
      }
      g = (g + i) & mask;
    }
  }

  private rehash(t: Table): void {
    const newCap = 2 * t.capacity;
    if (newCap <= MAX_TABLE_CAPACITY) this.grow(t, newCap);
    else this.split(t);
  }

  private grow(t: Table, newCap: number): void {
    const nt = this.newTable(newCap, t.index, t.localDepth, 'mapassign (table grow)');
    if (this.countsOnly) {
      nt.keys.set(t.keys.subarray(0, t.used));
      nt.used = t.used;
      nt.growthLeft -= t.used;
    } else for (let s = 0; s < t.capacity; s++) if (t.ctrl[s] === FULL) this.uncheckedPut(nt, t.keys[s]);
    this.replaceTable(nt);
    this.dropTable(t);
    this.onGrow?.({ entries: this.count, label: `table grow ${t.capacity}→${newCap} slots` });
  }

  private split(t: Table): void {
    const ld = t.localDepth + 1;
    const left = this.newTable(MAX_TABLE_CAPACITY, -1, ld, 'mapassign (table split)');
    const right = this.newTable(MAX_TABLE_CAPACITY, -1, ld, 'mapassign (table split)');
    if (this.countsOnly) {
      for (let i = 0; i < t.used; i++) {
        const hi = t.keys[i];
        const to = (hi >>> (32 - ld)) & 1 ? right : left;
        to.keys[to.used++] = hi;
        to.growthLeft--;
      }
    } else {
      for (let s = 0; s < t.capacity; s++) {
        if (t.ctrl[s] !== FULL) continue;
        const k = t.keys[s];
        const bit = (hashHi(k, this.seed) >>> (32 - ld)) & 1;
        this.uncheckedPut(bit ? right : left, k);
      }
    }
    let label = `table split (local depth ${ld})`;
    if (t.localDepth === this.globalDepth) {
      const n = this.dir.length * 2;
      const old = this.dirRef;
      this.dirRef = allocObj(this.heap, n * 8, true, 'mapassign (directory grow)');
      dropObj(this.heap, old);
      const nd: Table[] = new Array(n);
      for (let i = 0; i < this.dir.length; i++) {
        const x = this.dir[i];
        nd[2 * i] = x;
        nd[2 * i + 1] = x;
        if (x.index === i) x.index = 2 * i;
      }
      this.dir = nd;
      this.globalDepth++;
      label += `, directory ${n / 2}→${n}`;
    }
    left.index = t.index;
    this.replaceTable(left);
    right.index = left.index + 2 ** (this.globalDepth - left.localDepth);
    this.replaceTable(right);
    this.dropTable(t);
    this.onGrow?.({ entries: this.count, label });
  }

  private replaceTable(nt: Table): void {
    const entries = 2 ** (this.globalDepth - nt.localDepth);
    for (let i = 0; i < entries; i++) this.dir[nt.index + i] = nt;
  }

  /** Go 1.25 pruneTombstones: drop tombstones no probe sequence needs, if that frees 10% of capacity. */
  private pruneTombstones(t: Table): void {
    const tomb = maxGrowthLeft(t.capacity) - t.used - t.growthLeft;
    if (tomb * 10 < t.capacity) return;
    const groups = t.capacity / SLOTS;
    const mask = groups - 1;
    const needed = new Uint8Array(groups);
    for (let g = 0; g < groups; g++) {
      let hasEmpty = false;
      for (let s = g * SLOTS; s < g * SLOTS + SLOTS; s++) {
        if (t.ctrl[s] === EMPTY) hasEmpty = true;
        if (t.ctrl[s] !== FULL) continue;
        let o = (hashLo(t.keys[s], this.seed) >>> 7) & mask;
        for (let i = 1; o !== g; i++) {
          if (this.firstFree(t, o) >= 0) needed[o] = 1;
          o = (o + i) & mask;
        }
      }
      if (hasEmpty) needed[g] = 1;
    }
    let cnt = 0;
    for (let g = 0; g < groups; g++) if (!needed[g]) for (let s = g * SLOTS; s < g * SLOTS + SLOTS; s++) if (t.ctrl[s] === DELETED) cnt++;
    if (cnt * 10 < t.capacity) return;
    for (let g = 0; g < groups; g++) {
      if (needed[g]) continue;
      for (let s = g * SLOTS; s < g * SLOTS + SLOTS; s++) {
        if (t.ctrl[s] === DELETED) {
          t.ctrl[s] = EMPTY;
          t.growthLeft++;
        }
      }
    }
  }

  remove(k: number): void {
    if (this.countsOnly) throw new Error('SwissMap: countsOnly maps take no deletes');
    if (this.count === 0 || k >= this.present.length || !this.present[k]) return;
    const slot = this.keySlot[k];
    if (this.dir.length === 0) {
      this.smallCtrl[slot] = EMPTY;
    } else {
      const t = this.tableFor(hashHi(k, this.seed));
      const g = slot - (slot % SLOTS);
      let hasEmpty = false;
      for (let s = g; s < g + SLOTS; s++) if (t.ctrl[s] === EMPTY) hasEmpty = true;
      if (hasEmpty) {
        t.ctrl[slot] = EMPTY;
        t.growthLeft++;
      } else {
        t.ctrl[slot] = DELETED;
        this.tombstonePossible = true;
      }
      t.nfull[g >> 3]--;
      t.used--;
    }
    this.present[k] = 0;
    this.count--;
    this.dropEntry(k);
    if (this.count === 0) this.seed = this.rand.next();
  }

  clear(): void {
    // 1.24 returns early on an empty map; 1.25+ also clears one that may hold tombstones
    if (this.count === 0 && !(this.prunes && this.tombstonePossible)) return;
    if (this.dir.length === 0) this.smallCtrl.fill(EMPTY);
    else {
      let last: Table | undefined;
      for (const t of this.dir) {
        if (t === last) continue;
        if (!this.countsOnly) {
          t.ctrl.fill(EMPTY);
          t.nfull.fill(0);
        }
        t.used = 0;
        t.growthLeft = maxGrowthLeft(t.capacity);
        last = t;
      }
      this.tombstonePossible = false;
    }
    this.dropAllEntries();
    this.seed = this.rand.next();
  }

  release(): void {
    dropObj(this.heap, this.smallGroup);
    this.smallGroup = undefined;
    let last: Table | undefined;
    for (const t of this.dir) {
      if (t !== last) this.dropTable(t);
      last = t;
    }
    this.dir = [];
    dropObj(this.heap, this.dirRef);
    this.dirRef = undefined;
    dropObj(this.heap, this.header);
    this.dropAllEntries();
  }
}
