import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

const EMPTY = new Uint8Array(0);

/**
 * Gunzips `data` (the gzip bytes, or a stream of them: a file read as it inflates) on libuv's thread pool, handing each inflated chunk to `onChunk` on this thread
 * (in order, between chunks, so the caller reads one while the next inflates). Resolves to the
 * inflated length and, with `keep`, the chunks (else they go once read: a large profile's bytes
 * are never all held); undefined on anything gunzipBounded would refuse (bad or truncated data,
 * more than maxBytes): the caller then runs gunzipBounded for its message.
 */
export function gunzipChunks(
  data: Uint8Array | Readable,
  maxBytes: number,
  onChunk: (chunk: Uint8Array) => void,
  keep: boolean,
): Promise<{ chunks: Uint8Array[]; length: number } | undefined> {
  return new Promise((resolve) => {
    // the chunks not handed on yet, and (with keep) every chunk
    const chunks: Uint8Array[] = [];
    const kept: Uint8Array[] = [];
    let handed = 0;
    let size = 0;
    let scheduled = false;
    let failed = false;
    const z = createGunzip({ chunkSize: 1 << 20 });
    const hand = (): void => {
      scheduled = false;
      while (!failed && handed < chunks.length) {
        const c = chunks[handed];
        chunks[handed++] = EMPTY; // read and let go, unless kept
        if (keep) kept.push(c);
        onChunk(c);
      }
    };
    const fail = (): void => {
      if (failed) return;
      failed = true;
      z.destroy();
      if (!(data instanceof Uint8Array)) data.destroy();
      resolve(undefined);
    };
    z.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > maxBytes) return fail();
      chunks.push(chunk);
      // read in the check phase, once zlib has sent the next chunk to the pool
      if (!scheduled) {
        scheduled = true;
        setImmediate(hand);
      }
    });
    z.on('error', fail);
    z.on('end', () => {
      if (failed) return;
      hand();
      resolve({ chunks: kept, length: size });
    });
    if (data instanceof Uint8Array) z.end(data);
    else data.on('error', fail).pipe(z);
  });
}

/** The chunks as one array (the one chunk itself when there is one). */
export function joinChunks(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
