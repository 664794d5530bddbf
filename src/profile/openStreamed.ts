// Reading while the gzip data inflates: `heaplens top`'s sums (streamTop.ts) with the profile's
// header and sample source for everything else, and the full model (streamColumns.ts). The
// inflated chunks are read where they lie; they are joined into one array only for the general
// decoder, which reads the bytes whenever a streamed reader declines them.
import { isGzip, DEFAULT_MAX_INFLATED_BYTES, gzipSizeHint } from './inflate';
import { gunzipChunks, joinChunks } from './inflateStream';
import { decodeProfile, openProfile, type DecodeOptions } from './decode';
import { indexRaw, type Indexed } from './decodeHeader';
import { legacyKind } from './legacyFormats';
import type { Granularity, Profile, SampleSource } from './model';
import type { StreamReader } from './streamReader';
import { StreamedColumns } from './streamColumns';
import { StreamedTop, type StreamedSums } from './streamTop';

/**
 * The profile's inflated length, read by `reader` as it inflates, and with `keep` its chunks;
 * undefined for bytes the general path must read (or refuse): bad gzip data, an empty or a text profile.
 */
async function readChunks(
  data: Uint8Array,
  maxBytes: number,
  reader: StreamReader,
  keep: boolean,
): Promise<{ chunks: Uint8Array[]; length: number } | undefined> {
  let first: Uint8Array | undefined;
  const push = (c: Uint8Array): void => {
    first ??= c;
    reader.push(c);
  };
  const got = isGzip(data) ? await gunzipChunks(data, maxBytes, push, keep) : (push(data), { chunks: [data], length: data.length });
  if (got === undefined || got.length === 0 || legacyKind(first!) !== undefined) return undefined;
  return got;
}

/** The header from the fields the reader set aside, when it read every byte (else, or on an error, undefined). */
function streamedHeader(reader: StreamReader, length: number): Indexed | undefined {
  const read = reader.topLevel(length);
  if (read === undefined) return undefined;
  try {
    return indexRaw(read.bytes, read.known);
  } catch {
    return undefined; // the general decoder words the error, with its byte offsets
  }
}

/**
 * The profile's samples, and the sums of one sample type (the one `sampleName` names, else the
 * default) at `granularity` when the streamed path could add them up.
 */
export async function openStreamed(
  data: Uint8Array,
  granularity: Granularity,
  sampleName?: string,
): Promise<{ source: SampleSource; streamed?: StreamedSums }> {
  const top = new StreamedTop(granularity, sampleName);
  const got = await readChunks(data, DEFAULT_MAX_INFLATED_BYTES, top, false);
  if (got === undefined) return { source: openProfile(data) };
  // the general path inflates the data again: only when the streamed sums declined it, or for -nodecount
  let whole: SampleSource | undefined;
  const general = (): SampleSource => (whole ??= openProfile(data));
  const ix = streamedHeader(top, got.length);
  const streamed = ix && top.finish(ix.header, got.length);
  if (!ix || !streamed) return { source: general() };
  // the samples again only for -nodecount's inline marks among the kept rows
  const source: SampleSource = { header: ix.header, sampleCount: ix.sampleCount, forEachBlock: (visit) => general().forEachBlock(visit) };
  return { source, streamed };
}

/**
 * decodeProfile, with the sample columns read while the gzip data inflates on libuv's pool (the
 * general decoder reads the bytes when the streamed reader declines them).
 */
export async function decodeStreamed(data: Uint8Array, options: DecodeOptions = {}): Promise<Profile> {
  const max = options.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES;
  const columns = new StreamedColumns(isGzip(data) ? Math.min(gzipSizeHint(data), max) : data.length);
  // labels are decoded from the bytes on first use: kept for that only
  const labels = options.labels ?? true;
  const got = await readChunks(data, max, columns, labels);
  if (got === undefined) return decodeProfile(data, options);
  const ix = streamedHeader(columns, got.length);
  const p = ix && columns.finish(ix, got.length, labels ? joinChunks(got.chunks) : undefined);
  // declined: the general decoder reads the data again
  return p || decodeProfile(data, options);
}
