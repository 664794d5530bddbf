import { InputError } from '../shared/errors';

/** `heaplens experiment`: see shared/spec/cli.md. */
export async function runExperiment(_argv: string[]): Promise<number> {
  throw new InputError('experiment: not implemented yet');
}
