// `heaplens top`'s reading: the samples added up while the gzip data inflates (streamTop.ts),
// and the profile's header and sample source for everything else (and whenever the streamed
// sums decline).
import { isGzip, DEFAULT_MAX_INFLATED_BYTES } from './inflate';
import { gunzipStreaming } from './inflateStream';
import { openInflated, openProfile } from './decode';
import { legacyKind } from './legacyFormats';
import type { Granularity, SampleSource } from './model';
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
