// The classic hash map of Go 1.19–1.23 (runtime/map.go): hmap, bucket arrays with preallocated
// overflow buckets, overflow chains and (for pointer-free maps) the extra.overflow slice,
// incremental evacuation after hashGrow, mapdelete and mapclear.
// Buckets are simulated by entry count only: which slot an entry takes never changes what is allocated.
import { allocObj, dropObj, growCap, roundupsize, slotSize, type Heap, type ObjRef } from './alloc';
import { hashLo, type Rand } from './hash';
import type { MapLayout } from './layout';
import { MapBase, type SimMap } from './simMap';

const BUCKET_CNT = 8;
const HMAP_SIZE = 48;
const MAPEXTRA_SIZE = 24;
const SLICE_HEADER = 24;

/** overLoadFactor: more than 8 entries and more than loadNum/2 per bucket (6.5; 6 in Go 1.21). */
function overLoadFactor(count: number, B: number, loadNum: number): boolean {
  return count > BUCKET_CNT && count > loadNum * (2 ** B / 2);
}

/** Separately allocated overflow buckets of one generation, per allocating line. */
class OverflowObjs {
  private readonly perLine = new Map<number, number>();
  add(line: number): void {
    this.perLine.set(line, (this.perLine.get(line) ?? 0) + 1);
  }
  dropAll(heap: Heap, slot: number): void {
    for (const [line, n] of this.perLine) heap.drop(slot, line, 'newoverflow', n);
    this.perLine.clear();
  }
}

/** The extra.overflow slice ([]*bmap) of a pointer-free map. */
interface OverflowSlice {
  header: ObjRef;
  backing?: ObjRef;
  len: number;
  cap: number;
}

/** A simulated classic map. */
export class ClassicMap extends MapBase implements SimMap {
  readonly impl = 'classic';
  private B = 0;
  private mask = 0;
  /** overLoadFactor(count+1, B) ⟺ count+1 > loadMax */
  private loadMax = 8;
  /** tooManyOverflowBuckets ⟺ noverflow >= ovfMax */
  private ovfMax = 1;
  private seed: number;
  private noverflow = 0;
  /** Overflow buckets allocated one by one (beyond the preallocated ones), over the map's life. */
  overflowAllocs = 0;
  private hmap: ObjRef;
  private extra?: ObjRef;
  private array?: ObjRef;
  private cnt = new Int32Array(0);
  private ovf = new Int32Array(0);
  private prealloc = 0;
  private ovfObjs = new OverflowObjs();
  private ovfSlice?: OverflowSlice;
  // growth in progress
  private growing = false;
  private sameSize = false;
  private oldB = 0;
  private oldArray?: ObjRef;
  private oldCnt = new Int32Array(0);
  private oldY = new Int32Array(0);
  private evacuated = new Uint8Array(0);
  private nevacuate = 0;
  private oldOvfObjs = new OverflowObjs();
  private oldOvfSlice?: OverflowSlice;
  private readonly ovfSlot: number;

  /** makemap / makemap_small: hint < 0 means no hint. */
  constructor(
    heap: Heap,
    layout: MapLayout,
    rand: Rand,
    hint: number,
    keySpace: number,
    private readonly loadNum: number,
    hmapSize = HMAP_SIZE,
  ) {
    super(heap, layout, rand, keySpace);
    this.hmap = allocObj(heap, hmapSize, true, 'makemap');
    this.seed = rand.next();
    this.ovfSlot = slotSize(layout.bucketSize, layout.scan, heap.rules);
    let B = 0;
    if (hint > 0) while (overLoadFactor(hint, B, loadNum)) B++;
    this.B = B;
    this.setB(B);
    if (B !== 0) {
      this.newArray(B, 'makeBucketArray');
      if (this.prealloc > 0) this.extra = allocObj(heap, MAPEXTRA_SIZE, true, 'makemap (mapextra)');
    }
  }

  private setB(B: number): void {
    this.mask = 2 ** B - 1;
    this.loadMax = Math.max(BUCKET_CNT, this.loadNum * (2 ** B / 2));
    this.ovfMax = 2 ** Math.min(B, 15);
  }

  /** makeBucketArray: 2^B buckets plus 2^(B-4) overflow buckets, widened to fill the size class. */
  private newArray(B: number, what: string): void {
    const base = 2 ** B;
    let nbuckets = base;
    const L = this.layout;
    if (B >= 4) {
      nbuckets += 2 ** (B - 4);
      const sz = L.bucketSize * nbuckets;
      const up = roundupsize(sz, L.scan, this.heap.rules);
      if (up !== sz) nbuckets = Math.floor(up / L.bucketSize);
    }
    this.array = allocObj(this.heap, L.bucketSize * nbuckets, L.scan, what);
    this.cnt = new Int32Array(base);
    this.ovf = new Int32Array(base);
    this.prealloc = nbuckets - base;
  }

  assignRange(from: number, to: number): void {
    for (let k = from; k < to; k++) this.assign(k);
  }

  assign(k: number): void {
    if (k >= this.present.length) this.ensureKey(k);
    if (this.array === undefined) {
      this.array = allocObj(this.heap, this.layout.bucketSize, this.layout.scan, 'mapassign (first bucket)');
      this.cnt = new Int32Array(1);
      this.ovf = new Int32Array(1);
      this.prealloc = 0;
    }
    const h = hashLo(k, this.seed);
    if (this.growing) this.growWork(h);
    if (this.present[k]) return; // update in place
    if (!this.growing && (this.count + 1 > this.loadMax || this.noverflow >= this.ovfMax)) {
      this.hashGrow();
      this.growWork(h);
    }
    const b = h & this.mask;
    if (this.cnt[b] === BUCKET_CNT * (1 + this.ovf[b])) {
      this.newoverflow();
      this.ovf[b]++;
    }
    this.cnt[b]++;
    if (this.tracksEntries) this.allocIndirect(k);
    this.present[k] = 1;
    this.count++;
  }

  remove(k: number): void {
    if (this.count === 0) return;
    const h = hashLo(k, this.seed);
    if (this.growing) this.growWork(h);
    if (k >= this.present.length || !this.present[k]) return;
    this.cnt[h & this.mask]--;
    this.present[k] = 0;
    this.count--;
    this.dropEntry(k);
    // mapdelete reseeds an emptied map (golang/go#25237)
    if (this.count === 0) this.seed = this.rand.next();
  }

  clear(): void {
    if (this.count === 0) return;
    const heap = this.heap;
    this.finishOld();
    this.ovfObjs.dropAll(heap, this.ovfSlot);
    this.dropSlice(this.ovfSlice);
    this.ovfSlice = undefined;
    this.dropAllEntries();
    // makeBucketArray(t, h.B, h.buckets) zeroes the array and re-derives its spare overflow buckets
    this.cnt.fill(0);
    this.ovf.fill(0);
    this.prealloc = this.arrayBuckets() - 2 ** this.B;
    this.noverflow = 0;
    this.seed = this.rand.next();
  }

  release(): void {
    const heap = this.heap;
    this.finishOld();
    this.ovfObjs.dropAll(heap, this.ovfSlot);
    this.dropSlice(this.ovfSlice);
    this.ovfSlice = undefined;
    dropObj(heap, this.array);
    this.array = undefined;
    dropObj(heap, this.extra);
    this.extra = undefined;
    dropObj(heap, this.hmap);
    this.dropAllEntries();
  }

  private arrayBuckets(): number {
    const L = this.layout;
    const base = 2 ** this.B;
    if (this.B < 4) return base;
    const sz = L.bucketSize * (base + 2 ** (this.B - 4));
    const up = roundupsize(sz, L.scan, this.heap.rules);
    return up !== sz ? Math.floor(up / L.bucketSize) : base + 2 ** (this.B - 4);
  }

  private hashGrow(): void {
    const bigger = overLoadFactor(this.count + 1, this.B, this.loadNum) ? 1 : 0;
    this.sameSize = bigger === 0;
    this.oldB = this.B;
    this.oldArray = this.array;
    const oldCnt = this.cnt;
    this.newArray(this.B + bigger, this.sameSize ? 'hashGrow (same size)' : 'hashGrow');
    this.B += bigger;
    this.setB(this.B);
    // which old entries go to the upper half is fixed by the hash, so count them once now
    const oldsize = 2 ** this.oldB;
    this.oldCnt = oldCnt;
    this.oldY = new Int32Array(oldsize);
    if (!this.sameSize) {
      const p = this.present;
      const mask = oldsize - 1;
      for (let k = 0; k < p.length; k++) {
        if (!p[k]) continue;
        const h = hashLo(k, this.seed);
        if (h & oldsize) this.oldY[h & mask]++;
      }
    }
    this.evacuated = new Uint8Array(oldsize);
    this.nevacuate = 0;
    this.noverflow = 0;
    this.growing = true;
    this.oldOvfObjs = this.ovfObjs;
    this.ovfObjs = new OverflowObjs();
    this.oldOvfSlice = this.ovfSlice;
    this.ovfSlice = undefined;
    if (this.prealloc > 0 && this.extra === undefined) this.extra = allocObj(this.heap, MAPEXTRA_SIZE, true, 'hashGrow (mapextra)');
    this.onGrow?.({
      entries: this.count,
      label: this.sameSize ? `hashGrow same size B=${this.B}` : `hashGrow B=${this.oldB}→${this.B}`,
    });
  }

  private growWork(h: number): void {
    const oldmask = 2 ** this.oldB - 1;
    this.evacuate(h & oldmask);
    if (this.growing) this.evacuate(this.nevacuate);
  }

  private evacuate(ob: number): void {
    const oldsize = 2 ** this.oldB;
    if (!this.evacuated[ob]) {
      const y = this.sameSize ? 0 : this.oldY[ob];
      this.fillDest(ob, this.oldCnt[ob] - y);
      if (y > 0) this.fillDest(ob + oldsize, y);
      this.evacuated[ob] = 1;
    }
    if (ob === this.nevacuate) {
      this.nevacuate++;
      const stop = Math.min(this.nevacuate + 1024, oldsize);
      while (this.nevacuate < stop && this.evacuated[this.nevacuate]) this.nevacuate++;
      if (this.nevacuate === oldsize) this.finishOld();
    }
  }

  /** evacuate writes c entries into a fresh bucket, chaining overflow buckets as it fills. */
  private fillDest(b: number, c: number): void {
    if (c <= 0) return;
    const need = Math.ceil(c / BUCKET_CNT) - 1;
    for (let i = 0; i < need; i++) this.newoverflow();
    this.cnt[b] = c;
    this.ovf[b] = need;
  }

  /** advanceEvacuationMark's end (or mapclear): oldbuckets and extra.oldoverflow are dropped. */
  private finishOld(): void {
    if (!this.growing) return;
    dropObj(this.heap, this.oldArray);
    this.oldArray = undefined;
    this.oldOvfObjs.dropAll(this.heap, this.ovfSlot);
    this.dropSlice(this.oldOvfSlice);
    this.oldOvfSlice = undefined;
    this.oldCnt = new Int32Array(0);
    this.oldY = new Int32Array(0);
    this.evacuated = new Uint8Array(0);
    this.growing = false;
    this.sameSize = false;
  }

  private newoverflow(): void {
    const heap = this.heap;
    if (this.prealloc > 0) this.prealloc--;
    else {
      heap.alloc(this.layout.bucketSize, this.layout.scan, 'newoverflow');
      this.ovfObjs.add(heap.line);
      this.overflowAllocs++;
    }
    // incrnoverflow: exact below B=16, sampled above
    if (this.B < 16) this.noverflow++;
    else if ((this.rand.next() & (2 ** (this.B - 15) - 1)) === 0) this.noverflow++;
    if (!this.layout.scan) {
      // pointer-free buckets are kept alive for the GC by the extra.overflow slice
      if (this.extra === undefined) this.extra = allocObj(heap, MAPEXTRA_SIZE, true, 'newoverflow (mapextra)');
      if (this.ovfSlice === undefined) this.ovfSlice = { header: allocObj(heap, SLICE_HEADER, true, 'newoverflow (overflow slice)'), len: 0, cap: 0 };
      const s = this.ovfSlice;
      s.len++;
      if (s.len > s.cap) {
        s.cap = growCap(s.cap, s.len, 8, true, heap.rules);
        const old = s.backing;
        s.backing = allocObj(heap, s.cap * 8, true, 'newoverflow (append)');
        dropObj(heap, old);
      }
    }
  }

  private dropSlice(s: OverflowSlice | undefined): void {
    if (!s) return;
    dropObj(this.heap, s.header);
    dropObj(this.heap, s.backing);
  }
}
