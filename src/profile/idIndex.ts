import { InputError } from '../shared/errors';

/**
 * pprof id → dense index. Ids are usually 1..N, so a flat Int32Array lookup serves them;
 * sparse or huge ids fall back to a Map.
 */
export class IdIndex {
  /** The flat lookup (index by id, -1 when absent), when the ids are dense enough. */
  dense: Int32Array | undefined;
  private ids: number[] = [];
  private map: Map<number, number> | undefined;

  constructor(private readonly what: string) {}

  /** Records that `id` is at `index`; ids must be nonzero and unique (checked in seal). */
  add(id: number, index: number): void {
    if (id === 0) throw new InputError(`a ${this.what} has id 0, which pprof reserves`);
    this.ids[index] = id;
  }

  /** Builds the lookup; throws on a duplicate id. */
  seal(): void {
    const ids = this.ids;
    let max = 0;
    for (const id of ids) if (id > max) max = id;
    if (max <= ids.length * 4 + 1024) {
      const dense = new Int32Array(max + 1).fill(-1);
      for (let i = 0; i < ids.length; i++) {
        if (dense[ids[i]] >= 0) throw new InputError(`two ${this.what}s share id ${ids[i]}`);
        dense[ids[i]] = i;
      }
      this.dense = dense;
    } else {
      const map = new Map<number, number>();
      for (let i = 0; i < ids.length; i++) {
        if (map.has(ids[i])) throw new InputError(`two ${this.what}s share id ${ids[i]}`);
        map.set(ids[i], i);
      }
      this.map = map;
    }
  }

  /** The index of `id`, or -1 when no entry has it. */
  get(id: number): number {
    if (this.dense) return id < this.dense.length ? this.dense[id] : -1;
    return this.map!.get(id) ?? -1;
  }
}
