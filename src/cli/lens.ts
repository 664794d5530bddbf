import { InputError } from '../shared/errors';

/** `heaplens lens`: see shared/spec/cli.md. */
export async function runLens(_argv: string[]): Promise<number> {
  throw new InputError('lens: not implemented yet');
}
