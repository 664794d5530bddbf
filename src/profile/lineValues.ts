// Values per source line, for the editor's annotations and the clear( lens: for each (file, line)
// with a line number, the value of the samples whose stacks pass through it (pprof -lines cum).
import type { LineValues } from '../shared/protocol/profileView';
import type { Profile } from './model';

/** Samples between two yields of lineValuesSteps: 1-3 ms on a 59 MB profile (2^15 took 20-70 ms, which a query waited for). */
const STEP = 1 << 12;

/**
 * The unfiltered cum of every (file, line) of the profile for one sample type, in steps (a yield
 * every STEP samples) for the decode worker's slices: on a large profile the pass takes half a
 * second, which the viewer's queries (a sample-type switch) need not wait for.
 */
export function* lineValuesSteps(p: Profile, sampleIndex: number, total: number): Generator<void, LineValues, void> {
  // One id per distinct (file, line), assigned per line once; samples then only touch ints.
  const ids = new Map<string, number>();
  const lineFile: number[] = [],
    lineNo: number[] = [];
  const lineId = new Int32Array(p.lineFunction.length).fill(-1);
  for (let j = 0; j < lineId.length; j++) {
    const line = p.lineNumber[j];
    if (line <= 0) continue;
    const fn = p.lineFunction[j];
    const file = fn >= 0 ? p.functionFilename[fn] : 0;
    const key = file + ':' + line;
    let id = ids.get(key);
    if (id === undefined) {
      id = lineFile.length;
      ids.set(key, id);
      lineFile.push(file);
      lineNo.push(line);
    }
    lineId[j] = id;
  }
  const sum = new Float64Array(lineFile.length);
  const seen = new Int32Array(lineFile.length).fill(-1);
  const types = p.sampleTypes.length;
  const { sampleLocationStart: start, sampleLocations: locs, locationLineStart: lineStart } = p;
  for (let s = 0; s < p.sampleCount; s++) {
    if ((s & (STEP - 1)) === STEP - 1) yield;
    const v = p.sampleValues[s * types + sampleIndex];
    if (v === 0) continue;
    for (let k = start[s]; k < start[s + 1]; k++) {
      const loc = locs[k];
      for (let j = lineStart[loc]; j < lineStart[loc + 1]; j++) {
        const id = lineId[j];
        if (id < 0 || seen[id] === s) continue;
        seen[id] = s;
        sum[id] += v;
      }
    }
  }
  const perFile = new Map<number, number>();
  const out: LineValues = { sampleType: { ...p.sampleTypes[sampleIndex] }, total, files: [], lines: [], values: [] };
  for (let id = 0; id < lineFile.length; id++) {
    if (sum[id] === 0) continue;
    let f = perFile.get(lineFile[id]);
    if (f === undefined) {
      f = out.files.length;
      perFile.set(lineFile[id], f);
      out.files.push(p.strings[lineFile[id]]);
      out.lines.push([]);
      out.values.push([]);
    }
    out.lines[f].push(lineNo[id]);
    out.values[f].push(sum[id]);
  }
  return out;
}
