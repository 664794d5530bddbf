// Adapts the profile core's columnar model to the viewer's StackSource (one frame per line,
// inlined lines as frames of their own). No copying of per-sample data beyond the value columns.
import type { Profile } from './model';
import { defaultSampleIndex, sampleTotal } from './aggregate';
import type { StackSource } from './stacks';

/** The viewer's stacks for a decoded profile. */
export function stackSourceFromModel(p: Profile): StackSource {
  const strings = p.strings.slice();
  const unknown = strings.length;
  strings.push('??');
  const nLines = p.lineFunction.length;
  const frameName = new Int32Array(nLines), frameFile = new Int32Array(nLines), frameLine = new Int32Array(nLines);
  const frameInline = new Uint8Array(nLines);
  for (let j = 0; j < nLines; j++) {
    const fn = p.lineFunction[j];
    frameName[j] = fn >= 0 ? p.functionName[fn] : unknown;
    frameFile[j] = fn >= 0 ? p.functionFilename[fn] : 0;
    frameLine[j] = p.lineNumber[j];
  }
  const locFrameStart = new Int32Array(p.locationCount + 1);
  const locMappingFile = new Int32Array(p.locationCount);
  const mapFile = p.mappings.map((m) => {
    strings.push(m.file);
    return strings.length - 1;
  });
  // Locations without lines (unsymbolized) get a frame named by address, as pprof shows them.
  const extraName: number[] = [], extraAt: number[] = [];
  let next = 0;
  const starts: number[] = [];
  for (let l = 0; l < p.locationCount; l++) {
    const a = p.locationLineStart[l], b = p.locationLineStart[l + 1];
    locMappingFile[l] = p.locationMapping[l] >= 0 ? mapFile[p.locationMapping[l]] : -1;
    if (a === b) {
      strings.push('0x' + p.locationAddress[l].toString(16));
      extraName.push(strings.length - 1);
      extraAt.push(l);
    }
    for (let j = a; j < b - 1; j++) frameInline[j] = 1;
    starts.push(next);
    next += Math.max(1, b - a);
  }
  locFrameStart.set(starts);
  locFrameStart[p.locationCount] = next;
  let fName = frameName, fFile = frameFile, fLine = frameLine, fInline = frameInline;
  if (next !== nLines) {
    // Rare: rebuild the frame columns with the address frames in place.
    fName = new Int32Array(next); fFile = new Int32Array(next); fLine = new Int32Array(next); fInline = new Uint8Array(next);
    let e = 0;
    for (let l = 0; l < p.locationCount; l++) {
      const a = p.locationLineStart[l], b = p.locationLineStart[l + 1], at = locFrameStart[l];
      if (a === b) {
        fName[at] = extraName[e++];
        continue;
      }
      fName.set(frameName.subarray(a, b), at); fFile.set(frameFile.subarray(a, b), at);
      fLine.set(frameLine.subarray(a, b), at); fInline.set(frameInline.subarray(a, b), at);
    }
  }
  const T = p.sampleTypes.length;
  const values = p.sampleTypes.map((_, t) => {
    const col = new Float64Array(p.sampleCount);
    for (let s = 0; s < p.sampleCount; s++) col[s] = p.sampleValues[s * T + t];
    return col;
  });
  const kind = p.sampleTypes.some((t) => /^(alloc|inuse)_space$/.test(t.type)) ? 'heap' : p.periodType?.type || p.sampleTypes[0]?.type || 'profile';
  return {
    sampleTypes: p.sampleTypes.map((t) => ({ type: t.type, unit: t.unit })),
    defaultSampleIndex: defaultSampleIndex(p),
    kind,
    strings,
    frameName: fName,
    frameFile: fFile,
    frameLine: fLine,
    frameInline: fInline,
    locFrameStart,
    locMappingFile,
    // A native typed-array copy (the model may use narrower element types).
    sampleLocStart: new Int32Array(p.sampleLocationStart),
    sampleLocs: new Int32Array(p.sampleLocations),
    values,
    percentBase: p.sampleTypes.map((_, t) => sampleTotal(p, t)),
  };
}
