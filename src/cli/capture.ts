import * as path from 'node:path';
import { InputError, UsageError } from '../shared/errors';
import { CaptureError, DEFAULT_TIMEOUT_MS, defaultFileName, fetchProfile, resolveCaptureUrl, writeCapture, type Fetched } from '../capture';
import { buildFrameTable, defaultSampleIndex, openProfile, topTable } from '../profile';
import { intOption, parseArgs } from './args';

const USAGE = 'usage: heaplens capture URL [--seconds N] [--out FILE] [--timeout SECONDS] [--json]';

/** `heaplens capture`: see shared/spec/cli.md. */
export async function runCapture(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['seconds', 'out', 'timeout'], ['json']);
  if (args.positional.length !== 1) throw new UsageError(USAGE);
  const seconds = args.options.has('seconds') ? intOption(args, 'seconds', 0) : undefined;
  if (seconds !== undefined && seconds < 1) throw new UsageError(`--seconds must be at least 1, not '${seconds}'`);
  const url = resolveCaptureUrl(args.positional[0], seconds);
  const timeout = args.options.has('timeout') ? intOption(args, 'timeout', 0) : undefined;
  if (timeout !== undefined && timeout < 1) throw new UsageError(`--timeout must be at least 1 second, not '${timeout}'`);
  const timeoutMs = timeout !== undefined ? timeout * 1000 : DEFAULT_TIMEOUT_MS + (seconds ?? 0) * 1000;

  const fetched = await fetchProfile(url, { timeoutMs });
  // Checked before anything is written: a body that only looks like a profile saves nothing.
  const facts = profileFacts(fetched);
  const file = args.options.get('out') ?? defaultFileName(url, new Date());
  try {
    await writeCapture(file, fetched.bytes);
  } catch (err) {
    throw new InputError(`${file}: could not save the capture (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }

  if (args.flags.has('json')) {
    const doc = { url: fetched.url, file, bytes: fetched.bytes.length, sampleTypes: facts.sampleTypes, total: facts.total };
    process.stdout.write(JSON.stringify(doc) + '\n');
  } else {
    const what = facts.sampleTypes ? facts.sampleTypes.join(', ') : 'text profile';
    process.stdout.write(`saved ${path.normalize(file)} (${fetched.bytes.length} bytes, ${what}) from ${fetched.url}\n`);
  }
  return 0;
}

/** The profile's sample types and the total `heaplens top` shows, or nulls for a text profile this build cannot read. */
function profileFacts(f: Fetched): { sampleTypes: string[] | null; total: number | null } {
  try {
    const scan = openProfile(f.bytes);
    const sampleTypes = scan.header.sampleTypes.map((t) => t.type);
    if (sampleTypes.length === 0) return { sampleTypes, total: 0 };
    const frames = buildFrameTable(scan.header, 'functions');
    const total = topTable(scan, defaultSampleIndex(scan.header), frames, { nodeCount: 1 }).total;
    return { sampleTypes, total };
  } catch (err) {
    if (f.format === 'text') return { sampleTypes: null, total: null };
    const why = err instanceof InputError ? err.message : String(err);
    throw new CaptureError(f.url, 'not-profile', `the server sent ${f.format === 'gzip' ? 'gzip data' : 'data'} that is not a pprof profile (${why})`);
  }
}
