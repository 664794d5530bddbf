import { UsageError, oneLine } from '../shared/errors';
import { runTop } from './top';

/** A subcommand: gets the words after its name, returns the exit code. */
type Command = (argv: string[]) => Promise<number>;

// `top` is loaded up front; the others (the Go map engine, tree-sitter) only when asked for,
// so `heaplens top` does not start by evaluating them.
const commands: Record<string, Command> = {
  top: runTop,
  experiment: async (argv) => (await import('./experiment')).runExperiment(argv),
  lens: async (argv) => (await import('./lens')).runLens(argv),
  maps: async (argv) => (await import('./maps')).runMaps(argv),
  capture: async (argv) => (await import('./capture')).runCapture(argv),
};

const usage = `usage: heaplens <command> [arguments]

commands:
  top FILE [--sample TYPE] [--granularity functions|lines] [--nodecount N] [--diff-base BASE] [--json]
  experiment list [--json]
  experiment run SCENARIO --type 'map[K]V' --n N [--hint H] [--go VERSION] [--json]
  experiment batch REQUESTS.json
  lens FILE.go [--json]
  maps PROFILE [--sample TYPE] [--source DIR] [--go VERSION] [--json]
  capture URL [--seconds N] [--out FILE] [--timeout SECONDS] [--json]`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage + '\n');
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) throw new UsageError(`unknown command '${name}' (try: ${Object.keys(commands).join(', ')})`);
  return command(rest);
}

// A reader that stops early (`heaplens top f | head`) is not an error: end quietly, no stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`heaplens: ${oneLine(err)}\n`);
    if (process.env.HEAPLENS_DEBUG === '1' && err instanceof Error && err.stack) {
      process.stderr.write(err.stack + '\n');
    }
    process.exitCode = err instanceof UsageError ? 2 : 1;
  },
);
