// The Go allocator's sizing and a ledger of what the simulated program allocates and drops.
// Size classes: runtime/sizeclasses.go (identical in 1.19–1.26); large objects: whole 8 KiB pages;
// malloc headers (1.22+): runtime/mbitmap.go heapBitsInSpan, runtime/msize.go roundupsize.

/** class_to_size from runtime/sizeclasses.go. */
const CLASS_TO_SIZE = [
  0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024,
  1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568,
  14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
];
const MAX_SMALL = 32768;
const PAGE = 8192;
const MALLOC_HEADER = 8;
const MIN_SIZE_FOR_HEADER = 512;

/** Allocator rules of one Go version. */
export interface AllocRules {
  /** Pointerful objects over 512 bytes carry an 8-byte header (Go 1.22+). */
  mallocHeaders: boolean;
}

function classUp(n: number): number {
  let lo = 1;
  let hi = CLASS_TO_SIZE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (CLASS_TO_SIZE[mid] >= n) hi = mid;
    else lo = mid + 1;
  }
  return CLASS_TO_SIZE[lo];
}

/** Bytes the heap hands out (and HeapAlloc counts) for a request of `size` bytes. */
export function slotSize(size: number, scan: boolean, rules: AllocRules): number {
  if (size === 0) return 0;
  let req = size;
  if (rules.mallocHeaders && scan && req > MIN_SIZE_FOR_HEADER && req <= MAX_SMALL - MALLOC_HEADER) req += MALLOC_HEADER;
  if (req <= MAX_SMALL) return classUp(req);
  return Math.ceil(size / PAGE) * PAGE;
}

/** runtime.roundupsize: the usable size of the slot for `size` bytes (slot minus any malloc header). */
export function roundupsize(size: number, scan: boolean, rules: AllocRules): number {
  const slot = slotSize(size, scan, rules);
  if (rules.mallocHeaders && scan && size > MIN_SIZE_FOR_HEADER && size <= MAX_SMALL - MALLOC_HEADER) return slot - MALLOC_HEADER;
  return slot;
}

/** runtime.growslice's new capacity for appending one element to a slice of cap `oldCap` (elements of `elemSize` bytes). */
export function growCap(oldCap: number, newLen: number, elemSize: number, scan: boolean, rules: AllocRules): number {
  let newcap = oldCap;
  const doublecap = newcap + newcap;
  if (newLen > doublecap) newcap = newLen;
  else if (oldCap < 256) newcap = doublecap;
  else while (newcap < newLen) newcap += (newcap + 3 * 256) >> 2;
  return Math.floor(roundupsize(newcap * elemSize, scan, rules) / elemSize);
}

/** One kind of allocation in the profile: where it happened and what it is. */
export interface Site {
  /** Index into the scenario program's statements (the user line). */
  line: number;
  /** Runtime function that allocated (hidden in profiles, shown in explanations). */
  what: string;
}

/** Per-site counters in the shape of a heap profile. */
export interface SiteTotals {
  site: Site;
  /** Slot size of the objects (the `bytes` label). */
  bytes: number;
  allocObjects: number;
  inuseObjects: number;
}

/** Running totals of the simulated heap: live bytes, per-step allocations and garbage, per-site counters for pprof. */
export class Heap {
  live = 0;
  stepAllocBytes = 0;
  stepAllocObjects = 0;
  stepGarbage = 0;
  /** Garbage since the start of the run. */
  garbageTotal = 0;
  /** The statement currently executing (the frame allocations are attributed to). */
  line = 0;
  private readonly sites = new Map<string, SiteTotals>();

  constructor(readonly rules: AllocRules) {}

  /** Allocates `count` objects of `size` bytes; returns the slot size of one. */
  alloc(size: number, scan: boolean, what: string, count = 1): number {
    const slot = slotSize(size, scan, this.rules);
    if (slot === 0 || count === 0) return slot;
    this.live += slot * count;
    this.stepAllocBytes += slot * count;
    this.stepAllocObjects += count;
    const t = this.site(this.line, what, slot);
    t.allocObjects += count;
    t.inuseObjects += count;
    return slot;
  }

  /** `count` objects of slot size `slot` allocated at `line` by `what` became unreachable. */
  drop(slot: number, line: number, what: string, count = 1): void {
    if (slot === 0 || count === 0) return;
    this.live -= slot * count;
    this.stepGarbage += slot * count;
    this.garbageTotal += slot * count;
    const t = this.sites.get(`${line}|${what}|${slot}`);
    if (t) t.inuseObjects -= count;
  }

  /** Bytes that were reachable before the scenario's base snapshot and became garbage. */
  dropPreexisting(bytes: number): void {
    this.live -= bytes;
    this.stepGarbage += bytes;
    this.garbageTotal += bytes;
  }

  /** Resets the per-step counters. */
  nextStep(): void {
    this.stepAllocBytes = 0;
    this.stepAllocObjects = 0;
    this.stepGarbage = 0;
  }

  /** Per-site totals, for the heap profile. */
  siteTotals(): SiteTotals[] {
    return [...this.sites.values()];
  }

  private site(line: number, what: string, slot: number): SiteTotals {
    const k = `${line}|${what}|${slot}`;
    let t = this.sites.get(k);
    if (!t) {
      t = { site: { line, what }, bytes: slot, allocObjects: 0, inuseObjects: 0 };
      this.sites.set(k, t);
    }
    return t;
  }
}

/** A handle to one allocated object so it can be dropped later with its site. */
export interface ObjRef {
  slot: number;
  line: number;
  what: string;
}

/** Allocates one object and returns a handle for dropping it. */
export function allocObj(heap: Heap, size: number, scan: boolean, what: string): ObjRef {
  return { slot: heap.alloc(size, scan, what), line: heap.line, what };
}

/** Drops an object allocated with allocObj. */
export function dropObj(heap: Heap, o: ObjRef | undefined): void {
  if (o) heap.drop(o.slot, o.line, o.what);
}
