// Reading while the gzip data inflates: `heaplens top`'s sums (streamTop.ts) with the profile's
// header and sample source for everything else, and the full model (streamColumns.ts). The
// inflated chunks are read where they lie; they are joined into one array only for the general
// decoder, which reads the bytes whenever a streamed reader declines them.
import { closeSync, createReadStream, fstatSync, openSync, readFileSync, readSync } from 'fs';
import type { Readable } from 'stream';
import { isGzip, DEFAULT_MAX_INFLATED_BYTES, gzipSizeHint, littleEndian32 } from './inflate';
import { gunzipChunks, joinChunks } from './inflateStream';
import { decodeProfile, openProfile, type DecodeOptions } from './decode';
import { indexRaw, type Indexed } from './decodeHeader';
import { legacyKind } from './legacyFormats';
import type { Granularity, Profile, SampleSource } from './model';
import type { StreamReader } from './streamReader';
import { StreamedColumns } from './streamColumns';
import { StreamedTop, type StreamedSums } from './streamTop';

/** Gzip bytes to inflate: in memory, or a file read while it inflates (never held whole). */
interface GzipInput {
  feed: Uint8Array | Readable;
  /** The inflated size the trailer announces (untrusted). */
  sizeHint: number;
}

/**
 * The profile's inflated length, read by `reader` as it inflates, and with `keep` its chunks;
 * undefined for bytes the general path must read (or refuse): bad gzip data, an empty or a text profile.
 * `input` is raw protobuf bytes, or gzip data.
 */
async function readChunks(
  input: Uint8Array | GzipInput,
  maxBytes: number,
  readers: readonly StreamReader[],
  keep: boolean,
): Promise<{ chunks: Uint8Array[]; length: number } | undefined> {
  let first: Uint8Array | undefined;
  const push = (c: Uint8Array): void => {
    first ??= c;
    for (const r of readers) r.push(c);
  };
  const got = input instanceof Uint8Array ? (push(input), { chunks: [input], length: input.length }) : await gunzipChunks(input.feed, maxBytes, push, keep);
  if (got === undefined || got.length === 0 || legacyKind(first!) !== undefined) return undefined;
  return got;
}

/** `data` as readChunks takes it: gzip data to inflate, or the raw bytes. */
function inMemory(data: Uint8Array): Uint8Array | GzipInput {
  return isGzip(data) ? { feed: data, sizeHint: gzipSizeHint(data) } : data;
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
  const got = await readChunks(inMemory(data), DEFAULT_MAX_INFLATED_BYTES, [top], false);
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
  return (await fromBytes(data, options)).profile;
}

function fromBytes(data: Uint8Array, options: DecodeOptions, top?: StreamedTop): Promise<WithTops> {
  return decodeFrom(inMemory(data), () => data, options, top);
}

/** A decoded profile and, when the streamed sums took it, the top sums of its first LANES sample types. */
export interface WithTops {
  profile: Profile;
  tops?: StreamedSums[];
}

/**
 * decodeStreamed (bytes) or decodeStreamedFile ({ path }), adding up in the same reading the top
 * sums of the first LANES sample types at `granularity`: the viewer's first tables.
 */
export function decodeWithTops(source: Uint8Array | { path: string }, granularity: Granularity, options: DecodeOptions = {}): Promise<WithTops> {
  const top = new StreamedTop(granularity, undefined, true);
  return source instanceof Uint8Array ? fromBytes(source, options, top) : decodeFile(source.path, options, STREAM_FILE_BYTES, top);
}

/** Files below this are read whole: streaming them saves little and costs reads. */
const STREAM_FILE_BYTES = 4 * 1024 * 1024;

/**
 * decodeStreamed on a file, read as it inflates so its gzip bytes are never all held (up to a
 * quarter of a large profile's peak memory: gzip gains little on random-looking names); read
 * again whole only when the general decoder must read it. `streamFrom`: the smallest file streamed.
 */
export async function decodeStreamedFile(path: string, options: DecodeOptions = {}, streamFrom = STREAM_FILE_BYTES): Promise<Profile> {
  return (await decodeFile(path, options, streamFrom)).profile;
}

async function decodeFile(path: string, options: DecodeOptions, streamFrom: number, top?: StreamedTop): Promise<WithTops> {
  const whole = (): Uint8Array => readFileSync(path);
  const fd = openSync(path, 'r');
  let ends: { size: number; head: Uint8Array; tail: Uint8Array };
  try {
    const size = fstatSync(fd).size;
    const head = new Uint8Array(2);
    const tail = new Uint8Array(4);
    readSync(fd, head, 0, 2, 0);
    if (size >= 18) readSync(fd, tail, 0, 4, size - 4);
    ends = { size, head, tail };
  } finally {
    closeSync(fd);
  }
  if (ends.size < streamFrom || !isGzip(ends.head)) return fromBytes(whole(), options, top);
  return decodeFrom({ feed: createReadStream(path, { highWaterMark: 1 << 20 }), sizeHint: littleEndian32(ends.tail, 0) }, whole, options, top);
}

async function decodeFrom(input: Uint8Array | GzipInput, whole: () => Uint8Array, options: DecodeOptions, top?: StreamedTop): Promise<WithTops> {
  const max = options.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES;
  const columns = new StreamedColumns(input instanceof Uint8Array ? input.length : Math.min(input.sizeHint, max));
  // labels are decoded from the bytes on first use: kept for that only
  const labels = options.labels ?? true;
  const got = await readChunks(input, max, top ? [columns, top] : [columns], labels);
  // declined: the general decoder reads the data again
  const general = (): WithTops => ({ profile: decodeProfile(whole(), options) });
  if (got === undefined) return general();
  const ix = streamedHeader(columns, got.length);
  const profile = ix && columns.finish(ix, got.length, labels ? joinChunks(got.chunks) : undefined);
  if (!profile) return general();
  return { profile, tops: top?.finishAll(ix.header, got.length) };
}
