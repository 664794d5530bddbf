// Reading while the gzip data inflates: `heaplens top`'s sums (streamTop.ts) with the profile's
// header and sample source for everything else, and the full model (streamColumns.ts). The
// inflated chunks are read where they lie; they are joined into one array only for the general
// decoder, which reads the bytes whenever a streamed reader declines them.
import { isGzip, DEFAULT_MAX_INFLATED_BYTES, gzipSizeHint } from './inflate';
import { gunzipChunks, joinChunks } from './inflateStream';
import { decodeInflated, decodeProfile, openInflated, openProfile, type DecodeOptions } from './decode';
import { indexRaw, type Indexed } from './decodeHeader';
import { legacyKind } from './legacyFormats';
import type { Granularity, Profile, SampleSource } from './model';
import type { StreamReader } from './streamReader';
import { StreamedColumns } from './streamColumns';
import { StreamedTop, type StreamedSums } from './streamTop';

/** The profile's inflated chunks, read by `reader` as they come; undefined for bytes the general path must refuse. */
async function readChunks(data: Uint8Array, maxBytes: number, reader: StreamReader): Promise<{ chunks: Uint8Array[]; length: number } | undefined> {
  const chunks = isGzip(data) ? await gunzipChunks(data, maxBytes, (c) => reader.push(c)) : (reader.push(data), [data]);
  if (chunks === undefined) return undefined;
  let length = 0;
  for (const c of chunks) length += c.length;
  // an empty profile, or a text one: the general path reads (or refuses) it
  if (length === 0 || legacyKind(chunks[0]) !== undefined) return undefined;
  return { chunks, length };
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
  const got = await readChunks(data, DEFAULT_MAX_INFLATED_BYTES, top);
  if (got === undefined) return { source: openProfile(data) };
  const gz = isGzip(data);
  let whole: SampleSource | undefined;
  const general = (): SampleSource => (whole ??= openInflated(joinChunks(got.chunks), gz));
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
  const got = await readChunks(data, max, columns);
  if (got === undefined) return decodeProfile(data, options);
  let whole: Uint8Array | undefined;
  const raw = (): Uint8Array => (whole ??= joinChunks(got.chunks));
  const ix = streamedHeader(columns, got.length);
  const p = ix && columns.finish(ix, got.length, (options.labels ?? true) ? raw() : undefined);
  return p || decodeInflated(raw(), isGzip(data), options);
}
