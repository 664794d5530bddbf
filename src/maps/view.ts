// The map sites as the viewer asks for them (src/profile/session.ts): the shown profile and
// sample type, with a note instead of sites where a map reading means nothing. Pure.
import type { Profile } from '../profile/model';
import type { MapCandidates, MapSitesView } from '../shared/protocol/profileView';
import { answersSource, findMapSitesSteps, mapCandidateLinesSteps, type MapLinesAnswer, type Steps } from './sites';

const HEAP_TYPE = /^(alloc|inuse)_(space|objects)$/;

/** Why `p` has no map sites to look for at this sample type; undefined when it has. */
function whyNone(p: Profile, sampleIndex: number, comparing: boolean): string | undefined {
  const type = p.sampleTypes[sampleIndex]?.type ?? '';
  // a comparison's values are changes: no structure has a negative size
  if (comparing) return 'Map sites are not shown while the profile is compared with a base.';
  if (!HEAP_TYPE.test(type)) return `Map sites need a heap profile's alloc_ or inuse_ sample type, and ${type || 'this one'} is not one.`;
  const m = HEAP_TYPE.exec(type)!;
  if (!p.sampleTypes.some((t) => t.type === `${m[1]}_objects`) || !p.sampleTypes.some((t) => t.type === `${m[1]}_space`))
    return `Map sites need both ${m[1]}_objects and ${m[1]}_space in the profile.`;
  return undefined;
}

/** Step 1: the leaf lines of the sample type, per profile file (in steps: see Steps). */
export function* mapCandidatesOf(p: Profile, sampleIndex: number, comparing: boolean): Steps<MapCandidates> {
  const sampleType = p.sampleTypes[sampleIndex]?.type ?? '';
  const note = whyNone(p, sampleIndex, comparing);
  if (note) return { sampleIndex, sampleType, files: [], note };
  const lines = yield* mapCandidateLinesSteps(p, { sampleIndex });
  return { sampleIndex, sampleType, files: yield* heaviestFiles(p, sampleIndex, lines) };
}

/** Files the editor asks the parser about at most: each is a workspace search and a parse. */
export const MAX_SOURCE_FILES = 64;

/**
 * The candidates' files that hold the most of the sample type at their leaf lines, at most
 * MAX_SOURCE_FILES, and no more than hold 99.9% of it: a profile of a large program names
 * thousands of files, nearly all holding almost nothing. (Sites in the files left out are still
 * found when their function is map code, as the runtime's and reflect's are.)
 */
function* heaviestFiles(p: Profile, sampleIndex: number, files: { file: string; lines: number[] }[]): Steps<{ file: string; lines: number[] }[]> {
  if (files.length <= 1) return files;
  const T = p.sampleTypes.length;
  const byFile = new Map<number, number>();
  let total = 0;
  for (let s = 0; s < p.sampleCount; s++) {
    if ((s & 0x7fff) === 0x7fff) yield;
    const a = p.sampleLocationStart[s];
    if (a === p.sampleLocationStart[s + 1]) continue;
    const v = Math.abs(p.sampleValues[s * T + sampleIndex]);
    if (v === 0) continue;
    const loc = p.sampleLocations[a];
    if (p.locationLineStart[loc] === p.locationLineStart[loc + 1]) continue;
    const f = p.lineFunction[p.locationLineStart[loc]];
    if (f < 0) continue;
    const name = p.functionFilename[f];
    byFile.set(name, (byFile.get(name) ?? 0) + v);
    total += v;
  }
  const weight = new Map<string, number>();
  for (const [name, v] of byFile) weight.set(p.strings[name], (weight.get(p.strings[name]) ?? 0) + v);
  const ranked = [...files].sort((x, y) => (weight.get(y.file) ?? 0) - (weight.get(x.file) ?? 0) || (x.file < y.file ? -1 : 1));
  const out: { file: string; lines: number[] }[] = [];
  let held = 0;
  for (const f of ranked) {
    if (out.length >= MAX_SOURCE_FILES || (out.length > 0 && held >= 0.999 * total)) break;
    out.push(f);
    held += weight.get(f.file) ?? 0;
  }
  return out;
}

/** Step 2: the map sites from the parser's answers about those lines (in steps). */
export function* mapSitesOf(p: Profile, sampleIndex: number, comparing: boolean, answers: readonly MapLinesAnswer[], go?: string): Steps<MapSitesView> {
  const sampleType = p.sampleTypes[sampleIndex]?.type ?? '';
  const note = whyNone(p, sampleIndex, comparing);
  if (note) return { sampleType, sites: [], note };
  return { sampleType, sites: yield* findMapSitesSteps(p, answersSource(answers), { sampleIndex, ...(go ? { go } : {}) }) };
}
