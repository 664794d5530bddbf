// Reading while the gzip data inflates: `heaplens top`'s sums (streamTop.ts) with the profile's
// header and sample source for everything else, and the full model (streamColumns.ts); the
// general decoder reads the same bytes whenever a streamed reader declines them.
import { isGzip, DEFAULT_MAX_INFLATED_BYTES, gzipSizeHint } from './inflate';
import { gunzipStreaming } from './inflateStream';
import { decodeInflated, decodeProfile, openInflated, openProfile, type DecodeOptions } from './decode';
import { StreamedColumns } from './streamColumns';
import { legacyKind } from './legacyFormats';
import type { Granularity, Profile, SampleSource } from './model';
import { StreamedTop, type StreamedSums } from './streamTop';

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
  const gz = isGzip(data);
  let raw: Uint8Array | undefined = data;
  if (gz) raw = await gunzipStreaming(data, DEFAULT_MAX_INFLATED_BYTES, (buf, n) => top.advance(buf, n));
  else top.advance(data, data.length);
  // refused gzip data or an empty profile: the general path says why
  if (raw === undefined || raw.length === 0) return { source: openProfile(data) };
  const source = openInflated(raw, gz, top.topLevel(raw.length));
  if (legacyKind(raw) !== undefined) return { source };
  const streamed = top.finish(source.header, raw);
  return streamed ? { source, streamed } : { source };
}

/**
 * decodeProfile, with the sample columns read while the gzip data inflates on libuv's pool (the
 * general decoder reads the bytes when the streamed reader declines them).
 */
export async function decodeStreamed(data: Uint8Array, options: DecodeOptions = {}): Promise<Profile> {
  const gz = isGzip(data);
  const max = options.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES;
  const columns = new StreamedColumns(Math.min(gz ? gzipSizeHint(data) : data.length, max));
  let raw: Uint8Array | undefined = data;
  if (gz) raw = await gunzipStreaming(data, max, (buf, n) => columns.advance(buf, n));
  else columns.advance(data, data.length);
  // refused gzip data or an empty profile: the general path says why
  if (raw === undefined || raw.length === 0) return decodeProfile(data, options);
  return decodeInflated(raw, gz, options, columns);
}
