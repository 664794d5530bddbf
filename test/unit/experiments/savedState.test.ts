// The experiment view's saved state: this build's restores; anything else (no version, another
// version, not an object, fields of the wrong kind) is dropped and the form starts from the host's values.
import { strict as assert } from 'assert';
import { draftProblems, startDraft } from '../../../src/experiments/form';
import type { PanelSetup } from '../../../src/shared/protocol/experimentView';
import { restoreState, SAVED_STATE_VERSION } from '../../../media/experiments/savedState';

const setup: PanelSetup = {
  scenarios: [{ id: 'fill-clear-refill', title: 'Fill, clear, refill', description: '' }],
  goVersions: ['1.22', '1.26'],
  compare: false,
  defaultGo: '1.26',
  form: { params: { scenario: 'fill-clear-refill', type: 'map[int]int', n: 100000, hint: -1, go: '1.26' } },
  realGo: { enabled: false, note: '', scenarios: [] },
};
const draft = { scenario: 'fill-clear-refill', type: 'map[string]int', n: '5000', hint: '64', go: '1.22', compareGo: '' };

describe('experiments: saved view state', () => {
  it("restores this build's state as saved", () => {
    const saved = { version: SAVED_STATE_VERSION, draft, scrollY: 420 };
    assert.deepEqual(restoreState(JSON.parse(JSON.stringify(saved))), saved);
    assert.deepEqual(startDraft(setup, restoreState(saved)?.draft), draft);
  });

  it("drops state without this build's version", () => {
    for (const raw of [
      undefined,
      null,
      'x',
      7,
      [],
      [draft],
      { draft, scrollY: 3 },
      { version: 0, draft },
      { version: SAVED_STATE_VERSION + 1, draft },
      { version: String(SAVED_STATE_VERSION), draft },
    ]) {
      assert.equal(restoreState(raw), undefined, JSON.stringify(raw));
    }
  });

  it("keeps the version's good fields and drops bad ones", () => {
    assert.deepEqual(restoreState({ version: SAVED_STATE_VERSION, draft: { ...draft, n: 5000 }, scrollY: 10 }), { version: SAVED_STATE_VERSION, scrollY: 10 });
    assert.deepEqual(restoreState({ version: SAVED_STATE_VERSION, draft: { scenario: 'fill-clear-refill' } }), { version: SAVED_STATE_VERSION, scrollY: 0 });
    for (const scrollY of [NaN, -5, '10', Infinity, null]) assert.equal(restoreState({ version: SAVED_STATE_VERSION, scrollY })?.scrollY, 0);
    assert.deepEqual(restoreState({ version: SAVED_STATE_VERSION, draft, scrollY: 1, extra: { deep: true } }), {
      version: SAVED_STATE_VERSION,
      draft,
      scrollY: 1,
    });
  });

  it('whatever was saved, the form starts with values it can run', () => {
    for (const raw of [
      undefined,
      { version: 99, draft: { go: '1.99' } },
      { version: SAVED_STATE_VERSION, draft: { ...draft, scenario: 'gone', go: '1.30' } },
    ]) {
      assert.deepEqual(draftProblems(startDraft(setup, restoreState(raw)?.draft), setup), {}, JSON.stringify(raw));
    }
  });
});
