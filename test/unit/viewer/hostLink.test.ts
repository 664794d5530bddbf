// The webview's end of its channel (media/viewer/hostLink.ts) over a real MessageChannel: new
// settings cancel the queries still out, but the flame graph asked for with them.
import * as assert from 'assert';
import { MessageChannel } from 'worker_threads';
import { HostLink } from '../../../media/viewer/hostLink';
import type { ViewerHost, ViewerPage } from '../../../src/shared/protocol/profileView';
import { Endpoint } from '../../../src/shared/rpc';
import { nodePort } from '../../../src/workers/port';

function linked() {
  const { port1, port2 } = new MessageChannel();
  const never = () => new Promise<never>(() => undefined);
  // each query answers its own name after 30 ms
  const answer = <T>(v: T) => new Promise<T>((resolve) => setTimeout(() => resolve(v), 30));
  const host = new Endpoint<ViewerHost, ViewerPage>(
    nodePort(port1),
    {
      view: never,
      setSettings: never,
      topRest: never,
      children: () =>
        answer({
          frames: 1,
          ids: new Uint16Array(0),
          keys: new Uint16Array(0),
          self: { small: new Uint16Array(0) },
          total: { small: new Uint16Array(0) },
          flags: new Uint8Array(0),
        }),
      flame: ({ rootId }) => answer({ rootId } as never),
      sandwich: () => answer(null),
      sandwichLevel: () => answer([]),
      mapSites: never,
    },
    { ready: () => undefined, openSource: () => undefined, reopenAsText: () => undefined, retry: () => undefined },
  );
  const errors: Error[] = [];
  const link = new HostLink(nodePort(port2), { selectedSource: () => null }, { status: () => undefined, compared: () => undefined }, (e) => errors.push(e));
  const close = () => {
    host.close();
    port1.close();
    port2.close();
  };
  return { link, errors, close };
}

describe('viewer: the webview’s queries', () => {
  it('cancelAll(kept) cancels every query but the one kept, which still answers and still holds its slot', async () => {
    const { link, errors, close } = linked();
    try {
      const answered: string[] = [];
      link.ask('sandwich', { key: 1 }, () => answered.push('sandwich'), { slot: 'sandwich' });
      link.ask('children', { nodeId: 0 }, () => answered.push('children'));
      const kept = link.ask('flame', { rootId: 0, minWidthFraction: 0 }, () => answered.push('flame 0'), { slot: 'flame' });
      link.cancelAll(kept);
      assert.ok(!kept.signal.aborted);
      await new Promise((r) => setTimeout(r, 100));
      assert.deepStrictEqual(answered, ['flame 0']);
      // the kept query is still its slot's: a later zoom replaces it
      const first = link.ask('flame', { rootId: 3, minWidthFraction: 0 }, () => answered.push('flame 3'), { slot: 'flame' });
      link.ask('flame', { rootId: 4, minWidthFraction: 0 }, () => answered.push('flame 4'), { slot: 'flame' });
      assert.ok(first.signal.aborted);
      await new Promise((r) => setTimeout(r, 100));
      assert.deepStrictEqual(answered, ['flame 0', 'flame 4']);
      // and a plain cancelAll cancels it too
      const last = link.ask('flame', { rootId: 5, minWidthFraction: 0 }, () => answered.push('flame 5'), { slot: 'flame' });
      link.cancelAll();
      assert.ok(last.signal.aborted);
      await new Promise((r) => setTimeout(r, 100));
      assert.deepStrictEqual(answered, ['flame 0', 'flame 4']);
      assert.deepStrictEqual(errors, [], 'a cancelled query is no error');
    } finally {
      close();
    }
  });
});
