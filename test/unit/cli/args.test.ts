import { strict as assert } from 'assert';
import { parseArgs, intOption } from '../../../src/cli/args';
import { UsageError } from '../../../src/shared/errors';

describe('cli args', () => {
  it('splits positionals, valued options and flags', () => {
    const a = parseArgs(['f.pb.gz', '--sample', 'inuse_space', '--json', '--nodecount=5'], ['sample', 'nodecount'], ['json']);
    assert.deepEqual(a.positional, ['f.pb.gz']);
    assert.equal(a.options.get('sample'), 'inuse_space');
    assert.equal(intOption(a, 'nodecount', 0), 5);
    assert.ok(a.flags.has('json'));
  });
  it('rejects unknown options and missing values as usage errors', () => {
    assert.throws(() => parseArgs(['--bogus'], [], []), UsageError);
    assert.throws(() => parseArgs(['--sample'], ['sample'], []), UsageError);
    assert.throws(() => intOption(parseArgs(['--n', 'x'], ['n'], []), 'n', 0), UsageError);
  });
});
