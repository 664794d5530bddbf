import { createGunzip } from 'node:zlib';

/**
 * Gunzips `data` on libuv's thread pool, handing each inflated chunk to `onChunk` on this thread
 * (in order, between chunks, so the caller reads one while the next inflates). Resolves to the
 * chunks, or to undefined on anything gunzipBounded would refuse (bad or truncated data, more
 * than maxBytes): the caller then runs gunzipBounded for its message.
 */
export function gunzipChunks(data: Uint8Array, maxBytes: number, onChunk: (chunk: Uint8Array) => void): Promise<Uint8Array[] | undefined> {
  return new Promise((resolve) => {
    const chunks: Uint8Array[] = [];
    let handed = 0;
    let size = 0;
    let scheduled = false;
    let failed = false;
    const z = createGunzip({ chunkSize: 1 << 20 });
    const hand = (): void => {
      scheduled = false;
      while (!failed && handed < chunks.length) onChunk(chunks[handed++]);
    };
    const fail = (): void => {
      if (failed) return;
      failed = true;
      z.destroy();
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
      resolve(chunks);
    });
    z.end(data);
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
