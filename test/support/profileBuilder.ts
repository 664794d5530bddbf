// The one builder of valid test profiles (pprof-format writes them): hostile names, a large
// profile, "profiles from others". Deliberately broken bytes come from test/unit/profile/pb.ts.
import { Profile, StringTable } from 'pprof-format';
import * as zlib from 'zlib';

/** A function and its one location (function i has id i + 1, and so does its location). */
export interface BuiltFunction {
  name: string;
  file: string;
  startLine?: number;
  /** The location's line (default: startLine, else 0). */
  line?: number;
  address?: number;
}

export interface ProfileSpec {
  sampleTypes: [type: string, unit: string][];
  periodType?: [type: string, unit: string];
  period?: number;
  functions: BuiltFunction[];
  /** Stacks as function ids (1-based, leaf first) and one value per sample type. */
  samples: { stack: number[]; value: number[] }[];
}

/** The gzip-compressed protobuf of the profile the spec describes. */
export function buildProfile(spec: ProfileSpec, gzipLevel = zlib.constants.Z_DEFAULT_COMPRESSION): Buffer {
  const st = new StringTable();
  const functions = spec.functions.map((f, i) => ({
    id: i + 1,
    name: st.dedup(f.name),
    systemName: st.dedup(f.name),
    filename: st.dedup(f.file),
    startLine: f.startLine ?? 0,
  }));
  const locations = spec.functions.map((f, i) => ({
    id: i + 1,
    ...(f.address !== undefined ? { address: f.address } : {}),
    line: [{ functionId: i + 1, line: f.line ?? f.startLine ?? 0 }],
  }));
  const [pt, pu] = spec.periodType ?? ['space', 'bytes'];
  const p = new Profile({
    sampleType: spec.sampleTypes.map(([t, u]) => ({ type: st.dedup(t), unit: st.dedup(u) })),
    periodType: { type: st.dedup(pt), unit: st.dedup(pu) },
    period: spec.period ?? 524288,
    function: functions,
    location: locations,
    sample: spec.samples.map((s) => ({ locationId: s.stack, value: s.value })),
    stringTable: st,
  });
  return zlib.gzipSync(p.encode(), { level: gzipLevel });
}

/** Go's four heap sample types, in the runtime's order. */
export const heapSampleTypes: [string, string][] = [
  ['alloc_objects', 'count'],
  ['alloc_space', 'bytes'],
  ['inuse_objects', 'count'],
  ['inuse_space', 'bytes'],
];
