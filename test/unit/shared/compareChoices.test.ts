// The "Compare With…" picker's entries: open tabs, then recent profiles, each once, never the profile itself.
import { strict as assert } from 'assert';
import { compareChoices, RECENT_LIMIT, withRecent } from '../../../src/shared/compareChoices';

describe('Compare With… choices', () => {
  it('other open tabs first, then recent profiles, each once, without the profile itself, then Browse', () => {
    assert.deepEqual(
      compareChoices('file:///a.pb.gz', ['file:///a.pb.gz', 'file:///b.pb.gz'], ['file:///b.pb.gz', 'file:///c.pb.gz', 'file:///a.pb.gz'], undefined),
      [{ kind: 'profile', uri: 'file:///b.pb.gz', open: true }, { kind: 'profile', uri: 'file:///c.pb.gz', open: false }, { kind: 'browse' }],
    );
  });
  it('Stop Comparing comes first while the profile is compared', () => {
    assert.deepEqual(compareChoices('file:///a', [], [], 'file:///b')[0], { kind: 'stop', base: 'file:///b' });
  });
  it('the recent list keeps the newest first, once, at most RECENT_LIMIT', () => {
    let recent: string[] = [];
    for (let i = 0; i < RECENT_LIMIT + 3; i++) recent = withRecent(recent, `file:///${i}`);
    recent = withRecent(recent, 'file:///5');
    assert.equal(recent.length, RECENT_LIMIT);
    assert.equal(recent[0], 'file:///5');
    assert.equal(recent.filter((u) => u === 'file:///5').length, 1);
  });
});
