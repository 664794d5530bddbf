// The webview's saved state across versions: v1 restored, the unversioned state of before
// migrated, anything unknown or damaged dropped (field by field), never a throw.
import * as assert from 'assert';
import { freshState, restoreState, STATE_VERSION } from '../../../media/viewer/savedState';

const settings = { sampleIndex: 2, granularity: 'lines' as const, filters: { focus: 'main\\.', ignore: '', hide: 'runtime' } };

describe('viewer: saved webview state', () => {
  it('restores a version 1 state as saved', () => {
    const v1 = { version: 1, settings, tab: 'flame', sort: 'cum', desc: false, search: 'fill', flameRoot: 7, sandwichKey: 3 };
    assert.deepStrictEqual(restoreState(v1), v1);
  });

  it('migrates the unversioned state: views and settings kept, zoom and sandwich (tied to a generation) dropped', () => {
    const v0 = { settings, tab: 'sandwich', sort: 'name', desc: true, search: 'x', flameRoot: 12, sandwichKey: 4, generation: 3 };
    assert.deepStrictEqual(restoreState(v0), {
      version: STATE_VERSION,
      settings,
      tab: 'sandwich',
      sort: 'name',
      desc: true,
      search: 'x',
      flameRoot: 0,
      sandwichKey: -1,
    });
  });

  it('drops a state of an unknown version, and anything that is not a state', () => {
    for (const raw of [{ version: 2, tab: 'tree' }, { version: '1', tab: 'tree' }, { tab: 'tree' }, undefined, null, 42, 'top', [1, 2]]) {
      assert.deepStrictEqual(restoreState(raw), freshState(), JSON.stringify(raw));
    }
  });

  it('a damaged field falls back alone', () => {
    const r = restoreState({
      version: 1,
      settings: { sampleIndex: -1, granularity: 'lines', filters: settings.filters },
      tab: 'nope',
      sort: 'flat',
      desc: 'yes',
      search: 5,
      flameRoot: 1.5,
      sandwichKey: 9,
    });
    assert.deepStrictEqual(r, { ...freshState(), sandwichKey: 9 });
    const noFilters = restoreState({
      version: 1,
      settings: { sampleIndex: 0, granularity: 'functions' },
      tab: 'tree',
      sort: 'flat',
      desc: true,
      search: '',
      flameRoot: 0,
      sandwichKey: -1,
    });
    assert.strictEqual(noFilters.settings, undefined);
    assert.strictEqual(noFilters.tab, 'tree');
  });
});
