// Typed arrays laid out in a WebAssembly module's memory, for JS and the module to share. Growing
// one takes fresh room (the old room is left: tables grow by doubling, so at most as much again),
// and when the memory itself grows every view of the old buffer is detached: callers take their
// views again after each resize (see StreamedTop.bind).

type Kind = 'i32' | 'u32' | 'f64';
type View = Int32Array | Uint32Array | Float64Array;

const PAGE = 65536;
const CTOR = { i32: Int32Array, u32: Uint32Array, f64: Float64Array } as const;

export class WasmTables {
  private readonly kinds: Kind[] = [];
  private readonly offsets: number[] = [];
  private readonly lengths: number[] = [];
  private readonly views: View[] = [];
  /** The first free byte. */
  private top: number;
  private buffer: ArrayBuffer;

  /** memory: the module's, whose first bytes (its own data) stay untouched. */
  constructor(readonly memory: WebAssembly.Memory) {
    this.buffer = memory.buffer;
    this.top = this.buffer.byteLength;
  }

  /** Room for `bytes`, 8-byte aligned and zeroed (fresh memory is): its address. */
  reserve(bytes: number): number {
    const at = this.top;
    this.top = at + Math.ceil(bytes / 8) * 8;
    const have = this.memory.buffer.byteLength;
    if (this.top > have) this.memory.grow(Math.max(Math.ceil((this.top - have) / PAGE), have / PAGE));
    if (this.memory.buffer !== this.buffer) {
      this.buffer = this.memory.buffer;
      for (let t = 0; t < this.views.length; t++) this.views[t] = this.viewAt(t);
    }
    return at;
  }

  /** A new table of `length` entries set to `fill`: its number. */
  add(kind: Kind, length: number, fill = 0): number {
    const t = this.kinds.length;
    this.kinds.push(kind);
    this.offsets.push(0);
    this.lengths.push(0);
    this.views.push(new CTOR[kind](0));
    this.resize(t, length, fill);
    return t;
  }

  /** Table t with `length` entries: the old ones copied, the new ones set to `fill`. */
  resize(t: number, length: number, fill = 0): void {
    const kind = this.kinds[t];
    const oldOffset = this.offsets[t];
    const keep = Math.min(this.lengths[t], length);
    const at = this.reserve(length * CTOR[kind].BYTES_PER_ELEMENT);
    this.offsets[t] = at;
    this.lengths[t] = length;
    const view = this.viewAt(t);
    if (keep > 0) view.set(new CTOR[kind](this.buffer, oldOffset, keep));
    if (fill !== 0) view.fill(fill, keep);
    this.views[t] = view;
  }

  /** Table t's view (a new one after any resize). */
  i32(t: number): Int32Array {
    return this.views[t] as Int32Array;
  }
  u32(t: number): Uint32Array {
    return this.views[t] as Uint32Array;
  }
  f64(t: number): Float64Array {
    return this.views[t] as Float64Array;
  }

  /** Table t's address in the memory. */
  address(t: number): number {
    return this.offsets[t];
  }

  /** `bytes` at an address as a view (valid until the next reserve or resize). */
  bytes(at: number, length: number): Uint8Array {
    return new Uint8Array(this.buffer, at, length);
  }

  private viewAt(t: number): View {
    return new CTOR[this.kinds[t]](this.buffer, this.offsets[t], this.lengths[t]);
  }
}
