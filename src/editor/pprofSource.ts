// Turns pprof bytes (gzip or not) into the viewer's StackSource, in the decode worker.
// Uses pprof-format for the protobuf; validation errors are one line for the user.
import { gunzipSync } from 'zlib';
import { Profile } from 'pprof-format';
import { buildStackSource, type StackSource } from '../profile/stacks';

/** Decodes a profile file's bytes; throws an Error with a one-line reason when it is not one. */
export function stackSourceFromBytes(bytes: Uint8Array): StackSource {
  let raw = bytes;
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      raw = gunzipSync(bytes);
    } catch {
      throw new Error('not a pprof profile: the gzip data is corrupt');
    }
  }
  let p: Profile;
  try {
    p = Profile.decode(raw);
  } catch {
    throw new Error('not a pprof profile: the data is not a protocol buffer');
  }
  const str = p.stringTable.strings;
  const s = (i: number | bigint): string => str[Number(i)] ?? '';
  if (p.sampleType.length === 0 || (str.length > 0 && str[0] !== '')) {
    throw new Error('not a pprof profile: no sample types');
  }
  const sampleTypes = p.sampleType.map((t) => ({ type: s(t.type), unit: s(t.unit) }));
  const fnById = new Map<string, { name: string; file: string }>();
  for (const f of p.function) fnById.set(String(f.id), { name: s(f.name), file: s(f.filename) });
  const mapFile = new Map<string, string>();
  for (const m of p.mapping) mapFile.set(String(m.id), s(m.filename));
  const locIndex = new Map<string, number>();
  const locations = p.location.map((l, i) => {
    locIndex.set(String(l.id), i);
    const lines = l.line.map((ln) => {
      const fn = fnById.get(String(ln.functionId));
      return { name: fn?.name ?? '??', file: fn?.file ?? '', line: Number(ln.line) };
    });
    // Unsymbolized locations show their address, as pprof does.
    if (lines.length === 0) lines.push({ name: '0x' + BigInt(l.address).toString(16), file: '', line: 0 });
    return { lines, mappingFile: mapFile.get(String(l.mappingId)) };
  });
  const samples = p.sample.map((smp) => ({
    locs: smp.locationId.map((id) => {
      const i = locIndex.get(String(id));
      if (i === undefined) throw new Error(`not a valid pprof profile: a sample refers to missing location ${id}`);
      return i;
    }),
    values: sampleTypes.map((_, t) => Number(smp.value[t] ?? 0)),
  }));
  const defaultName = s(p.defaultSampleType);
  let defaultSampleIndex = sampleTypes.findIndex((t) => t.type === 'alloc_space');
  if (defaultSampleIndex < 0 && defaultName) defaultSampleIndex = sampleTypes.findIndex((t) => t.type === defaultName);
  if (defaultSampleIndex < 0) defaultSampleIndex = sampleTypes.length - 1;
  const pt = p.periodType ? s(p.periodType.type) : '';
  const kind = sampleTypes.some((t) => t.type === 'alloc_space' || t.type === 'inuse_space') ? 'heap' : pt || sampleTypes[0].type;
  return buildStackSource({ sampleTypes, defaultSampleIndex, kind, locations, samples });
}
