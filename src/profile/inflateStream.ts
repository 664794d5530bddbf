import { createGunzip } from 'node:zlib';
import { gzipSizeHint } from './inflate';

/**
 * Gunzips `data` on libuv's thread pool into one buffer, calling `progress(buf, available)`
 * between chunks on this thread, so the caller reads what is inflated while the rest inflates.
 * Resolves to the inflated bytes, or to undefined on anything gunzipBounded would refuse (bad
 * or truncated data, more than maxBytes): the caller then runs gunzipBounded for its message.
 */
export function gunzipStreaming(data: Uint8Array, maxBytes: number, progress: (buf: Uint8Array, available: number) => void): Promise<Uint8Array | undefined> {
  return new Promise((resolve) => {
    // sized from the trailer's ISIZE (untrusted): grown if it is short
    const isize = gzipSizeHint(data);
    let out = new Uint8Array(Math.min(Math.max(isize, 1 << 16), maxBytes));
    let n = 0;
    let scheduled = false;
    let failed = false;
    const z = createGunzip({ chunkSize: 1 << 20 });
    const step = (): void => {
      scheduled = false;
      if (!failed) progress(out, n);
    };
    const fail = (): void => {
      if (failed) return;
      failed = true;
      z.destroy();
      resolve(undefined);
    };
    z.on('data', (chunk: Buffer) => {
      if (failed) return;
      if (n + chunk.length > out.length) {
        if (n + chunk.length > maxBytes) return fail();
        const bigger = new Uint8Array(Math.min(maxBytes, Math.max(n + chunk.length, out.length * 2)));
        bigger.set(out.subarray(0, n));
        out = bigger;
      }
      out.set(chunk, n);
      n += chunk.length;
      // parse in the check phase, once zlib has sent the next chunk to the pool
      if (!scheduled) {
        scheduled = true;
        setImmediate(step);
      }
    });
    z.on('error', fail);
    z.on('end', () => {
      if (failed) return;
      const raw = n === out.length ? out : out.subarray(0, n);
      progress(raw, n);
      resolve(raw);
    });
    z.end(data);
  });
}
