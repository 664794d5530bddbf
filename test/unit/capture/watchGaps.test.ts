// A watch keeps going through answers that are no profile, and Stop leaves no stray file.
// The server is a small local one serving a real Go heap profile (test/fixtures/profile).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Watch, type CaptureSummary, type Series } from '../../../src/capture';
import { fixture } from '../../support/fixtures';
import { filesIn, localServer, tempDir } from './helpers';

const profile = fs.readFileSync(fixture('profile', 'mapclear-go1.26.pb.gz'));
const summary: CaptureSummary = { sampleType: 'inuse_space', unit: 'bytes', total: 1, functions: { 'main.fill': 1 } };

function newSeries(url: string, folder: string): Series {
  return { version: 1, id: 't', url, intervalSeconds: 1, folder, started: Date.now(), points: [] };
}

describe('capture watch: gaps and Stop', () => {
  it('an HTML answer and an HTTP error are gaps; the next capture is a point again', async () => {
    let n = 0;
    const s = await localServer((_q, r) => {
      n++;
      if (n === 1) {
        r.writeHead(200, { 'Content-Type': 'text/html' });
        r.end('<html>maintenance</html>');
      } else if (n === 2) {
        r.writeHead(503);
        r.end('restarting');
      } else r.end(profile);
    });
    try {
      const folder = tempDir();
      const w = new Watch(newSeries(`${s.url}/debug/pprof/heap`, folder), { summarize: async () => summary, onChange: () => undefined });
      const a = await w.captureOnce();
      const b = await w.captureOnce();
      const c = await w.captureOnce();
      assert.equal(a?.gap, 'the server sent an HTML page, not a profile');
      assert.equal(b?.gap, 'HTTP 503 Service Unavailable (restarting)');
      assert.ok(c?.file && c.summary);
      assert.ok(fs.readFileSync(c.file).equals(profile), 'the capture is the bytes served');
      assert.deepEqual(filesIn(folder), [path.basename(c.file), 'series.json']);
    } finally {
      await s.close();
    }
  });

  it('Stop while a capture is read: no point, no file left behind', async () => {
    const s = await localServer((_q, r) => r.end(profile));
    try {
      const folder = tempDir();
      let w: Watch | undefined = undefined;
      const reading = new Promise<void>((started) => {
        w = new Watch(newSeries(`${s.url}/debug/pprof/heap`, folder), {
          summarize: (_f, signal) =>
            new Promise<CaptureSummary>((_resolve, reject) => {
              started();
              signal.addEventListener('abort', () => reject(new Error('aborted')));
            }),
          onChange: () => undefined,
        });
      });
      const once = w!.captureOnce();
      await reading;
      w!.stop();
      assert.equal(await once, undefined);
      assert.equal(w!.series.points.length, 0);
      assert.deepEqual(filesIn(folder), []);
    } finally {
      await s.close();
    }
  });
});
