import { InputError } from '../shared/errors';

/** `heaplens top`: see shared/spec/cli.md. */
export async function runTop(_argv: string[]): Promise<number> {
  throw new InputError('top: not implemented yet');
}
