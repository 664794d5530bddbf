// A short run of the mutation fuzzer (the full one is `npm run fuzz`): bad bytes must end in a
// clean InputError or a valid model, never another exception.
import { strict as assert } from 'assert';
import * as path from 'path';
import { fuzzCorpus, runFuzz } from '../../../scripts/fuzz-profile';

describe('profile decoder under mutation', () => {
  it('300 mutated fixtures: only clean errors or valid models', () => {
    const corpus = fuzzCorpus(path.resolve(__dirname, '../../..'));
    assert.ok(corpus.length >= 8, 'fixtures missing');
    const s = runFuzz(corpus, 300, 7);
    assert.deepEqual(s.failures, []);
    assert.equal(s.valid + s.inputErrors, 300);
    assert.ok(s.inputErrors > 0 && s.valid > 0, 'mutations should yield both errors and valid models');
  });
});
