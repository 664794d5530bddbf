// The host's relay of the webview's queries (relayQueries over the rpc layer) to the real decode
// worker: queries wait for the load, fail with it, and a cancelled one is never forwarded.
import * as assert from 'assert';
import * as path from 'path';
import { MessageChannel } from 'worker_threads';
import type { ViewerHost, ViewerPage } from '../../../src/shared/protocol/profileView';
import { CancelledError, Endpoint, RemoteError } from '../../../src/shared/rpc';
import { relayQueries, ViewerLoad } from '../../../src/shared/viewerLoad';
import { WorkerClient } from '../../../src/workers/decodeClient';
import { nodePort } from '../../../src/workers/port';
import { fixture, repoRoot } from '../../support/fixtures';
import { readGolden } from '../../support/pprofGolden';

const dist = path.join(repoRoot, 'dist');

/** A webview-side endpoint talking to a host-side relay over a real MessageChannel. */
function channel(load: ViewerLoad, client: WorkerClient) {
  const { port1, port2 } = new MessageChannel();
  const forwarded: string[] = [];
  const host = new Endpoint<ViewerHost, ViewerPage>(
    nodePort(port1),
    {
      ...relayQueries(load, (method, params, signal) => {
        forwarded.push(method);
        return client.request(method, params, signal);
      }),
      mapSites: () => Promise.reject(new Error('not relayed')),
    },
    { ready: () => undefined, openSource: () => undefined, reopenAsText: () => undefined, retry: () => undefined },
  );
  const page = new Endpoint<ViewerPage, ViewerHost>(nodePort(port2), { selectedSource: () => null }, { status: () => undefined, compared: () => undefined });
  const close = () => {
    page.close();
    host.close();
    port1.close();
    port2.close();
    client.dispose();
  };
  return { page, forwarded, close };
}

describe('viewer: host relay', () => {
  it("a query sent while loading waits for the load, then answers with pprof's figures", async () => {
    const load = new ViewerLoad('mapclear-go1.26.pb.gz');
    const client = new WorkerClient(dist);
    const c = channel(load, client);
    try {
      const view = c.page.request('view', {});
      await new Promise((r) => setTimeout(r, 20));
      assert.deepStrictEqual(c.forwarded, [], 'nothing reaches the worker before the profile is open');
      await client.open('mapclear-go1.26.pb.gz', fixture('profile', 'mapclear-go1.26.pb.gz'));
      load.opened(load.attempt);
      const { summary } = await view;
      const want = readGolden(fixture('profile', `mapclear-go1.26.${summary.sampleTypes[summary.settings.sampleIndex].type}.top.txt`));
      assert.strictEqual(summary.unfilteredTotal, want.total);
    } finally {
      c.close();
    }
  });

  it("a query waiting on a load that fails rejects with the load's reason", async () => {
    const load = new ViewerLoad('truncated.pb.gz');
    const c = channel(load, new WorkerClient(dist));
    try {
      const view = c.page.request('view', {});
      load.failed(load.attempt, 'truncated.pb.gz: unexpected end of data');
      await assert.rejects(
        view,
        (e: unknown) => e instanceof RemoteError && e.kind === 'LoadFailedError' && e.message === 'truncated.pb.gz: unexpected end of data',
      );
      assert.deepStrictEqual(c.forwarded, []);
    } finally {
      c.close();
    }
  });

  it('a query cancelled while waiting is never forwarded', async () => {
    const load = new ViewerLoad('mapclear-go1.26.pb.gz');
    const client = new WorkerClient(dist);
    const c = channel(load, client);
    try {
      const ac = new AbortController();
      const flame = c.page.request('flame', { rootId: 0, minWidthFraction: 0 }, { signal: ac.signal });
      ac.abort();
      await assert.rejects(flame, (e: unknown) => e instanceof CancelledError);
      await new Promise((r) => setTimeout(r, 20)); // the cancel reaches the host
      await client.open('mapclear-go1.26.pb.gz', fixture('profile', 'mapclear-go1.26.pb.gz'));
      load.opened(load.attempt);
      await c.page.request('children', { nodeId: 0 });
      assert.deepStrictEqual(c.forwarded, ['children']);
    } finally {
      c.close();
    }
  });
});
