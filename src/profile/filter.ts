// pprof's focus / ignore / hide, with pprof's meanings (profile.FilterSamplesByName):
// a location matches when any of its lines' function name or file name, or its mapping file,
// matches; focus keeps samples with a matching location, ignore drops them, hide removes the
// matching lines (and locations left without lines) from every stack.
import type { Filters } from '../shared/protocol/profileView';
import { locationCount, sampleCount, type StackSource } from './stacks';

/** What a set of filters selects: kept samples and removed frames. */
export interface FilterResult {
  /** 1 per sample that focus/ignore keep. */
  keptSamples: Uint8Array;
  /** 1 per frame that hide removes; null when hide is off. */
  hiddenFrames: Uint8Array | null;
  keptCount: number;
}

/** No filter set at all. */
export function noFilters(f: Filters): boolean {
  return !f.focus && !f.ignore && !f.hide;
}

/** Compiles one filter expression; throws a one-line message naming the filter when invalid. */
export function compileFilter(name: string, source: string): RegExp | null {
  if (!source) return null;
  try {
    return new RegExp(source);
  } catch (e) {
    throw new Error(`${name}: invalid regular expression ${JSON.stringify(source)}`);
  }
}

/** Applies focus/ignore/hide to a source (pprof semantics). Throws on an invalid regex. */
export function applyFilters(src: StackSource, f: Filters): FilterResult {
  const focus = compileFilter('focus', f.focus);
  const ignore = compileFilter('ignore', f.ignore);
  const hide = compileFilter('hide', f.hide);
  const nLoc = locationCount(src);
  const nSamples = sampleCount(src);
  const strMatch = (re: RegExp): Uint8Array => {
    // Each string is tested once, not once per frame.
    const m = new Uint8Array(src.strings.length);
    src.strings.forEach((s, i) => (m[i] = re.test(s) ? 1 : 0));
    return m;
  };
  const locMatches = (m: Uint8Array): Uint8Array => {
    const out = new Uint8Array(nLoc);
    for (let l = 0; l < nLoc; l++) {
      let hit = src.locMappingFile[l] >= 0 && m[src.locMappingFile[l]] === 1;
      for (let fr = src.locFrameStart[l]; !hit && fr < src.locFrameStart[l + 1]; fr++) {
        hit = m[src.frameName[fr]] === 1 || m[src.frameFile[fr]] === 1;
      }
      out[l] = hit ? 1 : 0;
    }
    return out;
  };
  // 0: neither, 1: focused, 2: ignored (ignore wins over focus, as in pprof).
  const mark = new Uint8Array(nLoc);
  if (ignore) locMatches(strMatch(ignore)).forEach((v, l) => v && (mark[l] = 2));
  if (focus) {
    locMatches(strMatch(focus)).forEach((v, l) => v && mark[l] === 0 && (mark[l] = 1));
  } else {
    for (let l = 0; l < nLoc; l++) if (mark[l] === 0) mark[l] = 1;
  }
  const keptSamples = new Uint8Array(nSamples);
  let keptCount = 0;
  for (let s = 0; s < nSamples; s++) {
    let focused = false;
    let ignored = false;
    for (let i = src.sampleLocStart[s]; i < src.sampleLocStart[s + 1]; i++) {
      const m = mark[src.sampleLocs[i]];
      if (m === 2) {
        ignored = true;
        break;
      }
      if (m === 1) focused = true;
    }
    if (focused && !ignored) {
      keptSamples[s] = 1;
      keptCount++;
    }
  }
  let hiddenFrames: Uint8Array | null = null;
  if (hide) {
    const m = strMatch(hide);
    hiddenFrames = new Uint8Array(src.frameName.length);
    for (let fr = 0; fr < hiddenFrames.length; fr++) {
      hiddenFrames[fr] = m[src.frameName[fr]] === 1 || m[src.frameFile[fr]] === 1 ? 1 : 0;
    }
  }
  return { keptSamples, hiddenFrames, keptCount };
}
