// Reading a pprof profile: gzip or raw protobuf in, the columnar model (or a scan of its samples)
// out. The header tables are in decodeHeader.ts, the samples and labels in decodeSamples.ts.
import { InputError } from '../shared/errors';
import { DEFAULT_MAX_INFLATED_BYTES, gunzipBounded, isGzip } from './inflate';
import type { Profile, SampleSource } from './model';
import { WireError } from './protoReader';
import { indexRaw, type Indexed } from './decodeHeader';
import { sampleColumns, scanSamples } from './decodeSamples';
import { parseHeapText } from './heapText';
import { legacyKind, refuseLegacy } from './legacyFormats';
import { modelSamples } from './samples';

/** Options for decodeProfile and openProfile. */
export interface DecodeOptions {
  /** Refuse gzip input that inflates past this many bytes (default 256 MiB). */
  maxInflatedBytes?: number;
  /**
   * decodeProfile: keep the sample labels (default true). They are decoded on first use from the
   * inflated bytes, which the model then keeps: as large as the rest of the model together.
   * The viewer reads no labels and leaves them out.
   */
  labels?: boolean;
}

/**
 * Decodes a pprof profile, gzip-compressed or raw protobuf, into the columnar model.
 * Throws InputError with a specific message on any bad input (callers add the file name).
 * The model keeps the (inflated) bytes to decode labels on first use: don't modify raw input after.
 */
export function decodeProfile(data: Uint8Array, options: DecodeOptions = {}): Profile {
  return decodeInflated(inflated(data, options), isGzip(data), options);
}

/** decodeProfile of bytes already inflated (`gz`: they came out of gzip data, for the messages). */
function decodeInflated(raw: Uint8Array, gz: boolean, options: DecodeOptions): Profile {
  if (legacyKind(raw) === 'heap-text') return parseHeapText(utf8.decode(raw));
  const { ix, wrap } = open(raw, gz);
  return sampleColumns(ix, wrap, options.labels ?? true);
}

const utf8 = new TextDecoder('utf-8');

/**
 * Decodes a profile's header (tables, strings) and validates its framing, leaving the samples
 * to be walked: what `heaplens top` uses, so a million-sample profile never needs its sample
 * columns in memory. Throws InputError like decodeProfile.
 */
export function openProfile(data: Uint8Array, options: DecodeOptions = {}): SampleSource {
  return openInflated(inflated(data, options), isGzip(data));
}

/** openProfile of bytes already inflated (`gz`: they came out of gzip data, for the messages). */
function openInflated(raw: Uint8Array, gz: boolean): SampleSource {
  // a text heap profile is small next to what protobuf profiles reach: stored whole
  if (legacyKind(raw) === 'heap-text') return modelSamples(parseHeapText(utf8.decode(raw)));
  const { ix, wrap } = open(raw, gz);
  return {
    header: ix.header,
    sampleCount: ix.sampleCount,
    forEachBlock: (visit) => wrap(() => scanSamples(ix, visit)),
  };
}

/** The input, inflated when it is gzip; refused when it inflates to nothing. */
function inflated(data: Uint8Array, options: DecodeOptions): Uint8Array {
  const gz = isGzip(data);
  const raw = gz ? gunzipBounded(data, options.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES) : data;
  if (raw.length === 0) {
    throw new InputError(gz ? 'the gzip data inflates to nothing: not a pprof profile' : 'empty file: not a pprof profile');
  }
  return raw;
}

/** Indexes the protobuf; `wrap` turns wire errors into input-level messages (a legacy format's name first). */
function open(raw: Uint8Array, gz: boolean): { ix: Indexed; wrap: <T>(f: () => T) => T } {
  const wrap = <T>(f: () => T): T => {
    try {
      return f();
    } catch (err) {
      if (err instanceof WireError) {
        refuseLegacy(raw);
        throw new InputError(gz ? `malformed pprof protobuf inside the gzip data: ${err.message}` : `not gzip, and not a valid pprof protobuf: ${err.message}`);
      }
      throw err;
    }
  };
  return { ix: wrap(() => indexRaw(raw)), wrap };
}
