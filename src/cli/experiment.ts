import { readFileSync } from 'node:fs';
import { InputError, UsageError } from '../shared/errors';
import { intOption, parseArgs } from './args';
import { DEFAULT_GO_VERSION, findScenario, listScenarios, runExperiment as run } from '../engine';
import { GO_BUILDS, parseGoBuild } from '../shared/goVersion';
import { seedRangeNotes } from '../experiments/seedRanges';
import type { ExperimentResult } from '../shared/protocol/experimentView';

const USAGE = `usage: heaplens experiment list [--json]
       heaplens experiment run SCENARIO --type 'map[K]V' --n N [--hint H] [--go VERSION] [--json]
       heaplens experiment batch REQUESTS.json`;

/** `heaplens experiment`: see shared/spec/cli.md. */
export async function runExperiment(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'list':
      return list(rest);
    case 'run':
      return runOne(rest);
    case 'batch':
      return batch(rest);
    default:
      throw new UsageError(sub === undefined ? USAGE : `unknown experiment subcommand '${sub}' (try: list, run, batch)`);
  }
}

function list(argv: string[]): number {
  const args = parseArgs(argv, [], ['json']);
  if (args.positional.length > 0) throw new UsageError('usage: heaplens experiment list [--json]');
  const scenarios = listScenarios();
  if (args.flags.has('json')) {
    process.stdout.write(JSON.stringify({ scenarios, goVersions: GO_BUILDS }, null, 2) + '\n');
    return 0;
  }
  const w = Math.max(...scenarios.map((s) => s.id.length));
  for (const s of scenarios) process.stdout.write(`${s.id.padEnd(w)}  ${s.title}: ${s.description}\n`);
  process.stdout.write(`\nparameters: --type 'map[K]V' --n N [--hint H] [--go ${GO_BUILDS.join('|')}]\n`);
  return 0;
}

function runOne(argv: string[]): number {
  const args = parseArgs(argv, ['type', 'n', 'hint', 'go'], ['json']);
  if (args.positional.length !== 1) throw new UsageError("usage: heaplens experiment run SCENARIO --type 'map[K]V' --n N [--hint H] [--go VERSION] [--json]");
  const scenario = args.positional[0];
  if (!findScenario(scenario))
    throw new UsageError(
      `unknown scenario '${scenario}' (try: ${listScenarios()
        .map((s) => s.id)
        .join(', ')})`,
    );
  const type = args.options.get('type');
  if (type === undefined) throw new UsageError("experiment run needs --type 'map[K]V'");
  if (!args.options.has('n')) throw new UsageError('experiment run needs --n N');
  const n = intOption(args, 'n', 0);
  const hint = intOption(args, 'hint', -1);
  const goText = args.options.get('go') ?? DEFAULT_GO_VERSION;
  const go = parseGoBuild(goText);
  if (go === undefined || !GO_BUILDS.includes(go)) throw new UsageError(`--go must be one of ${GO_BUILDS.join(', ')}, not '${goText}'`);
  if (n < 0) throw new UsageError(`--n must be 0 or more, not ${n}`);
  if (hint < -1) throw new UsageError(`--hint must be -1 or more, not ${hint}`);
  const result = run({ scenario, type, n, hint, go });
  if (args.flags.has('json')) process.stdout.write(JSON.stringify(result) + '\n');
  else process.stdout.write(table(result));
  return 0;
}

function table(r: ExperimentResult): string {
  const head = `${r.scenario}  ${r.type}  n=${r.n} hint=${r.hint}  Go ${r.go} (${r.impl})\n\n`;
  const rows = [['step', 'live_bytes', 'alloc_bytes', 'alloc_objects', 'garbage_bytes']];
  for (const s of r.steps) rows.push([s.step, String(s.live_bytes), String(s.alloc_bytes), String(s.alloc_objects), String(s.garbage_bytes ?? '')]);
  const w = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const body = rows.map((row) => row.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ')).join('\n');
  const notes = [...seedRangeNotes(r), ...(r.explanation ?? [])].map((p) => `- ${p}`).join('\n');
  return `${head}${body}\n${notes ? '\n' + notes + '\n' : ''}`;
}

function batch(argv: string[]): number {
  const args = parseArgs(argv, [], []);
  if (args.positional.length !== 1) throw new UsageError('usage: heaplens experiment batch REQUESTS.json');
  const file = args.positional[0];
  let reqs: unknown;
  try {
    reqs = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const why =
      (err as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'no such file'
        : err instanceof SyntaxError
          ? `not valid JSON (${err.message})`
          : String((err as Error).message);
    throw new InputError(`${file}: ${why}`);
  }
  if (!Array.isArray(reqs)) throw new InputError(`${file}: expected a JSON array of { scenario, type, n, hint, go }`);
  const out: ExperimentResult[] = reqs.map((q: unknown, i) => {
    if (typeof q !== 'object' || q === null) throw new InputError(`${file}: request ${i} is not an object`);
    const o = q as Record<string, unknown>;
    if (typeof o.scenario !== 'string' || typeof o.type !== 'string' || typeof o.n !== 'number') {
      throw new InputError(`${file}: request ${i} needs scenario and type (strings) and n (a number)`);
    }
    const go = o.go === undefined ? DEFAULT_GO_VERSION : String(o.go);
    const hint = o.hint === undefined ? -1 : Number(o.hint);
    try {
      return run({ scenario: o.scenario, type: o.type, n: o.n, hint, go });
    } catch (err) {
      if (err instanceof InputError) throw new InputError(`${file}: request ${i}: ${err.message}`);
      throw err;
    }
  });
  process.stdout.write(JSON.stringify(out) + '\n');
  return 0;
}
