// pprof's focus / ignore / hide, with pprof's meanings (profile.FilterSamplesByName): a location
// matches when one of its lines' function name or file name, or its mapping's file, matches;
// focus keeps samples with a matching location, ignore drops them (ignore wins), hide removes
// the matching lines from every location (all of it when its mapping's file matches).
import type { Filters } from '../shared/protocol/profileView';
import { withoutSlots } from './frames';
import { stackMarks } from './stackMarks';
import type { FrameTable, ProfileHeader, SampleBlock, SampleSource } from './model';

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
  const sums = new Float64Array(4);
  const types = header.sampleTypes.length;
  // Per sample, its locations' marks ORed: read no further than the first ignored location,
  // or without an ignore the first focused one (no ignored one can follow)
  const hits = marks ? stackMarks(samples, marks, ignore ? IGNORED : FOCUSED) : null;
  samples.forEachBlock((block) => selectBlock(block, types, sampleIndex, hits, kept, sums));
  const [keptCount, keptTotal, total, baseTotal] = sums;
  return {
    frames: hide ? withoutSlots(frames, hiddenSlots(header, frames, hide)) : frames,
    kept,
    keptCount,
    keptTotal,
    unfilteredTotal: baseTotal > 0 ? baseTotal : total,
  };
}

/**
 * One block's part of select: marks kept samples in `kept`, adds to sums [kept samples with a
 * value, their sum, the sum of |value|, that of base samples]. A plain function of its
 * arguments, so the hot loop reads locals rather than a closure's context.
 */
function selectBlock(block: SampleBlock, types: number, sampleIndex: number, hits: Uint8Array | null, kept: Uint8Array | null, sums: Float64Array): void {
  const { first, count, locationStart, values, isBase } = block;
  let keptCount = 0,
    keptTotal = 0,
    total = 0,
    baseTotal = 0;
  for (let i = 0; i < count; i++) {
    const w = values[i * types + sampleIndex];
    total += Math.abs(w);
    if (isBase !== undefined && isBase[i] === 1) baseTotal += Math.abs(w);
    // pprof's focusedAndNotIgnored: some location focused, none ignored
    if (hits ? hits[first + i] !== FOCUSED : kept && locationStart[i] === locationStart[i + 1]) continue;
    if (kept) kept[first + i] = 1;
    if (w === 0) continue;
    keptCount++;
    keptTotal += w;
  }
  sums[0] += keptCount;
  sums[1] += keptTotal;
  sums[2] += total;
  sums[3] += baseTotal;
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
