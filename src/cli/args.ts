import { UsageError } from '../shared/errors';

/** Parsed command-line words: positionals in order, `--name value` options and `--flag`s. */
export interface Args {
  positional: string[];
  options: Map<string, string>;
  flags: Set<string>;
}

/**
 * Splits argv by a declared set of options that take a value and flags that don't;
 * anything else starting with `--` is a usage error.
 */
export function parseArgs(argv: string[], valued: string[], flags: string[]): Args {
  const out: Args = { positional: [], options: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (!word.startsWith('--') || word === '--') {
      out.positional.push(word);
      continue;
    }
    const eq = word.indexOf('=');
    const name = eq >= 0 ? word.slice(2, eq) : word.slice(2);
    if (valued.includes(name)) {
      const value = eq >= 0 ? word.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      out.options.set(name, value);
    } else if (flags.includes(name) && eq < 0) {
      out.flags.add(name);
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return out;
}

/** An option as an integer, or the default; a non-integer is a usage error. */
export function intOption(args: Args, name: string, fallback: number): number {
  const raw = args.options.get(name);
  if (raw === undefined) return fallback;
  if (!/^-?\d+$/.test(raw)) throw new UsageError(`--${name} must be an integer, not '${raw}'`);
  return Number(raw);
}
