// Frames: what a row of every view is (a function, or a function's line), interned once per
// granularity from the locations' lines, as `go tool pprof` keys its nodes.
import type { FrameTable, Granularity, ProfileHeader } from './model';
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
  const sourceLine: number[] = [];
  const locationFrameStart = new Uint32Array(locationCount + 1);
  const frames: number[] = [];
  const inline: number[] = [];
  const byLines = granularity === 'lines';
  const keys = profile.stringKeys;

  const intern = (key: string, frameName: string, frameFile: string, frameLine: number, firstLine: number): number => {
    let id = byKey.get(key);
    if (id === undefined) {
      id = name.length;
      byKey.set(key, id);
      name.push(frameName);
      file.push(frameFile);
      line.push(frameLine);
      sourceLine.push(firstLine);
    }
    return id;
  };
  const objectFrame = (loc: number, startLine: number): number => {
    const m = profile.locationMapping[loc];
    const obj = m >= 0 ? profile.mappings[m].file : '';
    const label = obj ? `[${baseName(obj)}]` : '<unknown>';
    return intern(`\u0001${obj}\u0000${startLine}`, label, '', 0, 0);
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
      } else if (fnName === '') {
        id = objectFrame(loc, profile.functionStartLine[f]);
      } else {
        const fnFile = cleanPath(strings[profile.functionFilename[f]]);
        const ln = lineNumber[j];
        // a name that is not valid UTF-8 is keyed by its bytes, as pprof keys it
        const nameKey = keys === undefined ? fnName : nameKeyOf(keys, profile.functionName[f], fnName);
        id = byLines ? intern(`${nameKey}\u0000${fnFile}\u0000${ln}`, fnName, fnFile, ln, ln) : intern(nameKey, fnName, fnFile, 0, ln);
      }
      frames.push(id);
      inline.push(j < le - 1 ? 1 : 0);
    }
  }
  locationFrameStart[locationCount] = frames.length;
  const locationFrames = Uint32Array.from(frames);
  const locationFrameInline = Uint8Array.from(inline);
  return {
    granularity,
    count: name.length,
    locationFrameStart,
    locationFrames,
    locationFrameInline,
    name,
    file,
    line: Int32Array.from(line),
    sourceLine: Int32Array.from(sourceLine),
    alwaysInline: alwaysInline(name.length, locationFrames, locationFrameInline),
  };
}

/**
 * The table without the slots `hidden` marks (pprof's -hide drops those lines from their
 * locations): a location's last kept frame is no longer inlined into anything.
 */
export function withoutSlots(table: FrameTable, hidden: Uint8Array): FrameTable {
  const { locationFrameStart: start, locationFrames: frames } = table;
  const locations = start.length - 1;
  const keptStart = new Uint32Array(locations + 1);
  const kept: number[] = [];
  const inline: number[] = [];
  for (let loc = 0; loc < locations; loc++) {
    keptStart[loc] = kept.length;
    for (let j = start[loc]; j < start[loc + 1]; j++) {
      if (hidden[j]) continue;
      kept.push(frames[j]);
      inline.push(1);
    }
    if (kept.length > keptStart[loc]) inline[inline.length - 1] = 0;
  }
  keptStart[locations] = kept.length;
  const locationFrames = Uint32Array.from(kept);
  const locationFrameInline = Uint8Array.from(inline);
  return {
    ...table,
    locationFrameStart: keptStart,
    locationFrames,
    locationFrameInline,
    alwaysInline: alwaysInline(table.count, locationFrames, locationFrameInline),
  };
}

/** 1 per frame whose every slot is an inlined one. */
function alwaysInline(count: number, frames: Uint32Array, inline: Uint8Array): Uint8Array {
  const out = new Uint8Array(count).fill(1);
  for (let j = 0; j < frames.length; j++) if (!inline[j]) out[frames[j]] = 0;
  return out;
}

/** The key of a name string: its bytes' key when it is not valid UTF-8 (never equal to a valid name's). */
function nameKeyOf(keys: ReadonlyMap<number, string>, index: number, name: string): string {
  const k = keys.get(index);
  return k === undefined ? name : '\u0002' + k;
}

function baseName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  const i = trimmed.lastIndexOf('/');
  return i >= 0 ? trimmed.slice(i + 1) || '/' : trimmed || '.';
}
