// What a fetched body is, from its first bytes: a pprof profile (gzip or raw protobuf), Go's
// text heap profile (`?debug=1`), or something else, named so the one-line error says what came. Pure.

/** The formats a capture may be saved as. */
export type CaptureFormat = 'gzip' | 'protobuf' | 'text';

/** The body's format, or why it is not a profile. */
export type Sniffed = { format: CaptureFormat } | { problem: string };

const TEXT_HEADS = ['heap profile:'];

/** Looks at the first bytes only: the decoder (or the text reader) checks the rest. */
export function sniffProfile(bytes: Uint8Array, contentType = ''): Sniffed {
  if (bytes.length === 0) return { problem: 'the server sent an empty body, not a profile' };
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return { format: 'gzip' };
  const head = latin1(bytes.subarray(0, 512));
  const trimmed = head.replace(/^\uFEFF?\s+/, '');
  if (TEXT_HEADS.some((t) => trimmed.startsWith(t))) return { format: 'text' };
  if (/^<(!doctype\s+html|html|head|body|\?xml|!--)/i.test(trimmed) || /text\/html/i.test(contentType)) {
    return { problem: 'the server sent an HTML page, not a profile' };
  }
  // Text first: a protobuf profile's first bytes hold lengths and varints, never only printable ones.
  if (/^[\x20-\x7e\t\r\n]*$/.test(head)) {
    const first = trimmed.split(/\r?\n/)[0].slice(0, 60);
    return { problem: `the server sent text, not a profile (it begins "${first}")` };
  }
  if (isProtobufProfileStart(bytes)) return { format: 'protobuf' };
  return { problem: 'the server sent data that is neither gzip nor a pprof protobuf profile' };
}

/**
 * A raw perftools.profiles.Profile begins with the tag of one of its fields 1–15 with that field's
 * wire type (Go writes period_type, field 11, first): length-delimited 1–6, 11, 13 (packed), 15;
 * varint 7–10, 12–14.
 */
const PROFILE_TAGS = new Set([0x0a, 0x12, 0x1a, 0x22, 0x2a, 0x32, 0x38, 0x40, 0x48, 0x50, 0x5a, 0x60, 0x68, 0x6a, 0x70, 0x7a]);

function isProtobufProfileStart(b: Uint8Array): boolean {
  return b.length >= 2 && PROFILE_TAGS.has(b[0]);
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (const c of b) s += String.fromCharCode(c);
  return s;
}
