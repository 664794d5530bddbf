import type { FrameTable, Granularity, Profile } from './model';
import type { ProfileHeader } from './decode';
import { cleanPath } from './cleanPath';

/**
 * Interns every location's frames at a granularity, keyed as `go tool pprof` keys its nodes:
 * functions by name, lines by name, file and line; frames without a function name by their
 * mapping's file (pprof prints "[binary]", or "<unknown>").
 */
export function buildFrameTable(profile: ProfileHeader, granularity: Granularity): FrameTable {
  const { strings, locationCount, locationLineStart, lineFunction, lineNumber } = profile;
  const byKey = new Map<string, number>();
  const name: string[] = [];
  const file: string[] = [];
  const line: number[] = [];
  const locationFrameStart = new Uint32Array(locationCount + 1);
  const frames: number[] = [];
  const inline: number[] = [];
  const byLines = granularity === 'lines';

  const intern = (key: string, frameName: string, frameFile: string, frameLine: number): number => {
    let id = byKey.get(key);
    if (id === undefined) {
      id = name.length;
      byKey.set(key, id);
      name.push(frameName);
      file.push(frameFile);
      line.push(frameLine);
    }
    return id;
  };
  const objectFrame = (loc: number, startLine: number): number => {
    const m = profile.locationMapping[loc];
    const obj = m >= 0 ? profile.mappings[m].file : '';
    const label = obj ? `[${baseName(obj)}]` : '<unknown>';
    return intern(`\u0001${obj}\u0000${startLine}`, label, '', 0);
  };

  for (let loc = 0; loc < locationCount; loc++) {
    locationFrameStart[loc] = frames.length;
    const ls = locationLineStart[loc];
    const le = locationLineStart[loc + 1];
    if (ls === le) {
      frames.push(objectFrame(loc, 0));
      inline.push(0);
      continue;
    }
    for (let j = ls; j < le; j++) {
      const f = lineFunction[j];
      let id: number;
      const fnName = f >= 0 ? strings[profile.functionName[f]] : '';
      if (f < 0) {
        id = objectFrame(loc, 0);
      } else if (fnName === '' ) {
        id = objectFrame(loc, profile.functionStartLine[f]);
      } else {
        const fnFile = cleanPath(strings[profile.functionFilename[f]]);
        if (byLines) {
          const ln = lineNumber[j];
          id = intern(`${fnName}\u0000${fnFile}\u0000${ln}`, fnName, fnFile, ln);
        } else {
          id = intern(fnName, fnName, fnFile, 0);
        }
      }
      frames.push(id);
      inline.push(j < le - 1 ? 1 : 0);
    }
  }
  locationFrameStart[locationCount] = frames.length;
  return {
    granularity,
    count: name.length,
    locationFrameStart,
    locationFrames: Uint32Array.from(frames),
    locationFrameInline: Uint8Array.from(inline),
    name,
    file,
    line: Int32Array.from(line),
  };
}

/**
 * Writes sample s's frame ids, leaf first, into out (grown when too small) and returns
 * [out, length]; reuse `out` across calls so walking samples allocates nothing.
 */
export function sampleStack(profile: Profile, table: FrameTable, s: number, out: Uint32Array): [Uint32Array, number] {
  const { sampleLocationStart, sampleLocations } = profile;
  const { locationFrameStart, locationFrames } = table;
  let n = 0;
  for (let k = sampleLocationStart[s]; k < sampleLocationStart[s + 1]; k++) {
    const loc = sampleLocations[k];
    for (let j = locationFrameStart[loc]; j < locationFrameStart[loc + 1]; j++) {
      if (n === out.length) {
        const bigger = new Uint32Array(out.length * 2 + 16);
        bigger.set(out);
        out = bigger;
      }
      out[n++] = locationFrames[j];
    }
  }
  return [out, n];
}

function baseName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  const i = trimmed.lastIndexOf('/');
  return i >= 0 ? trimmed.slice(i + 1) || '/' : trimmed || '.';
}
