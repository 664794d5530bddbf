import { gunzipSync } from 'node:zlib';
import { InputError } from '../shared/errors';

/** Default cap on a profile's inflated size: 4x the largest profiles we expect (~60 MB for 1.5M samples). */
export const DEFAULT_MAX_INFLATED_BYTES = 256 * 1024 * 1024;

/** True when the data starts with the gzip magic bytes. */
export function isGzip(data: Uint8Array): boolean {
  return data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b;
}

/** The inflated size the gzip trailer announces (ISIZE: the size mod 2^32, untrusted); 0 when too short. */
export function gzipSizeHint(data: Uint8Array): number {
  const n = data.length;
  return n >= 18 ? littleEndian32(data, n - 4) : 0;
}

/** The unsigned 32-bit little-endian number at `at` (gzip's ISIZE). */
export function littleEndian32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

/**
 * Gunzips data, stopping as soon as the output would pass maxBytes, so a gzip bomb fails
 * after at most maxBytes of work and memory.
 */
export function gunzipBounded(data: Uint8Array, maxBytes: number): Uint8Array {
  try {
    // One output chunk of the size the gzip trailer announces (ISIZE, untrusted but capped)
    // saves node's final concatenation: a full copy of the inflated profile into fresh memory.
    const isize = gzipSizeHint(data);
    const chunkSize = Math.min(Math.max(isize + 1, 64 * 1024), maxBytes + 1);
    const out = gunzipSync(data, { maxOutputLength: maxBytes, chunkSize });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      throw new InputError(`gzip data inflates to more than ${maxBytes} bytes (the limit): refusing it`);
    }
    if (code === 'Z_BUF_ERROR' || /unexpected end/i.test(String((err as Error).message))) {
      throw new InputError('truncated gzip data (unexpected end of file)');
    }
    throw new InputError(`corrupt gzip data (${(err as Error).message})`);
  }
}
