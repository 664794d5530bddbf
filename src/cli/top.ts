import { InputError, UsageError } from '../shared/errors';
import { parseArgs, intOption } from './args';
import { readProfileBytes, withFile } from './profileFile';
import { buildFrameTable, defaultSampleIndex, diffAgainst, formatTopText, hasSampleType, openProfile, openStreamed, pruneFrames, topTable } from '../profile';
import type { Granularity, ProfileHeader, SampleSource, StreamedSums } from '../profile';

/** `heaplens top`: see shared/spec/cli.md. */
export async function runTop(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['sample', 'granularity', 'nodecount', 'diff-base'], ['json']);
  if (args.positional.length !== 1) {
    throw new UsageError('usage: heaplens top FILE [--sample TYPE] [--granularity functions|lines] [--nodecount N] [--diff-base BASE] [--json]');
  }
  const file = args.positional[0];
  const granularity = args.options.get('granularity') ?? 'functions';
  if (granularity !== 'functions' && granularity !== 'lines') {
    throw new UsageError(`--granularity must be functions or lines, not '${granularity}'`);
  }
  const nodeCount = intOption(args, 'nodecount', 0);

  // The viewer's top table, with the samples aggregated as they are read, never stored: a
  // fraction of the memory (and of the time, which page faults dominate) of the full model.
  const baseFile = args.options.get('diff-base');
  // alone, the samples are added up while the file inflates (a diff merges two profiles first)
  const { source: own, streamed } =
    baseFile === undefined
      ? await readStreamed(file, granularity as Granularity, args.options.get('sample'))
      : { source: readProfile(file), streamed: undefined };
  if (own.header.sampleTypes.length === 0) throw new InputError(`${file}: the profile has no sample types`);
  const sampleIndex = pickSample(own.header, args.options.get('sample'), file);
  const merged = baseFile === undefined ? own : againstBase(own, file, baseFile, sampleIndex);
  // pprof prunes with drop_frames/keep_frames once the profiles are merged
  const scan = withFile(file, () => pruneFrames(merged));
  const profile = scan.header;
  // the streamed sums only come for a profile without drop_frames, which pruneFrames leaves as it is
  const sums = streamed && scan === own && streamed.sampleIndex === sampleIndex ? streamed : undefined;
  const frames = sums ? sums.frames : buildFrameTable(profile, granularity as Granularity);
  // pprof's -nodecount: 0 or less shows every row
  const top = withFile(file, () => topTable(scan, sampleIndex, frames, { nodeCount, streamed: sums }));
  const sampleType = profile.sampleTypes[sampleIndex];

  const memStats = baseFile === undefined ? own.header.memStats : undefined;
  if (args.flags.has('json')) {
    const doc = {
      file,
      sampleType: sampleType.type,
      unit: sampleType.unit,
      sampleTypes: profile.sampleTypes.map((t) => t.type),
      total: top.total,
      ...(memStats ? { memStats: MEMSTATS_SLOT } : {}),
      rows: top.names.map((name, i) => ({
        name,
        ...(top.files[i] !== '' ? { file: top.files[i] } : {}),
        ...(granularity === 'lines' && top.lines[i] !== 0 ? { line: top.lines[i] } : {}),
        inline: top.inline[i],
        ...(top.partialInline[i] ? { partialInline: true } : {}),
        flat: top.flat[i],
        cum: top.cum[i],
      })),
    };
    let json = JSON.stringify(doc);
    // the MemStats values go in as written: JSON numbers of any size, which JSON.stringify cannot make
    if (memStats) json = json.replace(JSON.stringify(MEMSTATS_SLOT), memStatsJson(memStats));
    process.stdout.write(json + '\n');
  } else {
    process.stdout.write(formatTopText(profile, sampleIndex, frames, top));
  }
  return 0;
}

const MEMSTATS_SLOT = '\u0000memStats\u0000';

/** `{"HeapAlloc":1174272,…}` from the field → JSON number text map. */
function memStatsJson(m: Readonly<Record<string, string>>): string {
  return (
    '{' +
    Object.entries(m)
      .map(([k, v]) => `${JSON.stringify(k)}:${v}`)
      .join(',') +
    '}'
  );
}

/** FILE against BASE, as pprof's -diff_base merges them; the shown sample type must be in both. */
function againstBase(own: SampleSource, file: string, baseFile: string, sampleIndex: number): SampleSource {
  const base = readProfile(baseFile);
  const type = own.header.sampleTypes[sampleIndex].type;
  if (!hasSampleType(base.header, type)) {
    const list = (s: SampleSource) => s.header.sampleTypes.map((t) => t.type).join(', ') || 'none';
    throw new InputError(`${file} and ${baseFile} have different sample types (${file}: ${list(own)}; ${baseFile}: ${list(base)}): no ${type} in ${baseFile}`);
  }
  try {
    return diffAgainst(own, base);
  } catch (err) {
    if (err instanceof InputError) throw new InputError(`${file} and ${baseFile}: ${err.message}`);
    throw err;
  }
}

function readProfile(file: string): SampleSource {
  const data = readProfileBytes(file);
  return withFile(file, () => openProfile(data));
}

function readStreamed(file: string, granularity: Granularity, sampleName: string | undefined): Promise<{ source: SampleSource; streamed?: StreamedSums }> {
  const data = readProfileBytes(file);
  return withFile(file, () => openStreamed(data, granularity, sampleName));
}

function pickSample(profile: ProfileHeader, name: string | undefined, file: string): number {
  if (name === undefined) return defaultSampleIndex(profile);
  const i = profile.sampleTypes.findIndex((t) => t.type === name);
  if (i < 0) {
    throw new UsageError(`${file} has no sample type '${name}' (it has: ${profile.sampleTypes.map((t) => t.type).join(', ')})`);
  }
  return i;
}
