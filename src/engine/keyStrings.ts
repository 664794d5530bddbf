// String keys as the harness makes them: keys[i] = "k" + strconv.Itoa(i), all created before the
// base snapshot and held by a []string until its last use. The bytes live in 16-byte tiny blocks
// (runtime mallocgc's tiny allocator), shared with strconv's temporary digit strings.
import { slotSize, type Heap } from './alloc';
import type { KeyRefs, SimMap } from './simMap';

const TINY = 16;

/** Reference counts of the key strings and the tiny blocks holding them. */
export class KeyStrings implements KeyRefs {
  private readonly holders: Uint8Array;
  private readonly blockOf: Int32Array;
  private readonly blockLive: Int32Array;
  private readonly sliceSlot: number;
  private sliceAlive = true;

  constructor(private readonly heap: Heap, private readonly n: number) {
    this.holders = new Uint8Array(n).fill(1);
    this.blockOf = new Int32Array(n);
    // make([]string, n): 16-byte string headers, pointerful
    this.sliceSlot = slotSize(16 * n, true, heap.rules);
    let blocks = 0;
    let off = 0;
    let current = -1;
    // runtime tiny allocator: align by size, fit in the current 16-byte block or open a new one
    const tiny = (size: number): number => {
      let o = off;
      if ((size & 7) === 0) o = (o + 7) & ~7;
      else if ((size & 3) === 0) o = (o + 3) & ~3;
      else if ((size & 1) === 0) o = (o + 1) & ~1;
      if (current >= 0 && o + size <= TINY) {
        off = o + size;
        return current;
      }
      const b = blocks++;
      if (current < 0 || size < off) {
        current = b;
        off = size;
      }
      return b;
    };
    for (let i = 0; i < n; i++) {
      const digits = String(i).length;
      if (i >= 100) tiny(digits); // strconv.Itoa's result; small ints come from a static table
      this.blockOf[i] = tiny(digits + 1);
    }
    this.blockLive = new Int32Array(blocks);
    for (let i = 0; i < n; i++) this.blockLive[this.blockOf[i]]++;
  }

  /** `sink = &m` replaced `sink = keys`: the interface box of the slice header is garbage. */
  dropSinkBox(): void {
    this.heap.dropPreexisting(24);
  }

  ref(k: number): void {
    if (k < this.n) this.holders[k]++;
  }

  unref(k: number): void {
    if (k >= this.n || --this.holders[k] > 0) return;
    if (--this.blockLive[this.blockOf[k]] === 0) this.heap.dropPreexisting(TINY);
  }

  /** The keys slice's last use is over: it is garbage, and so is every string no map holds. */
  releaseSlice(_m: SimMap | undefined): void {
    if (!this.sliceAlive) return;
    this.sliceAlive = false;
    this.heap.dropPreexisting(this.sliceSlot);
    for (let k = 0; k < this.n; k++) this.unref(k);
  }
}

