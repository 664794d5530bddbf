// A profile against a base, as `go tool pprof -diff_base=BASE NEW` sees them: one profile whose
// samples are NEW's, then BASE's negated and marked as base (pprof's pprof::base=true label, which
// makes the total BASE's). The header is pprof's merged one (profile.Merge's combineHeaders):
// NEW's sample types, drop_frames and mappings first; earliest time, summed durations.
import { InputError } from '../shared/errors';
import type { ProfileHeader, SampleBlock, SampleSource } from './model';

/**
 * NEW's samples and BASE's negated, over one header whose tables are NEW's followed by BASE's.
 * Sample types are NEW's; BASE's values are matched to them by type name (0 where BASE has none).
 * Throws InputError when a type has two different units in the two profiles.
 */
export function diffAgainst(next: SampleSource, base: SampleSource): SampleSource {
  const a = next.header,
    b = base.header;
  const typeMap = a.sampleTypes.map((t) => {
    const i = b.sampleTypes.findIndex((u) => u.type === t.type);
    if (i >= 0 && b.sampleTypes[i].unit !== t.unit) {
      throw new InputError(`sample type ${t.type} is in ${t.unit || 'no unit'} in one profile and in ${b.sampleTypes[i].unit || 'no unit'} in the other`);
    }
    return i;
  });
  const header = mergedHeader(a, b);
  const types = a.sampleTypes.length;
  const baseTypes = b.sampleTypes.length;
  const locOffset = a.locationCount;
  return {
    header,
    sampleCount: next.sampleCount + base.sampleCount,
    forEachBlock(visit) {
      next.forEachBlock(visit);
      base.forEachBlock((blk) => visit(negated(blk, next.sampleCount, locOffset, typeMap, types, baseTypes)));
    },
  };
}

/** The sample types `profile` has of the merged ones, by name: what pprof's compatibility check asks. */
export function hasSampleType(h: ProfileHeader, type: string): boolean {
  return h.sampleTypes.some((t) => t.type === type);
}

function negated(blk: SampleBlock, sampleOffset: number, locOffset: number, typeMap: number[], types: number, baseTypes: number): SampleBlock {
  const { count, locationStart, locations } = blk;
  const s = locationStart[0],
    e = locationStart[count];
  const locs = new Uint32Array(e - s);
  for (let k = s; k < e; k++) locs[k - s] = locations[k] + locOffset;
  const start = new Uint32Array(count + 1);
  for (let i = 0; i <= count; i++) start[i] = locationStart[i] - s;
  const values = new Float64Array(count * types);
  for (let i = 0; i < count; i++) {
    for (let t = 0; t < types; t++) {
      const bt = typeMap[t];
      // pprof scales the base by -1; -0 would print as "-0"
      values[i * types + t] = bt < 0 ? 0 : 0 - blk.values[i * baseTypes + bt];
    }
  }
  return { first: blk.first + sampleOffset, count, locationStart: start, locations: locs, values, isBase: new Uint8Array(count).fill(1) };
}

function mergedHeader(a: ProfileHeader, b: ProfileHeader): ProfileHeader {
  const so = a.strings.length;
  const fo = a.functionCount;
  const mo = a.mappings.length;
  const lo = a.lineFunction.length;
  const concatI32 = (x: Int32Array, y: Int32Array, off: number, keepNegative = false): Int32Array => {
    const out = new Int32Array(x.length + y.length);
    out.set(x);
    for (let i = 0; i < y.length; i++) out[x.length + i] = keepNegative && y[i] < 0 ? y[i] : y[i] + off;
    return out;
  };
  const concatF64 = (x: Float64Array, y: Float64Array): Float64Array => {
    const out = new Float64Array(x.length + y.length);
    out.set(x);
    out.set(y, x.length);
    return out;
  };
  const concatU8 = (x: Uint8Array, y: Uint8Array): Uint8Array => {
    const out = new Uint8Array(x.length + y.length);
    out.set(x);
    out.set(y, x.length);
    return out;
  };
  const lineStart = new Uint32Array(a.locationCount + b.locationCount + 1);
  lineStart.set(a.locationLineStart.subarray(0, a.locationCount));
  for (let i = 0; i <= b.locationCount; i++) lineStart[a.locationCount + i] = b.locationLineStart[i] + lo;
  let keys: Map<number, string> | undefined;
  if (a.stringKeys || b.stringKeys) {
    keys = new Map(a.stringKeys);
    for (const [i, k] of b.stringKeys ?? []) keys.set(i + so, k);
  }
  const comments = [...new Set([...a.comments, ...b.comments])];
  const time = a.timeNanos === 0 || (b.timeNanos !== 0 && b.timeNanos < a.timeNanos) ? b.timeNanos : a.timeNanos;
  return {
    strings: [...a.strings, ...b.strings],
    sampleTypes: a.sampleTypes,
    locationCount: a.locationCount + b.locationCount,
    locationId: concatF64(a.locationId, b.locationId),
    locationMapping: concatI32(a.locationMapping, b.locationMapping, mo, true),
    locationAddress: concatF64(a.locationAddress, b.locationAddress),
    locationIsFolded: concatU8(a.locationIsFolded, b.locationIsFolded),
    locationLineStart: lineStart,
    lineFunction: concatI32(a.lineFunction, b.lineFunction, fo, true),
    lineNumber: concatF64(a.lineNumber, b.lineNumber),
    lineColumn: concatF64(a.lineColumn, b.lineColumn),
    functionCount: a.functionCount + b.functionCount,
    functionId: concatF64(a.functionId, b.functionId),
    functionName: concatI32(a.functionName, b.functionName, so),
    functionSystemName: concatI32(a.functionSystemName, b.functionSystemName, so),
    functionFilename: concatI32(a.functionFilename, b.functionFilename, so),
    functionStartLine: concatF64(a.functionStartLine, b.functionStartLine),
    mappings: [...a.mappings, ...b.mappings],
    dropFrames: a.dropFrames,
    keepFrames: a.keepFrames,
    timeNanos: time,
    durationNanos: a.durationNanos + b.durationNanos,
    periodType: a.periodType,
    period: Math.max(a.period, b.period),
    comments,
    defaultSampleType: a.defaultSampleType || b.defaultSampleType,
    docUrl: a.docUrl || b.docUrl,
    ...(keys ? { stringKeys: keys } : {}),
  };
}
