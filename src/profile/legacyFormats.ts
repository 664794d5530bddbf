// The profile formats before pprof's protobuf, told apart by their first bytes as pprof's
// legacy parsers tell them (profile/legacy_profile.go, legacy_java_profile.go): Go's text heap
// profile is read (heapText.ts); the others are refused with one line naming the format and
// the pprof command that converts it.
import { InputError } from '../shared/errors';
import { isHeapText } from './heapText';

const CONVERT = 'convert it with `go tool pprof -proto FILE > FILE.pb.gz`';

/** What a file that is not protobuf looks like: 'heap-text' when it is Go's text heap profile. */
export function legacyKind(raw: Uint8Array): 'heap-text' | undefined {
  const first = firstLine(raw);
  if (first !== undefined && isHeapText(first)) {
    if (/@ *(growthz?|fragmentationz?)\b/.test(first)) return undefined;
    return 'heap-text';
  }
  return undefined;
}

/** Throws the one-line refusal for a legacy format HeapLens does not read; returns when it is none of them. */
export function refuseLegacy(raw: Uint8Array): void {
  const what = legacyName(raw);
  if (what) throw new InputError(`${what}, not pprof's protobuf: ${what.startsWith('a Go ') ? 'fetch it without ?debug=1, or ' : ''}${CONVERT}`);
}

function legacyName(raw: Uint8Array): string | undefined {
  if (isLegacyCpu(raw)) return 'a gperftools/Java CPU profile (legacy binary format)';
  const first = firstLine(raw);
  if (first === undefined) return undefined;
  const t = first.trim();
  if (/^heap profile:.*@ *growthz?/.test(t)) return 'a gperftools heap growth profile (legacy text format)';
  if (/^heap profile:.*@ *fragmentationz?/.test(t)) return 'a gperftools heap fragmentation profile (legacy text format)';
  if (/^--- heapz? /.test(t)) return 'a Java heap profile (legacy text format)';
  if (/^--- (contentionz|contention:|mutex:)/.test(t)) {
    return isJava(raw) ? 'a Java contention profile (legacy text format)' : 'a contention profile (legacy text format, as /debug/pprof/mutex?debug=1 serves)';
  }
  if (/^--- threadz /.test(t)) return 'a threadz profile (legacy text format)';
  if (/^\S+ profile: total \d+$/.test(t)) return `a Go ${t.split(' ')[0]} profile as text (?debug=1)`;
  if (/^goroutine \d+ \[/.test(t)) return 'a Go goroutine dump as text (?debug=2, which no pprof command reads)';
  return undefined;
}

function isJava(raw: Uint8Array): boolean {
  return /^format = java$/m.test(new TextDecoder().decode(raw.subarray(0, 1024)));
}

/** The first line when the data starts as text (no control bytes but tabs and line ends). */
function firstLine(raw: Uint8Array): string | undefined {
  const n = Math.min(raw.length, 4096);
  let end = n;
  for (let i = 0; i < n; i++) {
    const c = raw[i];
    if (c === 10) {
      end = i;
      break;
    }
    if (c < 32 && c !== 9 && c !== 13) return undefined;
  }
  if (end === 0) return undefined;
  return new TextDecoder().decode(raw.subarray(0, end));
}

/** The legacy CPU header: the words 0, 3, then 0 (gperftools) or 1 (Java), 32 or 64 bits, either byte order. */
function isLegacyCpu(raw: Uint8Array): boolean {
  const words = (size: number, little: boolean): number[] => {
    const out: number[] = [];
    for (let w = 0; w < 3; w++) {
      let v = 0;
      for (let b = 0; b < size; b++) {
        const byte = raw[w * size + (little ? size - 1 - b : b)];
        v = v * 256 + byte;
      }
      out.push(v);
    }
    return out;
  };
  for (const size of [4, 8]) {
    if (raw.length < 3 * size) continue;
    for (const little of [true, false]) {
      const [a, b, c] = words(size, little);
      if (a === 0 && b === 3 && (c === 0 || c === 1)) return true;
    }
  }
  return false;
}
