// `heaplens top` while the profile inflates: the top-level messages are read as soon as their
// bytes arrive, and each sample is added up the moment it is read, for every sample type at once
// (their names come with the string table, which Go writes last). Frames are not known before
// the strings either, so samples are added per "frame key": the function id (or function id and
// line), which names each frame exactly once in the profiles Go writes. finish() checks that,
// and anything this path does not take (another writer's layout, bad bytes, drop_frames, a diff
// profile, inline marks it could not follow) makes it answer undefined, for the general path
// to read the same bytes again: this path only ever gives what that one would.
import type { FrameTable, Granularity, ProfileHeader } from './model';
import { buildFrameTable } from './frames';
import { InlineEdges } from './inlineEdges';
import { ByteList, grownU32, grownU8, readVarint, varintAt, varintEnd } from './streamReader';
import { instantiate, ModuleStreamReader } from './streamModule';
import { streamTopWasm } from './generated/streamTopWasm';

/** What the stream added up for one sample type, resolved to the frames of the finished header. */
export interface StreamedSums {
  frames: FrameTable;
  /** The sample type these are of: another one needs the general path. */
  sampleIndex: number;
  /** Flat and cum by frame, and pprof's total (sum of |value|). */
  flat: Float64Array;
  cum: Float64Array;
  total: number;
  /** Adds the inline-edge weights of the samples that can carry any. */
  addEdges(edges: InlineEdges): void;
}

/**
 * The type a profile of `types` sample types likely shows: by the position Go's profiles give
 * `name` (or alloc_space, shown by default), else the last (pprof's default). Names come last,
 * so this is a guess, checked in finish; adding up every type instead costs a third more.
 */
function likelyIndex(types: number, name: string | undefined): number {
  const order = types === 4 ? ['alloc_objects', 'alloc_space', 'inuse_objects', 'inuse_space'] : types === 2 ? ['samples', 'cpu'] : [];
  const at = order.indexOf(name ?? (types === 4 ? 'alloc_space' : ''));
  return at >= 0 ? at : types - 1;
}

const UNKNOWN = -1;
const COMPLEX = -2;
/** The most sample types one reading adds up (flat and cum hold LANES entries per key). */
export const LANES = 4;

/** wasm/streamTop.ts's exports: its run, and the globals it reads and sets. */
interface TopModule {
  memory: WebAssembly.Memory;
  run(pos: number, avail: number): number;
  idKey: WebAssembly.Global;
  idLimit: WebAssembly.Global;
  locById: WebAssembly.Global;
  keyStart: WebAssembly.Global;
  keys: WebAssembly.Global;
  seen: WebAssembly.Global;
  cum: WebAssembly.Global;
  flat: WebAssembly.Global;
  index0: WebAssembly.Global;
  index1: WebAssembly.Global;
  index2: WebAssembly.Global;
  index3: WebAssembly.Global;
  lanes: WebAssembly.Global;
  types: WebAssembly.Global;
  samples: WebAssembly.Global;
  total0: WebAssembly.Global;
  total1: WebAssembly.Global;
  total2: WebAssembly.Global;
  total3: WebAssembly.Global;
  maxLabel: WebAssembly.Global;
  sampleBytes: WebAssembly.Global;
  complexStart: WebAssembly.Global;
  complexEnd: WebAssembly.Global;
  scratch: WebAssembly.Global;
}

// the tables wasm/streamTop.ts reads, by number in WasmTables
const ID_KEY = 0;
const LOC_BY_ID = 1;
const KEY_START = 2;
const KEYS = 3;
const SEEN = 4;
const CUM = 5;
const FLAT = 6;

/** Reads a profile's raw protobuf bytes as they arrive (see advance), adding up its samples. */
export class StreamedTop extends ModuleStreamReader {
  // locations in the order they come (the order the header decodes them in)
  private locCount = 0;
  // The tables the sums are made from live in the module's memory (see bind)
  private readonly wasm: TopModule;
  /** The module's globals of each lane: its sample type and total. */
  private readonly laneIndex: WebAssembly.Global[];
  private readonly laneTotal: WebAssembly.Global[];
  private locById!: Int32Array;
  /** Per location, its frame keys (one per line, leaf first) at keyStart[loc]..keyStart[loc + 1]. */
  private keyStart!: Uint32Array;
  private keys!: Uint32Array;
  private keyCount = 0;
  /** Per location id: its one frame key, COMPLEX when it has several or one some location inlines, UNKNOWN. */
  private idKey!: Int32Array;
  /** Per location, its id. */
  private locId = new Uint32Array(1024);

  // frame keys
  private readonly byLines: boolean;
  private readonly lineKeys = new Map<number, number>();
  /** functions granularity: function id → key + 1 (0: none yet). */
  private fnKey = new Uint32Array(1024);
  private kCount = 0;
  private kInlinable = new Uint8Array(1024);
  /** Per key: the single-line locations holding it, and whether a sample came after the first. */
  private readonly kSingles = new Map<number, number[]>();
  private kSinceSample = new Int32Array(1024).fill(-1);

  // sums by key, LANES entries each (one per lane's sample type)
  private flat!: Float64Array;
  private cum!: Float64Array;
  private seen!: Int32Array;
  /** pprof's total of each lane's type: the sum of its values (all non-negative here). */
  private readonly totals = new Float64Array(LANES);
  /** A sample's value of each lane's type (sample's scratch). */
  private readonly weights = new Float64Array(LANES);
  /** The samples that may add inline edges (their bytes, and spans in them), replayed once the frames are known. */
  private readonly edgeBytes = new ByteList();
  /** Whether the stack addStack just added holds a location that may add inline edges. */
  private lastComplex = false;
  private edgeSpans = new Uint32Array(256);
  private edgeSpanCount = 0;
  /** The bytes of a sample's unpacked location ids, laid out as packed ones. */
  private readonly idScratch = new Uint8Array(64);

  /**
   * The sample types added up, by lane (-1 for none): with one lane, the one likely shown
   * (chosen at the first sample); with `allTypes`, the first LANES types.
   */
  private readonly laneTypes = new Int32Array(LANES).fill(-1);
  /** Per sample type, its lane (-1 for none). */
  private readonly laneOf = new Int32Array(16).fill(-1);
  private laneCount = 0;
  /** The samples the module added up (the others went through sample). */
  moduleSamples = 0;

  /** sampleName: the type `--sample` names, undefined for the default one. */
  constructor(
    private readonly granularity: Granularity,
    private readonly sampleName?: string,
    /** Adds up the first LANES sample types (finishAll) rather than one (finish). */
    private readonly allTypes = false,
  ) {
    const wasm = instantiate(streamTopWasm) as unknown as TopModule;
    super(wasm.memory);
    this.wasm = wasm;
    this.laneIndex = [wasm.index0, wasm.index1, wasm.index2, wasm.index3];
    this.laneTotal = [wasm.total0, wasm.total1, wasm.total2, wasm.total3];
    this.byLines = granularity === 'lines';
    const tables = this.tables;
    wasm.scratch.value = tables.reserve(64);
    tables.add('i32', 1024, UNKNOWN); // ID_KEY
    tables.add('i32', 1024, -1); // LOC_BY_ID
    tables.add('u32', 1025); // KEY_START
    tables.add('u32', 1024); // KEYS
    tables.add('i32', 1024); // SEEN
    tables.add('f64', 0); // CUM
    tables.add('f64', 0); // FLAT
    this.bind();
  }

  /** The tables' views again, and their addresses for the module (after any of them grew). */
  private bind(): void {
    const t = this.tables;
    const w = this.wasm;
    this.idKey = t.i32(ID_KEY);
    this.locById = t.i32(LOC_BY_ID);
    this.keyStart = t.u32(KEY_START);
    this.keys = t.u32(KEYS);
    this.seen = t.i32(SEEN);
    this.cum = t.f64(CUM);
    this.flat = t.f64(FLAT);
    w.idKey.value = t.address(ID_KEY);
    w.idLimit.value = this.idKey.length;
    w.locById.value = t.address(LOC_BY_ID);
    w.keyStart.value = t.address(KEY_START);
    w.keys.value = t.address(KEYS);
    w.seen.value = t.address(SEEN);
    w.cum.value = t.address(CUM);
    w.flat.value = t.address(FLAT);
  }

  /** Table t with n entries (the new ones `fill`), and every view taken again. */
  private grow(t: number, n: number, fill = 0): void {
    this.tables.resize(t, n, fill);
    this.bind();
  }

  /** The module adds up the samples of the piece copied in (a message joined from two pieces is read by sample). */
  protected override sampleRun(buf: Uint8Array, pos: number, avail: number): number {
    // the type added up is chosen at the first sample (the sample types come before it)
    if (!this.inPiece(buf, pos)) return pos;
    this.chooseLanes();
    const w = this.wasm;
    const base = this.pieceAt;
    const { laneIndex, laneTotal } = this;
    for (let l = 0; l < LANES; l++) {
      laneIndex[l].value = this.laneTypes[l];
      laneTotal[l].value = this.totals[l];
    }
    w.lanes.value = this.laneCount;
    w.types.value = this.types;
    w.samples.value = this.samples;
    w.maxLabel.value = this.maxLabelString;
    w.sampleBytes.value = this.sampleBytes;
    let at = w.run(base + pos, base + avail);
    // it stops after a sample through a complex location: its bytes, for replayEdges
    while (at >= 0 && w.complexEnd.value !== 0) {
      this.pushEdgeSpan(buf, w.complexStart.value - base, w.complexEnd.value - base);
      at = w.run(at, base + avail);
    }
    this.moduleSamples += w.samples.value - this.samples;
    this.samples = w.samples.value;
    for (let l = 0; l < LANES; l++) this.totals[l] = laneTotal[l].value;
    this.maxLabelString = w.maxLabel.value;
    this.sampleBytes = w.sampleBytes.value;
    return at < 0 ? -1 : at - base;
  }

  /** The sample types to add up, once they are known (at the first sample). */
  private chooseLanes(): void {
    if (this.laneCount > 0) return;
    const n = this.allTypes ? Math.min(this.types, LANES) : 1;
    for (let l = 0; l < n; l++) {
      const t = this.allTypes ? l : likelyIndex(this.types, this.sampleName);
      this.laneTypes[l] = t;
      this.laneOf[t] = l;
    }
    this.laneCount = n;
  }

  /** Sums of the one type added up, resolved to the header's frames, or undefined when the general path must answer. */
  finish(header: ProfileHeader, length: number): StreamedSums | undefined {
    return this.finishAll(header, length)?.[0];
  }

  /** finish for every lane's type (sharing one frame table), in lane order. */
  finishAll(header: ProfileHeader, length: number): StreamedSums[] | undefined {
    if (!this.readAll(length) || this.sawDropOrKeep) return undefined;
    if (header.sampleTypes.length !== this.types || header.locationCount !== this.locCount) return undefined;
    if (header.dropFrames !== '' || header.keepFrames !== '') return undefined;
    const strings = header.strings;
    if (this.maxLabelString >= strings.length) return undefined; // the general path words the error
    // diff profiles' pprof::base samples change the total: left to the general path
    if (strings.indexOf('pprof::base') > 0 && strings.indexOf('true') > 0) return undefined;
    const frames = buildFrameTable(header, this.granularity);
    const frameOfKey = this.frameOfKey(frames);
    if (frameOfKey === undefined) return undefined;
    this.chooseLanes();
    const { flat, cum, kCount } = this;
    const byFrame = (sums: Float64Array, lane: number): Float64Array => {
      const out = new Float64Array(frames.count);
      for (let k = 0; k < kCount; k++) out[frameOfKey[k]] = sums[k * LANES + lane];
      return out;
    };
    return Array.from({ length: this.laneCount }, (_, lane) => {
      const index = this.laneTypes[lane];
      return {
        frames,
        sampleIndex: index,
        flat: byFrame(flat, lane),
        cum: byFrame(cum, lane),
        total: this.totals[lane],
        addEdges: (edges: InlineEdges) => this.replayEdges(edges, index),
      };
    });
  }

  /**
   * Per frame key, its frame: undefined unless keys and frames correspond one to one, checked
   * over every line of every location (so cum, deduplicated by key, is deduplicated by frame).
   */
  private frameOfKey(frames: FrameTable): Int32Array | undefined {
    const { locationFrameStart, locationFrames } = frames;
    const frameOfKey = new Int32Array(this.kCount).fill(-1);
    const keyOfFrame = new Int32Array(frames.count).fill(-1);
    for (let loc = 0; loc < this.locCount; loc++) {
      const ks = this.keyStart[loc];
      const n = this.keyStart[loc + 1] - ks;
      if (locationFrameStart[loc + 1] - locationFrameStart[loc] !== n) return undefined;
      for (let j = 0; j < n; j++) {
        const k = this.keys[ks + j];
        const f = locationFrames[locationFrameStart[loc] + j];
        if (frameOfKey[k] === -1) frameOfKey[k] = f;
        else if (frameOfKey[k] !== f) return undefined;
        if (keyOfFrame[f] === -1) keyOfFrame[f] = k;
        else if (keyOfFrame[f] !== k) return undefined;
      }
    }
    return frameOfKey;
  }

  /** A Location message: its id and lines, as frame keys. False to decline. */
  protected location(buf: Uint8Array, pos: number, end: number): boolean {
    let id = 0;
    const first = this.keyCount;
    while (pos < end) {
      const key = buf[pos++];
      if (key === 8 /* id */ || key === 16 /* mapping_id */ || key === 24 /* address */ || key === 40 /* is_folded */) {
        let v = 0;
        let scale = 1;
        let b = 0x80;
        while (b >= 0x80) {
          if (pos >= end || scale > 2 ** 63) return false;
          b = buf[pos++];
          v += (b & 0x7f) * scale;
          scale *= 128;
        }
        if (key === 8) id = v;
      } else if (key === 34 /* line */) {
        if (pos >= end) return false;
        const len = buf[pos++];
        if (len >= 0x80) return false;
        const le = pos + len;
        if (le > end) return false;
        let fid = 0;
        let line = 0;
        while (pos < le) {
          const lk = buf[pos++];
          if (lk !== 8 && lk !== 16 && lk !== 24) return false;
          let v = 0;
          let scale = 1;
          let b = 0x80;
          while (b >= 0x80) {
            // ids and lines below 2^35: negative or huge ones go to the general path
            if (pos >= le || scale > 2 ** 28) return false;
            b = buf[pos++];
            v += (b & 0x7f) * scale;
            scale *= 128;
          }
          if (lk === 8) fid = v;
          else if (lk === 16) line = v;
        }
        // a line without a function is framed by its mapping: left to the general path
        if (fid === 0 || fid > this.kCount * 4 + 65536) return false;
        const k = this.frameKey(fid, line);
        if (k < 0) return false;
        this.pushKey(k);
      } else {
        return false;
      }
    }
    // ids far past the count (sparse ones) are left to the general path's index
    if (pos !== end || id === 0 || id > this.locCount * 4 + 65536 || this.keyCount === first) return false;
    return this.newLocation(id, first);
  }

  private frameKey(fid: number, line: number): number {
    let k: number;
    if (this.byLines) {
      const packed = fid * 2 ** 28 + line;
      const known = this.lineKeys.get(packed);
      if (known !== undefined) return known;
      k = this.kCount++;
      this.lineKeys.set(packed, k);
    } else {
      if (fid >= this.fnKey.length) this.fnKey = grownU32(this.fnKey, fid + 1);
      if (this.fnKey[fid] !== 0) return this.fnKey[fid] - 1;
      k = this.kCount++;
      this.fnKey[fid] = k + 1;
    }
    if (k >= this.kInlinable.length) {
      const n = k * 2 + 2;
      this.kInlinable = grownU8(this.kInlinable, n);
      const since = new Int32Array(n).fill(-1);
      since.set(this.kSinceSample);
      this.kSinceSample = since;
      this.grow(SEEN, n);
    }
    return k;
  }

  private pushKey(k: number): void {
    if (this.keyCount === this.keys.length) this.grow(KEYS, this.keys.length * 2);
    this.keys[this.keyCount++] = k;
  }

  private newLocation(id: number, first: number): boolean {
    if (id >= this.locById.length) {
      // idKey keeps locById's length (the module's idLimit for both)
      const n = Math.max(id + 1, this.locById.length * 2);
      this.grow(LOC_BY_ID, n, -1);
      this.grow(ID_KEY, n, UNKNOWN);
    }
    if (this.locById[id] >= 0) return false; // a duplicate id: the general path words the error
    const loc = this.locCount++;
    this.locById[id] = loc;
    if (loc + 2 > this.keyStart.length) this.grow(KEY_START, this.keyStart.length * 2);
    if (loc + 1 > this.locId.length) this.locId = grownU32(this.locId, this.locId.length * 2);
    this.locId[loc] = id;
    this.keyStart[loc] = first;
    this.keyStart[loc + 1] = this.keyCount;
    const n = this.keyCount - first;
    // frames a location inlines (all but its last line) need edges wherever they appear
    for (let j = first; j < this.keyCount - 1; j++) {
      const k = this.keys[j];
      if (this.kInlinable[k]) continue;
      this.kInlinable[k] = 1;
      const singles = this.kSingles.get(k);
      if (singles === undefined) continue;
      // samples already added through a single-line location of this frame carried no edges
      if (this.kSinceSample[k] >= 0 && this.kSinceSample[k] < this.samples) return false;
      for (const l of singles) this.idKey[this.locId[l]] = COMPLEX;
    }
    const single = n === 1 && !this.kInlinable[this.keys[first]];
    this.idKey[id] = single ? this.keys[first] : COMPLEX;
    if (n === 1) {
      const k = this.keys[first];
      const singles = this.kSingles.get(k);
      if (singles === undefined) {
        this.kSingles.set(k, [loc]);
        this.kSinceSample[k] = this.samples;
      } else singles.push(loc);
    }
    const need = this.kCount * LANES;
    if (need > this.cum.length) {
      const size = Math.max(need, this.cum.length * 2, 64 * LANES);
      this.grow(CUM, size);
      this.grow(FLAT, size);
    }
    return true;
  }

  /**
   * A Sample message in Go's shape (packed location ids, then packed non-negative values, then
   * labels of varints), added to flat, cum and the total for the type added up. False to decline.
   */
  protected sample(buf: Uint8Array, start: number, end: number): boolean {
    const types = this.types;
    if (types === 0) return false;
    this.chooseLanes();
    const laneOf = this.laneOf;
    const weights = this.weights;
    weights.fill(0);
    let pos = start;
    let ids: Uint8Array = buf;
    let locStart = -1,
      locEnd = -1,
      nValues = 0;
    while (pos < end) {
      const key = buf[pos++];
      if (key === 8 /* one location_id */ || key === 16 /* one value */) {
        // Go writes two or fewer ids (or values) unpacked: the ids' bytes are gathered as if packed
        const at = pos;
        const v = varintAt(buf, pos, end);
        if (v < 0) return false;
        pos = varintEnd;
        if (key === 16) {
          if (nValues < 16 && laneOf[nValues] >= 0) weights[laneOf[nValues]] = v;
          nValues++;
          continue;
        }
        if (ids === buf) {
          if (locStart >= 0) return false;
          ids = this.idScratch;
          locStart = locEnd = 0;
        }
        if (locEnd + pos - at > ids.length) return false;
        for (let i = at; i < pos; i++) ids[locEnd++] = buf[i];
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
        if (locStart >= 0) return false;
        locStart = pos;
        locEnd = pe;
      } else if (key === 18 /* value, packed */) {
        while (pos < pe) {
          const v = readVarint(buf, pos, pe);
          if (v < 0) return false;
          pos = varintEnd;
          if (nValues < 16 && laneOf[nValues] >= 0) weights[laneOf[nValues]] = v;
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
    if (pos !== end || nValues !== types || locStart < 0) return false;
    this.samples++;
    if (weights[0] === 0 && weights[1] === 0 && weights[2] === 0 && weights[3] === 0) return this.checkIds(ids, locStart, locEnd);
    for (let l = 0; l < LANES; l++) this.totals[l] += weights[l];
    return this.addStack(ids, locStart, locEnd) && (!this.lastComplex || this.pushEdgeSpan(buf, start, end));
  }

  /** The location ids of a sample that adds nothing: they must still be defined. */
  private checkIds(buf: Uint8Array, pos: number, pe: number): boolean {
    const locById = this.locById;
    while (pos < pe) {
      let b = buf[pos++];
      let id = b & 0x7f;
      for (let shift = 7; b >= 0x80; shift += 7) {
        if (shift > 21 || pos >= pe) return false;
        b = buf[pos++];
        id |= (b & 0x7f) << shift;
      }
      if (id >= locById.length || locById[id] < 0) return false;
    }
    return true;
  }

  /**
   * Adds a sample's value along its stack: flat to the leaf's first frame, cum once per frame.
   * Locations of one frame that no location inlines (most) are looked up by id in one step.
   */
  private addStack(buf: Uint8Array, pos: number, pe: number): boolean {
    const { idKey, seen } = this;
    const stamp = this.samples;
    const idLimit = idKey.length;
    let leaf = true;
    let complex = false;
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
      const k = idKey[id];
      if (k < 0) {
        if (k === UNKNOWN) return false;
        complex = true;
        this.addLocation(this.locById[id], leaf, stamp);
      } else {
        if (leaf) this.add(this.flat, k);
        if (seen[k] !== stamp) {
          seen[k] = stamp;
          this.add(this.cum, k);
        }
      }
      leaf = false;
    }
    // (a sample without locations adds to the total only, as on the general path)
    this.lastComplex = complex;
    return pos === pe;
  }

  /** addStack for a location of several frames or one some location inlines: every frame's key. */
  private addLocation(loc: number, leaf: boolean, stamp: number): void {
    const { keys, seen } = this;
    let j = this.keyStart[loc];
    const ke = this.keyStart[loc + 1];
    if (leaf) this.add(this.flat, keys[j]);
    for (; j < ke; j++) {
      const k = keys[j];
      if (seen[k] === stamp) continue;
      seen[k] = stamp;
      this.add(this.cum, k);
    }
  }

  /** Each lane's weight to key k's entries of flat or cum (as the module's add). */
  private add(table: Float64Array, k: number): void {
    const w = this.weights;
    const at = k * LANES;
    table[at] += w[0];
    if (this.laneCount === 1) return;
    table[at + 1] += w[1];
    table[at + 2] += w[2];
    table[at + 3] += w[3];
  }

  /** Records a sample's bytes for replayEdges; true. */
  private pushEdgeSpan(buf: Uint8Array, start: number, end: number): true {
    if (this.edgeSpanCount + 2 > this.edgeSpans.length) this.edgeSpans = grownU32(this.edgeSpans, this.edgeSpans.length * 2);
    this.edgeSpans[this.edgeSpanCount++] = this.edgeBytes.length;
    this.edgeBytes.append(buf, start, end);
    this.edgeSpans[this.edgeSpanCount++] = this.edgeBytes.length;
    return true;
  }

  /** Replays the recorded samples through the edges with the values of sample type t. */
  private replayEdges(edges: InlineEdges, t: number): void {
    const buf = this.edgeBytes.bytes();
    let locs = new Uint32Array(256);
    for (let i = 0; i < this.edgeSpanCount; i += 2) {
      let pos = this.edgeSpans[i];
      const end = this.edgeSpans[i + 1];
      let n = 0;
      let w = 0;
      let v = 0;
      while (pos < end) {
        const key = buf[pos++];
        if (key === 8 || key === 16) {
          let b = buf[pos++];
          let x = b & 0x7f;
          let scale = 128;
          while (b >= 0x80) {
            b = buf[pos++];
            x += (b & 0x7f) * scale;
            scale *= 128;
          }
          if (key === 16 && v++ === t) w = x;
          if (key === 8) {
            if (n === locs.length) locs = grownU32(locs, n * 2);
            locs[n++] = this.locById[x];
          }
          continue;
        }
        let len = buf[pos++];
        if (len >= 0x80) len = (len & 0x7f) | (buf[pos++] << 7);
        const pe = pos + len;
        if (key === 10) {
          while (pos < pe) {
            let b = buf[pos++];
            let id = b & 0x7f;
            for (let shift = 7; b >= 0x80; shift += 7) {
              b = buf[pos++];
              id |= (b & 0x7f) << shift;
            }
            if (n === locs.length) locs = grownU32(locs, n * 2);
            locs[n++] = this.locById[id];
          }
        } else if (key === 18) {
          for (; pos < pe; v++) {
            let b = buf[pos++];
            let x = b & 0x7f;
            let scale = 128;
            while (b >= 0x80) {
              b = buf[pos++];
              x += (b & 0x7f) * scale;
              scale *= 128;
            }
            if (v === t) w = x;
          }
        }
        pos = pe;
      }
      if (w !== 0) edges.addSample(locs, 0, n, w, i + 1);
    }
  }
}
