// Undoing pprof's heap-sample scaling. Go samples about one allocation per MemProfileRate bytes
// and writes each record's counts divided by the chance an object of the record's average size
// was sampled, 1 - exp(-avg/rate) (runtime/pprof scaleHeapSample). A map's capacity needs how
// many structures there really are, which for large objects is nearly the sampled count itself.

/** The chance the runtime samples an object of `size` bytes at MemProfileRate `rate`. */
export function sampledChance(size: number, rate: number): number {
  if (rate <= 1 || size <= 0) return 1;
  return 1 - Math.exp(-size / rate);
}

/** The sampled count behind a record's scaled objects and bytes (as scaleHeapSample scaled them). */
export function rawCount(objects: number, bytes: number, rate: number): number {
  if (objects <= 0 || bytes <= 0) return 0;
  return Math.round(objects * sampledChance(bytes / objects, rate));
}

/**
 * The most likely number of objects of `size` bytes given `k` of them were sampled: the
 * binomial maximum likelihood floor(k / p), which is k itself for objects much larger than the
 * rate and k / p (pprof's scaled count) for small ones.
 */
export function likelyCount(k: number, size: number, rate: number): number {
  if (k <= 0) return 0;
  return Math.max(k, Math.floor(k / sampledChance(size, rate)));
}
