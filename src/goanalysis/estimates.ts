// The hover's engine figures: bytes that stay allocated after clear for one map type at a few
// sizes. Lazy (only when a hover asks), cached per (type, Go version, size), computed in workers
// (src/workers/lensClient.ts starts them).
import { oneLine } from '../shared/errors';
import { goMinor, isNoSwissMap, NOSWISSMAP_GO_VERSIONS } from '../shared/goVersion';

/** Map sizes the hover reports. */
export const ESTIMATE_SIZES = [1e3, 1e5, 1e6];

/** One engine run: a map type at a Go version, filled to each size in `ns`, then cleared. */
export interface EstimateRequest {
  type: string;
  go: string;
  ns: number[];
}
/** Live bytes right after clear at one size. */
export interface EstimateRow {
  n: number;
  liveAfterClear: number;
}

/** Live bytes after clear at each size (undefined: still computing), or why there are none. */
export type Estimates = { ok: true; go: string; rows: { n: number; liveAfterClear?: number }[] } | { ok: false; why: string };

/** The engine's Go builds: 1.19 … 1.26 and the noswissmap builds of 1.24/1.25; a newer go.mod is simulated as 1.26. */
export function engineGoVersion(go: string): string | undefined {
  const minor = goMinor(go);
  if (minor === undefined || minor < 19) return undefined;
  if (isNoSwissMap(go)) return NOSWISSMAP_GO_VERSIONS.find((b) => b === `1.${minor}-noswissmap`);
  return `1.${Math.min(minor, 26)}`;
}

interface SizeEntry {
  value?: number;
  error?: string;
  done: Promise<void>;
}

/**
 * Caches engine estimates per (type, Go version, size); `run` does the work (a worker per size in
 * the extension, a stub in tests). Sizes run side by side, so small ones answer first.
 */
export class ClearEstimates {
  private readonly sizes = new Map<string, SizeEntry>();

  constructor(private readonly run: (req: EstimateRequest) => Promise<EstimateRow[]>) {}

  private entry(type: string, go: string, n: number): SizeEntry {
    const key = `${go} ${n} ${type}`;
    let e = this.sizes.get(key);
    if (!e) {
      const entry: SizeEntry = { done: Promise.resolve() };
      entry.done = this.run({ type, go, ns: [n] }).then(
        (rows) => {
          entry.value = rows[0]?.liveAfterClear;
        },
        (err: unknown) => {
          entry.error = oneLine(err);
        },
      );
      this.sizes.set(key, (e = entry));
    }
    return e;
  }

  /**
   * Estimates for a map type (over predeclared types) at a Go version, each size computed once;
   * waits at most `waitMs`, leaving sizes not done yet without a value.
   */
  async get(type: string | undefined, go: string, waitMs?: number): Promise<Estimates> {
    const version = engineGoVersion(go);
    if (!type) return { ok: false, why: 'the key or value type is a type parameter or comes from another package' };
    if (!version) return { ok: false, why: `the engine does not simulate Go ${go}` };
    const entries = ESTIMATE_SIZES.map((n) => this.entry(type, version, n));
    const all = Promise.all(entries.map((e) => e.done));
    if (waitMs === undefined) await all;
    else {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        all,
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, waitMs);
        }),
      ]);
      clearTimeout(timer);
    }
    const failed = entries.find((e) => e.error);
    if (failed) return { ok: false, why: failed.error! };
    return { ok: true, go: version, rows: ESTIMATE_SIZES.map((n, i) => ({ n, liveAfterClear: entries[i].value })) };
  }
}
