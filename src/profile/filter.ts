// pprof's focus / ignore / hide, with pprof's meanings (profile.FilterSamplesByName): a location
// matches when one of its lines' function name or file name, or its mapping's file, matches;
// focus keeps samples with a matching location, ignore drops them (ignore wins), hide removes
// the matching lines from every location (all of it when its mapping's file matches).
import type { Filters } from '../shared/protocol/profileView';
import { withoutSlots } from './frames';
import type { FrameTable, ProfileHeader, SampleSource } from './model';

/** No focus, ignore or hide. */
export const NO_FILTERS: Readonly<Filters> = { focus: '', ignore: '', hide: '' };

/** No filter set at all. */
export function noFilters(f: Filters): boolean {
  return !f.focus && !f.ignore && !f.hide;
}

/** Compiles one filter expression; throws a one-line message naming the filter when invalid. */
function compileFilter(name: string, source: string): RegExp | null {
  if (!source) return null;
  try {
    return new RegExp(source);
  } catch {
    throw new Error(`${name}: invalid regular expression ${JSON.stringify(source)}`);
  }
}

/** What a set of filters selects, for one sample type. */
export interface Selection {
  /** The frames with hidden lines left out (the unfiltered table when hide is off). */
  frames: FrameTable;
  /** 1 per sample that focus/ignore keep; null when every sample is kept. */
  kept: Uint8Array | null;
  /** Kept samples with a non-zero value, and the sum of their values. */
  keptCount: number;
  keptTotal: number;
  /** pprof's percent base: the sum of |value| over all samples (base samples in a diff), before filters. */
  unfilteredTotal: number;
}

/**
 * Applies filters to a profile's samples of one sample type (pprof semantics) over the frames
 * of a granularity. Throws on an invalid regex.
 */
export function select(samples: SampleSource, sampleIndex: number, frames: FrameTable, f: Filters): Selection {
  const header = samples.header;
  const focus = compileFilter('focus', f.focus);
  const ignore = compileFilter('ignore', f.ignore);
  const hide = compileFilter('hide', f.hide);
  // pprof filters samples only when some filter is set: then a sample needs a focused location
  const filtering = !noFilters(f);
  // hide alone focuses every location: a sample is kept when it has one (no stack to scan)
  const marks = filtering && (focus || ignore) ? locationMarks(header, focus, ignore) : null;
  const kept = filtering ? new Uint8Array(samples.sampleCount) : null;
  const ignoring = ignore !== null;
  let keptCount = 0,
    keptTotal = 0,
    total = 0,
    baseTotal = 0;
  const types = header.sampleTypes.length;
  samples.forEachBlock(({ first, count, locationStart, locations, values, isBase }) => {
    // summed in locals: a double written to a closure's variable would be boxed every time
    let blockTotal = 0,
      blockBase = 0,
      blockKept = 0;
    for (let i = 0; i < count; i++) {
      const w = values[i * types + sampleIndex];
      blockTotal += Math.abs(w);
      if (isBase !== undefined && isBase[i] === 1) blockBase += Math.abs(w);
      if (marks ? !focusedAndNotIgnored(marks, locations, locationStart[i], locationStart[i + 1], ignoring) : kept && locationStart[i] === locationStart[i + 1])
        continue;
      if (kept) kept[first + i] = 1;
      if (w === 0) continue;
      keptCount++;
      blockKept += w;
    }
    total += blockTotal;
    baseTotal += blockBase;
    keptTotal += blockKept;
  });
  return {
    frames: hide ? withoutSlots(frames, hiddenSlots(header, frames, hide)) : frames,
    kept,
    keptCount,
    keptTotal,
    unfilteredTotal: baseTotal > 0 ? baseTotal : total,
  };
}

const FOCUSED = 1;
const IGNORED = 2;

/** Per location: FOCUSED, IGNORED (which wins) or 0; every location is focused without a focus. */
function locationMarks(header: ProfileHeader, focus: RegExp | null, ignore: RegExp | null): Uint8Array {
  const marks = new Uint8Array(header.locationCount);
  const ignored = ignore ? locationMatches(header, ignore) : null;
  const focused = focus ? locationMatches(header, focus) : null;
  for (let l = 0; l < marks.length; l++) {
    if (ignored?.[l]) marks[l] = IGNORED;
    else if (!focused || focused[l]) marks[l] = FOCUSED;
  }
  return marks;
}

/** pprof's focusedAndNotIgnored: some location focused, none ignored (without ignore, the first focused one decides). */
function focusedAndNotIgnored(marks: Uint8Array, locs: Uint32Array | Uint16Array, start: number, end: number, ignoring: boolean): boolean {
  let focused = false;
  for (let k = start; k < end; k++) {
    const m = marks[locs[k]];
    if (m === IGNORED) return false;
    if (m === FOCUSED) {
      if (!ignoring) return true;
      focused = true;
    }
  }
  return focused;
}

/** 1 per string the regex matches (each string is tested once, not once per line). */
function stringMatches(header: ProfileHeader, re: RegExp): Uint8Array {
  const out = new Uint8Array(header.strings.length);
  header.strings.forEach((s, i) => (out[i] = re.test(s) ? 1 : 0));
  return out;
}

/** 1 per line whose function's name or file name matches (lines without a function never do). */
function lineMatches(header: ProfileHeader, strMatch: Uint8Array): Uint8Array {
  const out = new Uint8Array(header.lineFunction.length);
  for (let j = 0; j < out.length; j++) {
    const fn = header.lineFunction[j];
    if (fn >= 0 && (strMatch[header.functionName[fn]] || strMatch[header.functionFilename[fn]])) out[j] = 1;
  }
  return out;
}

/** 1 per mapping whose file matches. */
function mappingMatches(header: ProfileHeader, re: RegExp): Uint8Array {
  return Uint8Array.from(header.mappings, (m) => (re.test(m.file) ? 1 : 0));
}

/** pprof's Location.matchesName, for every location. */
function locationMatches(header: ProfileHeader, re: RegExp): Uint8Array {
  const lines = lineMatches(header, stringMatches(header, re));
  const maps = mappingMatches(header, re);
  const out = new Uint8Array(header.locationCount);
  for (let l = 0; l < out.length; l++) {
    const m = header.locationMapping[l];
    let hit = m >= 0 && maps[m] === 1;
    for (let j = header.locationLineStart[l]; !hit && j < header.locationLineStart[l + 1]; j++) hit = lines[j] === 1;
    out[l] = hit ? 1 : 0;
  }
  return out;
}

/**
 * The frame slots hide removes (pprof's unmatchedLines): all of a location whose mapping's file
 * matches, else its matching lines. Slots of a location with lines are its lines, one to one.
 */
function hiddenSlots(header: ProfileHeader, frames: FrameTable, hide: RegExp): Uint8Array {
  const lines = lineMatches(header, stringMatches(header, hide));
  const maps = mappingMatches(header, hide);
  const { locationFrameStart: start } = frames;
  const out = new Uint8Array(frames.locationFrames.length);
  for (let l = 0; l < header.locationCount; l++) {
    const m = header.locationMapping[l];
    if (m >= 0 && maps[m] === 1) {
      out.fill(1, start[l], start[l + 1]);
      continue;
    }
    const ls = header.locationLineStart[l];
    for (let j = ls; j < header.locationLineStart[l + 1]; j++) out[start[l] + j - ls] = lines[j];
  }
  return out;
}
