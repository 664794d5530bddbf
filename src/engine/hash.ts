// A deterministic stand-in for the runtime's seeded hash and rand(): well mixed, so bucket
// overflow and table splits follow the same statistics as with the real aeshash/memhash.

/** A small deterministic PRNG (mulberry32) standing in for runtime.rand/fastrand. */
export class Rand {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }

  /** The next 32-bit value. */
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
}

/** Low 32 bits of hash(key k, seed): classic bucket index and tophash, Swiss H2 and probe start. */
export function hashLo(k: number, seed: number): number {
  let h = Math.imul(k ^ seed, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** High 32 bits of hash(key k, seed): Swiss directory index and split bit. */
export function hashHi(k: number, seed: number): number {
  let h = Math.imul((k + 0x7f4a7c15) ^ Math.imul(seed, 0x2545f491), 0xcc9e2d51);
  h ^= h >>> 15;
  h = Math.imul(h, 0x1b873593);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
