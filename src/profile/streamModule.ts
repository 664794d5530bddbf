// A StreamReader whose Sample messages a WebAssembly module reads (wasm/): each chunk is copied
// into the module's memory a piece at a time and read there, while the TypeScript reader reads
// the same piece's other fields, and any sample the module leaves to it (see sampleRun).
import { plainBytes, StreamReader } from './streamReader';
import { WasmTables } from './wasmTables';

/** The bytes a module reads at once: the inflated chunks are copied in this much at a time. */
const PIECE = 1 << 20;

const compiled = new Map<string, WebAssembly.Module>();

/** An instance of the module whose bytes are `base64` (compiled once per thread). */
export function instantiate(base64: string): Record<string, unknown> {
  let m = compiled.get(base64);
  if (m === undefined) compiled.set(base64, (m = new WebAssembly.Module(Buffer.from(base64, 'base64'))));
  return new WebAssembly.Instance(m, {}).exports;
}

export abstract class ModuleStreamReader extends StreamReader {
  protected readonly tables: WasmTables;
  /** The piece being read, and its address in the module's memory. */
  protected piece: Uint8Array | undefined;
  protected readonly pieceAt: number;

  constructor(memory: WebAssembly.Memory) {
    super();
    this.tables = new WasmTables(memory);
    this.pieceAt = this.tables.reserve(PIECE);
    this.readsSampleRuns = true;
  }

  /** The chunk, read in pieces the module reads from its own memory. */
  override push(chunk: Uint8Array): void {
    // plain, so StreamReader.push reads the very piece sampleRun is then given
    const plain = plainBytes(chunk);
    for (let at = 0; at < plain.length && !this.declined; at += PIECE) {
      const piece = plain.length <= PIECE ? plain : plain.subarray(at, Math.min(plain.length, at + PIECE));
      this.tables.bytes(this.pieceAt, piece.length).set(piece);
      this.piece = piece;
      super.push(piece);
      this.piece = undefined;
    }
  }

  /** Whether buf[pos] starts a Sample field of the piece in the module's memory (else sample reads it). */
  protected inPiece(buf: Uint8Array, pos: number): boolean {
    return buf === this.piece && buf[pos] === 18 /* sample */ && this.types > 0;
  }
}
