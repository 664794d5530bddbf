// drop_frames / keep_frames: the stacks pprof shows once it has pruned them (RemoveUninteresting
// and Prune in pprof's profile/prune.go). A location whose outermost matching line is its last
// loses its place in stacks; one matching further in keeps only its lines outside the match.
// Each stack is then cut, scanning from the root, at the first such location after a user frame.
import { InputError } from '../shared/errors';
import type { ProfileHeader, SampleBlock, SampleSource } from './model';
import { headerFields } from './samples';

/** What pruning does to the location table: per location 0, BENEATH or WHOLE. */
const BENEATH = 1;
const WHOLE = 2;

/**
 * The samples as pprof shows them after drop_frames/keep_frames; the source itself when the
 * profile sets no drop_frames or no frame matches. Throws InputError for a regex pprof rejects.
 */
export function pruneFrames(src: SampleSource): SampleSource {
  const header = src.header;
  if (header.dropFrames === '') return src;
  const drop = anchored(header.dropFrames, 'drop_frames');
  const keep = header.keepFrames === '' ? null : anchored(header.keepFrames, 'keep_frames');
  const marks = new Uint8Array(header.locationCount);
  const firstKept = new Uint32Array(header.locationCount);
  const cache = new Map<number, boolean>();
  const prunes = (nameIndex: number): boolean => {
    let r = cache.get(nameIndex);
    if (r === undefined) {
      const name = simplifyFunc(header.strings[nameIndex]);
      r = drop.test(name) && !(keep !== null && keep.test(name));
      cache.set(nameIndex, r);
    }
    return r;
  };
  let any = false;
  const { locationLineStart: ls, lineFunction, functionName } = header;
  for (let loc = 0; loc < marks.length; loc++) {
    // the outermost line (the function compiled into) is the location's last
    for (let j = ls[loc + 1] - 1; j >= ls[loc]; j--) {
      const f = lineFunction[j];
      if (f < 0 || functionName[f] === 0 || !prunes(functionName[f])) continue;
      marks[loc] = j === ls[loc + 1] - 1 ? WHOLE : BENEATH;
      firstKept[loc] = j + 1;
      any = true;
      break;
    }
  }
  if (!any) return src;
  return {
    header: trimmedLines(header, marks, firstKept),
    sampleCount: src.sampleCount,
    forEachBlock: (visit) => src.forEachBlock((b) => visit(cutBlock(b, marks))),
  };
}

/** pprof compiles `^(RE)$`; the source is RE2 syntax, which JavaScript reads alike for what profiles use. */
function anchored(source: string, field: string): RegExp {
  try {
    return new RegExp(`^(${source})$`);
  } catch {
    throw new InputError(`the profile's ${field} is not a valid regular expression: ${JSON.stringify(source)}`);
  }
}

const RESERVED = ['(anonymous namespace)', 'operator()'];

/** pprof's simplifyFunc: no leading '.', and no argument list from the first '(' that starts no reserved name. */
function simplifyFunc(f: string): string {
  const name = f.startsWith('.') ? f.slice(1) : f;
  for (let i = name.indexOf('('); i >= 0; i = name.indexOf('(', i + 1)) {
    const reserved = RESERVED.find((r) => name.startsWith(r, i));
    if (reserved === undefined) return name.slice(0, i);
    i += reserved.length - 1;
  }
  return name;
}

/** The header with BENEATH locations' lines inside the match left out (a whole location keeps its lines). */
function trimmedLines(header: ProfileHeader, marks: Uint8Array, firstKept: Uint32Array): ProfileHeader {
  const { locationLineStart: ls } = header;
  const start = new Uint32Array(ls.length);
  const keepLine: number[] = [];
  for (let loc = 0; loc < marks.length; loc++) {
    start[loc] = keepLine.length;
    for (let j = marks[loc] === BENEATH ? firstKept[loc] : ls[loc]; j < ls[loc + 1]; j++) keepLine.push(j);
  }
  start[marks.length] = keepLine.length;
  const pick = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
    const out = make(keepLine.length);
    for (let i = 0; i < keepLine.length; i++) out[i] = a[keepLine[i]];
    return out;
  };
  return {
    ...headerFields(header),
    locationLineStart: start,
    lineFunction: pick(header.lineFunction, (n) => new Int32Array(n)),
    lineNumber: pick(header.lineNumber, (n) => new Float64Array(n)),
    lineColumn: pick(header.lineColumn, (n) => new Float64Array(n)),
  };
}

/** The block with each stack cut as pprof's Prune cuts it (a new locations array, same values). */
function cutBlock(b: SampleBlock, marks: Uint8Array): SampleBlock {
  const { count, locationStart, locations } = b;
  const start = new Uint32Array(count + 1);
  const out = new Uint32Array(locationStart[count] - locationStart[0]);
  let n = 0;
  for (let i = 0; i < count; i++) {
    const s = locationStart[i],
      e = locationStart[i + 1];
    let from = s;
    let foundUser = false;
    for (let k = e - 1; k >= s; k--) {
      const m = marks[locations[k]];
      if (m === 0) {
        foundUser = true;
        continue;
      }
      if (!foundUser) continue;
      from = m === WHOLE ? k + 1 : k;
      break;
    }
    start[i] = n;
    for (let k = from; k < e; k++) out[n++] = locations[k];
  }
  start[count] = n;
  return { ...b, locationStart: start, locations: out };
}
