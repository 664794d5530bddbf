// A decoded profile's sample columns as a SampleSource: one block, the columns themselves. What the
// viewer's queries walk again and again, where `heaplens top` walks a scan of the bytes once.
// And back: any source (a pruned one, a diff) stored as a profile's columns, for the viewer.
import type { Profile, ProfileHeader, SampleSource } from './model';

/** The samples of a decoded profile. */
export function modelSamples(p: Profile): SampleSource {
  return {
    header: p,
    sampleCount: p.sampleCount,
    forEachBlock(visit) {
      visit({
        first: 0,
        count: p.sampleCount,
        locationStart: p.sampleLocationStart,
        locations: p.sampleLocations,
        values: p.sampleValues,
        isBase: p.sampleIsBase,
      });
    },
  };
}

const NO_LABELS = { labelKey: new Int32Array(0), labelStr: new Int32Array(0), labelNum: new Float64Array(0), labelNumUnit: new Int32Array(0) };

/** A source's samples stored as a profile's columns (without labels, which no view reads). */
export function storeSamples(src: SampleSource): Profile {
  const n = src.sampleCount;
  const types = src.header.sampleTypes.length;
  const sampleLocationStart = new Uint32Array(n + 1);
  const sampleValues = new Float64Array(n * types);
  const parts: (Uint32Array | Uint16Array)[] = [];
  let isBase: Uint8Array | undefined;
  let total = 0;
  src.forEachBlock((b) => {
    const s = b.locationStart[0];
    for (let i = 0; i < b.count; i++) sampleLocationStart[b.first + i] = total + b.locationStart[i] - s;
    const len = b.locationStart[b.count] - s;
    parts.push(b.locations.slice(s, s + len));
    total += len;
    sampleValues.set(b.values.subarray(0, b.count * types), b.first * types);
    if (b.isBase && b.isBase.subarray(0, b.count).includes(1)) {
      isBase ??= new Uint8Array(n);
      isBase.set(b.isBase.subarray(0, b.count), b.first);
    }
  });
  sampleLocationStart[n] = total;
  const sampleLocations = src.header.locationCount <= 65536 ? new Uint16Array(total) : new Uint32Array(total);
  let at = 0;
  for (const p of parts) {
    sampleLocations.set(p, at);
    at += p.length;
  }
  return {
    ...headerFields(src.header),
    sampleCount: n,
    sampleLocationStart,
    sampleLocations,
    sampleValues,
    sampleIsBase: isBase,
    sampleLabelStart: new Uint32Array(n + 1),
    ...NO_LABELS,
  };
}

/**
 * A header's own fields: a plain copy, for building another header from it (spreading a decoded
 * Profile itself would run its lazy label getters).
 */
export function headerFields(h: ProfileHeader): ProfileHeader {
  return {
    strings: h.strings,
    sampleTypes: h.sampleTypes,
    locationCount: h.locationCount,
    locationId: h.locationId,
    locationMapping: h.locationMapping,
    locationAddress: h.locationAddress,
    locationIsFolded: h.locationIsFolded,
    locationLineStart: h.locationLineStart,
    lineFunction: h.lineFunction,
    lineNumber: h.lineNumber,
    lineColumn: h.lineColumn,
    functionCount: h.functionCount,
    functionId: h.functionId,
    functionName: h.functionName,
    functionSystemName: h.functionSystemName,
    functionFilename: h.functionFilename,
    functionStartLine: h.functionStartLine,
    mappings: h.mappings,
    dropFrames: h.dropFrames,
    keepFrames: h.keepFrames,
    timeNanos: h.timeNanos,
    durationNanos: h.durationNanos,
    periodType: h.periodType,
    period: h.period,
    comments: h.comments,
    defaultSampleType: h.defaultSampleType,
    docUrl: h.docUrl,
    ...(h.stringKeys ? { stringKeys: h.stringKeys } : {}),
    ...(h.memStats ? { memStats: h.memStats } : {}),
  };
}
