// The rpc layer over a real worker_threads MessageChannel: requests, errors with their kind,
// events, cancel in both directions, transfers, and closing.
import { strict as assert } from 'assert';
import { MessageChannel } from 'worker_threads';
import { CancelledError, Endpoint, RemoteError, transfer } from '../../../src/shared/rpc';
import { nodePort } from '../../../src/workers/port';

interface Server {
  requests: {
    add(p: { a: number; b: number }): number;
    fail(p: { kind: 'input' | 'plain' }): never;
    wait(p: { ms: number }): string;
    bytes(p: { n: number }): Uint8Array;
  };
  events: { ping: string };
}
interface Client {
  requests: { name(p: Record<string, never>): string };
  events: { progress: number };
}

class InputError extends Error {
  override readonly name = 'InputError';
}

function pair() {
  const { port1, port2 } = new MessageChannel();
  const progress: number[] = [];
  const pings: string[] = [];
  let sawAbort = false;
  const server: Endpoint<Server, Client> = new Endpoint<Server, Client>(
    nodePort(port2),
    {
      add: ({ a, b }) => a + b,
      fail: ({ kind }) => {
        throw kind === 'input' ? new InputError('bad.pb.gz: not a profile') : new Error('boom');
      },
      wait: ({ ms }, { signal }) =>
        new Promise<string>((resolve, reject) => {
          server.emit('progress', 0.5);
          const t = setTimeout(() => resolve('waited'), ms);
          signal.addEventListener('abort', () => {
            sawAbort = true;
            clearTimeout(t);
            reject(new CancelledError());
          });
        }),
      bytes: ({ n }) => {
        const b = new Uint8Array(n).fill(7);
        return transfer(b, [b.buffer]);
      },
    },
    { ping: (p) => pings.push(p) },
  );
  const client = new Endpoint<Client, Server>(nodePort(port1), { name: () => 'client' }, { progress: (f) => progress.push(f) });
  const close = () => {
    client.close();
    server.close();
    port1.close();
    port2.close();
  };
  return { server, client, progress, pings, sawAbort: () => sawAbort, close };
}

describe('rpc', () => {
  it('answers requests in both directions', async () => {
    const p = pair();
    assert.equal(await p.client.request('add', { a: 2, b: 3 }), 5);
    assert.equal(await p.server.request('name', {}), 'client');
    p.close();
  });
  it('rejects with the error kind the handler threw', async () => {
    const p = pair();
    await assert.rejects(
      p.client.request('fail', { kind: 'input' }),
      (e: unknown) => e instanceof RemoteError && e.kind === 'InputError' && e.message === 'bad.pb.gz: not a profile',
    );
    await assert.rejects(p.client.request('fail', { kind: 'plain' }), (e: unknown) => e instanceof RemoteError && e.kind === 'Error' && e.message === 'boom');
    p.close();
  });
  it('delivers events while a request runs', async () => {
    const p = pair();
    assert.equal(await p.client.request('wait', { ms: 5 }), 'waited');
    p.client.emit('ping', 'hello');
    await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(p.progress, [0.5]);
    assert.deepEqual(p.pings, ['hello']);
    p.close();
  });
  it('a cancelled request rejects at once and aborts the handler on the other side', async () => {
    const p = pair();
    const ac = new AbortController();
    const call = p.client.request('wait', { ms: 10_000 }, { signal: ac.signal });
    await new Promise((r) => setTimeout(r, 20));
    ac.abort();
    await assert.rejects(call, CancelledError);
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(p.sawAbort(), true);
    p.close();
  });
  it('moves transferred buffers instead of copying them', async () => {
    const p = pair();
    const b = await p.client.request('bytes', { n: 1024 });
    assert.equal(b.length, 1024);
    assert.equal(b[1023], 7);
    p.close();
  });
  it('an unknown method (a peer from another build) is an error, not a hang', async () => {
    const p = pair();
    const call = (p.client as unknown as Endpoint<Client, { requests: { nope(p: object): void }; events: Record<string, never> }>).request('nope', {});
    await assert.rejects(call, /unknown method 'nope'/);
    p.close();
  });
  it('closing rejects calls still waiting', async () => {
    const p = pair();
    const call = p.client.request('wait', { ms: 10_000 });
    p.client.close();
    await assert.rejects(call, CancelledError);
    p.close();
  });
});
