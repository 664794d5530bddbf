import type { FrameTable, Granularity, Profile, TopRow, TopTable } from './model';
import { buildFrameTable } from './frames';

/**
 * The sample index to show by default: alloc_space when the profile has it, otherwise pprof's
 * rule (default_sample_type when it names a type, else the last type).
 */
export function defaultSampleIndex(profile: Profile): number {
  const types = profile.sampleTypes;
  const alloc = types.findIndex((t) => t.type === 'alloc_space');
  if (alloc >= 0) return alloc;
  if (profile.defaultSampleType !== '') {
    const i = types.findIndex((t) => t.type === profile.defaultSampleType);
    if (i >= 0) return i;
  }
  return types.length - 1;
}

/**
 * pprof's total for a sample type: the sum of |value| over all samples, or over the base
 * samples (label pprof::base=true) when the profile is a diff with them.
 */
export function sampleTotal(profile: Profile, sampleIndex: number): number {
  const T = profile.sampleTypes.length;
  const values = profile.sampleValues;
  const baseKey = profile.strings.indexOf('pprof::base');
  const trueStr = profile.strings.indexOf('true');
  let total = 0;
  let baseTotal = 0;
  for (let s = 0; s < profile.sampleCount; s++) {
    const v = Math.abs(values[s * T + sampleIndex]);
    total += v;
    if (baseKey > 0 && trueStr > 0 && hasLabel(profile, s, baseKey, trueStr)) baseTotal += v;
  }
  return baseTotal > 0 ? baseTotal : total;
}

function hasLabel(profile: Profile, s: number, key: number, str: number): boolean {
  for (let i = profile.sampleLabelStart[s]; i < profile.sampleLabelStart[s + 1]; i++) {
    if (profile.labelKey[i] === key && profile.labelStr[i] === str) return true;
  }
  return false;
}

/**
 * The rows of `go tool pprof -top -nodefraction=0` at a granularity: flat (leaf frame),
 * cum (once per sample, recursion included), inline marks from the call edges, sorted as
 * pprof sorts (|flat| desc, then name, then |cum| desc). Samples whose value is 0 are skipped,
 * as pprof does, so frames only they reach get no row.
 */
export function aggregateTop(profile: Profile, sampleIndex: number, granularity: Granularity, table?: FrameTable): TopRow[] {
  return topTable(profile, sampleIndex, table ?? buildFrameTable(profile, granularity)).rows;
}

/** aggregateTop with pprof's total, on an already built frame table. */
export function topTable(profile: Profile, sampleIndex: number, table: FrameTable): TopTable {
  const T = profile.sampleTypes.length;
  if (!(sampleIndex >= 0 && sampleIndex < T)) throw new RangeError(`sample index ${sampleIndex} out of range`);
  const values = profile.sampleValues;
  const { sampleLocationStart, sampleLocations, sampleCount, locationCount } = profile;
  const { locationFrameStart, locationFrames, count } = table;

  const flat = new Float64Array(count);
  const cum = new Float64Array(count);
  const seen = new Int32Array(count); // stamp: sample number + 1 that last added to cum
  const reached = new Uint8Array(count);
  const noInlineIn = new Uint8Array(count);
  const locUsed = new Uint8Array(locationCount);

  for (let s = 0; s < sampleCount; s++) {
    const w = values[s * T + sampleIndex];
    if (w === 0) continue;
    const ks = sampleLocationStart[s];
    const ke = sampleLocationStart[s + 1];
    if (ks === ke) continue;
    const stamp = s + 1;
    flat[locationFrames[locationFrameStart[sampleLocations[ks]]]] += w;
    for (let k = ks; k < ke; k++) {
      const loc = sampleLocations[k];
      locUsed[loc] = 1;
      const fe = locationFrameStart[loc + 1];
      for (let j = locationFrameStart[loc]; j < fe; j++) {
        const f = locationFrames[j];
        if (seen[f] !== stamp) {
          seen[f] = stamp;
          cum[f] += w;
        }
      }
      // the call from the next location (towards the root) into this one is not inlined
      if (k + 1 < ke) {
        const callee = locationFrames[fe - 1];
        if (callee !== locationFrames[locationFrameStart[sampleLocations[k + 1]]]) noInlineIn[callee] = 1;
      }
    }
  }

  // Calls within one location are inlined ones; they depend only on the location.
  const inlineIn = new Uint8Array(count);
  for (let loc = 0; loc < locationCount; loc++) {
    if (!locUsed[loc]) continue;
    const fs = locationFrameStart[loc];
    const fe = locationFrameStart[loc + 1];
    for (let j = fs; j < fe; j++) reached[locationFrames[j]] = 1;
    for (let j = fs; j < fe - 1; j++) {
      if (locationFrames[j] !== locationFrames[j + 1]) inlineIn[locationFrames[j]] = 1;
    }
  }

  const rows: TopRow[] = [];
  for (let f = 0; f < count; f++) {
    if (!reached[f]) continue;
    const inl = inlineIn[f] === 1;
    rows.push({
      frame: f,
      name: table.name[f],
      file: table.file[f],
      line: table.line[f],
      inline: inl && !noInlineIn[f],
      partialInline: inl && noInlineIn[f] === 1,
      flat: flat[f],
      cum: cum[f],
    });
  }
  sortTopRows(rows, table);
  return { rows, total: sampleTotal(profile, sampleIndex) };
}

/** Sorts rows as pprof's FlatNameOrder: |flat| desc, printable name asc, |cum| desc. */
export function sortTopRows(rows: TopRow[], table: FrameTable): void {
  const names = rows.map((r) => printableName(table, r.frame));
  const order = rows.map((_, i) => i);
  order.sort((a, b) => {
    const fa = Math.abs(rows[a].flat), fb = Math.abs(rows[b].flat);
    if (fa !== fb) return fb - fa;
    const na = names[a], nb = names[b];
    if (na !== nb) return na < nb ? -1 : 1;
    const ca = Math.abs(rows[a].cum), cb = Math.abs(rows[b].cum);
    if (ca !== cb) return cb - ca;
    return rows[a].frame - rows[b].frame;
  });
  const sorted = order.map((i) => rows[i]);
  for (let i = 0; i < rows.length; i++) rows[i] = sorted[i];
}

/** The name pprof prints for a frame: "name", or "name file:line" at lines granularity. */
export function printableName(table: FrameTable, frame: number): string {
  const name = table.name[frame];
  if (table.granularity !== 'lines') return name;
  const file = table.file[frame];
  const line = table.line[frame];
  if (line !== 0) return `${name} ${file}:${line}`;
  if (file !== '') return `${name} ${file}`;
  return name;
}
