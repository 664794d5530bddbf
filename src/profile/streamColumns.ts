// The full model's sample columns read while the profile inflates (see streamReader.ts): location
// ids become location indices as they come (Go writes each location before the samples that use
// it; a profile that names one first keeps ids, mapped once the header is read), values go to
// the column as they are. finish() builds the Profile exactly as
// decodeSamples.sampleColumns would, or declines for the general decoder to read the same bytes.
import type { Profile, SampleValues } from './model';
import type { Indexed } from './decodeHeader';
import type { IdIndex } from './idIndex';
import { labelGetters, mayHaveBase } from './decodeSamples';
import { grownU32, readVarint, varintAt, varintEnd } from './streamReader';
import { instantiate, ModuleStreamReader } from './streamModule';
import { streamColumnsWasm } from './generated/streamColumnsWasm';

/** wasm/streamColumns.ts's exports: its run, and the globals it reads and sets. */
interface ColumnsModule {
  memory: WebAssembly.Memory;
  run(pos: number, avail: number): number;
  locById: WebAssembly.Global;
  idLimit: WebAssembly.Global;
  types: WebAssembly.Global;
  locsWide: WebAssembly.Global;
  valuesWide: WebAssembly.Global;
  maxLabel: WebAssembly.Global;
  outLocs: WebAssembly.Global;
  outLocsRoom: WebAssembly.Global;
  outValues: WebAssembly.Global;
  outValuesRoom: WebAssembly.Global;
  outStarts: WebAssembly.Global;
  outSamplesRoom: WebAssembly.Global;
  nLocs: WebAssembly.Global;
  nSamples: WebAssembly.Global;
  sampleBytes: WebAssembly.Global;
  full: WebAssembly.Global;
}

/** The room of the module's column pieces (the pieces are appended to the columns after each run). */
const PIECE_LOCS = 1 << 16;
const PIECE_SAMPLES = 1 << 14;
const LOC_BY_ID = 0;

export class StreamedColumns extends ModuleStreamReader {
  /** The samples the module read (the others went through sample). */
  moduleSamples = 0;
  private locCount = 0;
  private readonly wasm: ColumnsModule;
  /** In the module's memory (see bindLocById). */
  private locById!: Int32Array;
  /** Per location index, its id. */
  private locIds = new Uint32Array(1024);
  /**
   * Set once a sample names a location not seen yet (pprof itself writes samples first): from
   * then on the column holds location ids, mapped to indices once the header is read.
   */
  private rawIds = false;
  /** Sample i's locations are locs[starts[i]..starts[i + 1]); 16-bit while the indices fit. */
  private locs: Uint16Array | Uint32Array;
  private nLocs = 0;
  private starts = new Uint32Array(1024);
  /** 32-bit until a value does not fit (a value column is the second-largest array). */
  private values: SampleValues = new Uint32Array(0);

  /** expectedBytes: the inflated size, when known (sizes the columns from the first samples). */
  constructor(private readonly expectedBytes: number) {
    const wasm = instantiate(streamColumnsWasm) as unknown as ColumnsModule;
    super(wasm.memory);
    this.wasm = wasm;
    this.locs = new Uint16Array(Math.max(1024, Math.ceil(expectedBytes * 0.6)));
    const t = this.tables;
    t.add('i32', 1024, -1);
    wasm.outLocs.value = t.reserve(PIECE_LOCS * 4);
    wasm.outLocsRoom.value = PIECE_LOCS;
    // room for the values of as many samples as the pieces' other room allows, of up to 16 types
    wasm.outValues.value = t.reserve(PIECE_SAMPLES * 16 * 8);
    wasm.outValuesRoom.value = PIECE_SAMPLES * 16;
    wasm.outStarts.value = t.reserve(PIECE_SAMPLES * 4);
    wasm.outSamplesRoom.value = PIECE_SAMPLES;
    this.bindLocById();
  }

  private bindLocById(): void {
    this.locById = this.tables.i32(LOC_BY_ID);
    this.wasm.locById.value = this.tables.address(LOC_BY_ID);
    this.wasm.idLimit.value = this.locById.length;
  }

  /** The module reads the samples of the piece copied in into its column pieces, appended here to the columns. */
  protected override sampleRun(buf: Uint8Array, pos: number, avail: number): number {
    // a profile naming ids before their locations is read by sample (its column holds ids)
    if (this.rawIds || !this.inPiece(buf, pos)) return pos;
    const w = this.wasm;
    const base = this.pieceAt;
    w.types.value = this.types;
    w.locsWide.value = this.locs instanceof Uint32Array ? 1 : 0;
    w.valuesWide.value = this.values instanceof Float64Array ? 1 : 0;
    w.maxLabel.value = this.maxLabelString;
    w.sampleBytes.value = this.sampleBytes;
    do {
      pos = w.run(base + pos, base + avail) - base;
      this.append();
    } while (w.full.value !== 0);
    this.maxLabelString = w.maxLabel.value;
    this.sampleBytes = w.sampleBytes.value;
    return pos;
  }

  /** The module's pieces onto the columns. */
  private append(): void {
    const w = this.wasm;
    const k = w.nSamples.value;
    if (k === 0) return;
    const n = w.nLocs.value;
    const types = this.types;
    const s = this.samples;
    if ((s + k) * types > this.values.length || s + k + 1 > this.starts.length) this.grow(k);
    if (this.nLocs + n > this.locs.length) this.growLocs(n);
    const t = this.tables;
    const starts = new Uint32Array(t.memory.buffer, w.outStarts.value, k);
    for (let i = 0; i < k; i++) this.starts[s + i] = this.nLocs + starts[i];
    const locs = this.locs instanceof Uint32Array ? new Uint32Array(t.memory.buffer, w.outLocs.value, n) : new Uint16Array(t.memory.buffer, w.outLocs.value, n);
    this.locs.set(locs, this.nLocs);
    const values =
      this.values instanceof Float64Array
        ? new Float64Array(t.memory.buffer, w.outValues.value, k * types)
        : new Uint32Array(t.memory.buffer, w.outValues.value, k * types);
    this.values.set(values, s * types);
    this.nLocs += n;
    this.samples += k;
    this.moduleSamples += k;
  }

  /** The model, or undefined when the general decoder must read the bytes. `labels`: the whole profile's bytes, to decode labels from on first use (none without). */
  finish(ix: Indexed, length: number, labels: Uint8Array | undefined): Profile | undefined {
    const header = ix.header;
    if (!this.readAll(length) || this.locCount !== header.locationCount || header.sampleTypes.length !== this.types) return undefined;
    if (this.rawIds && !this.idsToIndices(ix.locIndex, header.locationCount)) return undefined;
    if (this.maxLabelString >= header.strings.length) return undefined; // the general decoder words the error
    // pprof::base labels mark a diff's base samples: left to the general decoder
    if (mayHaveBase(header.strings)) return undefined;
    const sampleCount = this.samples;
    const starts = this.startsWithEnd();
    const columns = {
      ...header,
      sampleCount,
      sampleLocationStart: starts,
      sampleLocations: this.locs.subarray(0, this.nLocs),
      sampleValues: this.values.subarray(0, sampleCount * this.types),
      sampleIsBase: undefined,
    };
    // defined, not spread: a spread would run the getters (decoding every label now)
    return Object.defineProperties(columns, Object.getOwnPropertyDescriptors(labelGetters(labels, sampleCount))) as Profile;
  }

  /** The column's location ids as the header's indices, 16-bit when they fit; false for an id no location has. */
  private idsToIndices(index: IdIndex, locationCount: number): boolean {
    const locs = this.locs;
    const n = this.nLocs;
    const dense = index.dense;
    for (let i = 0; i < n; i++) {
      const id = locs[i];
      const li = dense ? (id < dense.length ? dense[id] : -1) : index.get(id);
      if (li < 0) return false;
      locs[i] = li;
    }
    if (locationCount <= 65536 && locs instanceof Uint32Array) this.locs = Uint16Array.from(locs.subarray(0, n));
    return true;
  }

  /** From here on the column holds ids: the indices stored so far become their ids. */
  private switchToIds(): void {
    this.rawIds = true;
    let max = 0;
    for (let i = 0; i < this.locCount; i++) if (this.locIds[i] > max) max = this.locIds[i];
    if (max > 0xffff) this.widen();
    for (let i = 0; i < this.nLocs; i++) this.locs[i] = this.locIds[this.locs[i]];
  }

  /** A raw id into the column, widening it for an id past 16 bits. */
  private pushId(id: number): void {
    if (id > 0xffff && this.locs instanceof Uint16Array) this.widen();
    if (this.nLocs === this.locs.length) this.growLocs(1);
    this.locs[this.nLocs++] = id;
  }

  private widen(): void {
    if (!(this.locs instanceof Uint16Array)) return;
    // the used part only: the room past it stays untouched (no resident pages)
    const wide = new Uint32Array(this.locs.length);
    wide.set(this.locs.subarray(0, this.nLocs));
    this.locs = wide;
  }

  private startsWithEnd(): Uint32Array {
    if (this.samples + 1 > this.starts.length) this.starts = grownU32(this.starts, this.samples + 1);
    this.starts[this.samples] = this.nLocs;
    return this.starts.subarray(0, this.samples + 1);
  }

  /** A Location message: only its id is needed here (indexRaw decodes and checks the rest). */
  protected location(buf: Uint8Array, pos: number, end: number): boolean {
    let id = 0;
    while (pos < end) {
      const key = buf[pos++];
      if (key >= 0x80) return false;
      const wire = key & 7;
      if (wire !== 0 && wire !== 2) return false;
      const v = varintAt(buf, pos, end);
      if (v < 0) return false;
      pos = varintEnd;
      if (wire === 2) pos += v;
      else if (key === 8) id = v;
    }
    // ids far past the count (sparse ones) are left to the general decoder's index
    if (pos !== end || id === 0 || id > this.locCount * 4 + 65536) return false;
    if (id >= this.locById.length) {
      this.tables.resize(LOC_BY_ID, Math.max(id + 1, this.locById.length * 2), -1);
      this.bindLocById();
    }
    if (this.locById[id] >= 0) return false;
    if (this.locCount === this.locIds.length) this.locIds = grownU32(this.locIds, this.locCount * 2);
    this.locIds[this.locCount] = id;
    this.locById[id] = this.locCount++;
    if (this.locCount > 65536) this.widen();
    return true;
  }

  /** A Sample message: packed or unpacked ids and values (values non-negative, below 2^49), labels of varints. */
  protected sample(buf: Uint8Array, start: number, end: number): boolean {
    const types = this.types;
    if (types === 0) return false;
    const s = this.samples;
    if ((s + 1) * types > this.values.length || s + 2 > this.starts.length) this.grow();
    this.starts[s] = this.nLocs;
    let values = this.values;
    const at = s * types;
    const locById = this.locById;
    const idLimit = locById.length;
    let nValues = 0;
    let pos = start;
    while (pos < end) {
      const key = buf[pos++];
      if (key === 8 /* one location_id */ || key === 16 /* one value */) {
        const v = varintAt(buf, pos, end);
        if (v < 0) return false;
        pos = varintEnd;
        if (key === 16) {
          if (v > 0xffffffff && values instanceof Uint32Array) values = this.widenValues();
          if (nValues < types) values[at + nValues] = v;
          nValues++;
          continue;
        }
        if (v > 0xffffffff) return false;
        const li = v < idLimit ? locById[v] : -1;
        if (li < 0 && !this.rawIds) this.switchToIds();
        if (this.rawIds) {
          this.pushId(v);
          continue;
        }
        if (this.nLocs === this.locs.length) this.growLocs(1);
        this.locs[this.nLocs++] = li;
        continue;
      }
      let len = buf[pos++];
      if (len >= 0x80) {
        const b = buf[pos++];
        if (b >= 0x80) return false;
        len = (len & 0x7f) | (b << 7);
      }
      const pe = pos + len;
      if (!(pe <= end)) return false;
      if (key === 10 /* location_id, packed */) {
        if (this.nLocs + len > this.locs.length) this.growLocs(len);
        if (!this.rawIds && !this.packedIds(buf, pos, pe)) this.switchToIds();
        if (this.rawIds && !this.packedRawIds(buf, pos, pe)) return false;
      } else if (key === 18 /* value, packed */) {
        while (pos < pe) {
          const v = readVarint(buf, pos, pe);
          if (v < 0) return false;
          pos = varintEnd;
          if (v > 0xffffffff && values instanceof Uint32Array) values = this.widenValues();
          if (nValues < types) values[at + nValues] = v;
          nValues++;
        }
        if (pos !== pe) return false;
      } else if (key === 26 /* label */) {
        if (!this.label(buf, pos, pe)) return false;
      } else {
        return false;
      }
      pos = pe;
    }
    if (pos !== end || nValues !== types) return false;
    this.samples++;
    return true;
  }

  /** Packed location ids into locs as they are (room ensured); false on bad bytes. */
  private packedRawIds(buf: Uint8Array, pos: number, pe: number): boolean {
    let locs = this.locs;
    let n = this.nLocs;
    while (pos < pe) {
      const id = readVarint(buf, pos, pe);
      if (id < 0 || id > 0xffffffff) return false;
      pos = varintEnd;
      if (id > 0xffff && locs instanceof Uint16Array) {
        this.nLocs = n;
        this.widen();
        locs = this.locs;
      }
      locs[n++] = id;
    }
    if (pos !== pe) return false;
    this.nLocs = n;
    return true;
  }

  /** Packed location ids of 1–3 bytes, each of a location seen already, into locs (room ensured); false on anything else. */
  private packedIds(buf: Uint8Array, pos: number, pe: number): boolean {
    const locById = this.locById;
    const idLimit = locById.length;
    const locs = this.locs;
    let n = this.nLocs;
    while (pos < pe) {
      let b = buf[pos++];
      let id = b & 0x7f;
      if (b >= 0x80) {
        b = buf[pos++];
        id |= (b & 0x7f) << 7;
        if (b >= 0x80) {
          b = buf[pos++];
          if (b >= 0x80) return false;
          id |= b << 14;
        }
      }
      if (id >= idLimit) return false;
      const li = locById[id];
      if (li < 0) return false;
      locs[n++] = li;
    }
    if (pos !== pe) return false;
    this.nLocs = n;
    return true;
  }

  /**
   * Room for more samples: sized from the samples so far per byte read, and the bytes expected,
   * with room to spare. Room never written costs no resident memory, while each regrowth leaves
   * the old columns as garbage until the next collection (40 MB on a 59 MB profile, which peaked
   * the worker's memory): the early samples per byte often underestimate (locations come between
   * them, the strings after), so the estimate is doubled.
   */
  private grow(more = 1): void {
    const s = this.samples;
    const read = this.bytesRead();
    const estimate = read > 0 && this.expectedBytes > read ? Math.ceil(((s + more) * this.expectedBytes * 2) / read) : 0;
    const cap = Math.max(s + more + 1, Math.ceil((this.values.length / this.types) * 1.25), estimate, 1024);
    // the used parts only, so the room stays untouched
    this.starts = grownU32(this.starts.subarray(0, s + 1), cap);
    const values = this.values instanceof Uint32Array ? new Uint32Array(cap * this.types) : new Float64Array(cap * this.types);
    values.set(this.values.subarray(0, s * this.types));
    this.values = values;
  }

  /** The values as doubles from now on (a value past 32 bits); the used part copied, the room left untouched. */
  private widenValues(): Float64Array {
    const wide = new Float64Array(this.values.length);
    wide.set(this.values.subarray(0, (this.samples + 1) * this.types));
    this.values = wide;
    return wide;
  }

  private growLocs(more: number): void {
    const need = this.nLocs + more;
    const bigger =
      this.locs instanceof Uint16Array
        ? new Uint16Array(Math.max(need, Math.ceil(this.locs.length * 1.25)))
        : new Uint32Array(Math.max(need, Math.ceil(this.locs.length * 1.25)));
    bigger.set(this.locs.subarray(0, this.nLocs));
    this.locs = bigger;
  }
}
