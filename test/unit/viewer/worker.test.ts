// The real decode worker (dist/decodeWorker.js, built by `npm test`) driven through WorkerClient.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { WorkerClient } from '../../../src/workers/decodeClient';
import type { ToWebview } from '../../../src/shared/protocol/profileView';
import { profileFixtures } from './goldens';

const dist = path.resolve(__dirname, '../../../dist');

describe('viewer: decode worker', () => {
  it('reads and decodes a profile itself and answers the ready handshake with pprof\'s total', async () => {
    const replies: ToWebview[] = [];
    const client = new WorkerClient(dist, (m) => replies.push(m));
    try {
      await client.open('mapclear-go1.26.pb.gz', path.join(profileFixtures, 'mapclear-go1.26.pb.gz'));
      client.query({ type: 'ready' });
      for (let i = 0; i < 100 && replies.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      const s = replies[0];
      assert.ok(s && s.type === 'summary');
      // pprof's total, read from the go tool pprof golden.
      const golden = fs.readFileSync(path.join(profileFixtures, 'mapclear-go1.26.alloc_space.top.txt'), 'utf8');
      assert.strictEqual(s.summary.unfilteredTotal, Number(/of (\d+)B total/.exec(golden)![1]));
    } finally {
      client.dispose();
    }
  });

  it('a file that is not a profile rejects with a one-line reason', async () => {
    const client = new WorkerClient(dist, () => undefined);
    try {
      await assert.rejects(client.open('package.json', path.resolve(__dirname, '../../../package.json')), (e: Error) => {
        assert.match(e.message, /not a valid pprof protobuf|not a pprof profile/);
        assert.ok(!e.message.includes('\n'));
        return true;
      });
    } finally {
      client.dispose();
    }
  });
});
