import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CancelledError } from '../../../src/shared/rpc';
import { LensService } from '../../../src/vscode/lens/lensService';
import { contractDir } from './helpers';

const dist = path.resolve(__dirname, '../../../dist');
const cacheGo = path.join(contractDir, 'cache/cache.go');

/** The part of a TextDocument the service reads. */
function doc(fsPath: string, text: string, version = 1) {
  return { uri: { fsPath, scheme: 'file', toString: () => `file://${fsPath}` }, version, getText: () => text } as never;
}

// The analysis as the extension runs it: in dist/lensWorker.js (npm test builds it first).
describe('lens worker (extension path)', () => {
  let service: LensService;
  afterEach(() => service?.dispose());

  it('a file without clear( starts no worker', async () => {
    service = new LensService(dist, undefined, () => []);
    assert.deepEqual(await service.analyze(doc('/x/a.go', 'package a\nfunc f() {}\n'), { goVersion: '' }), []);
    assert.equal(service.started, false);
  });
  it('analyses in the worker with the package from disk', async () => {
    service = new LensService(dist, undefined, () => []);
    const calls = await service.analyze(doc(cacheGo, fs.readFileSync(cacheGo, 'utf8')), { goVersion: '' });
    assert.equal(service.started, true);
    assert.deepEqual(
      calls.map((c) => [c.line, c.kind]),
      [
        [21, 'map'],
        [22, 'slice'],
        [23, 'map'],
        [27, 'slice'],
        [34, 'slice'],
        [36, 'map'],
        [38, 'map'],
        [43, 'not-builtin'],
      ],
    );
  });
  it('the Go version setting wins over go.mod (go 1.24 there)', async () => {
    service = new LensService(dist, undefined, () => []);
    const calls = await service.analyze(doc(cacheGo, fs.readFileSync(cacheGo, 'utf8')), { goVersion: '1.20' });
    assert.equal(calls[0].kind, 'unsupported-go-version');
  });
  it('an unsaved sibling that declares clear makes every call not-builtin', async () => {
    const sibling = { path: path.join(path.dirname(cacheGo), 'extra.go'), text: 'package cache\n\nfunc clear(x any) {}\n' };
    service = new LensService(dist, undefined, () => [sibling]);
    const calls = await service.analyze(doc(cacheGo, fs.readFileSync(cacheGo, 'utf8')), { goVersion: '' });
    assert.deepEqual([...new Set(calls.map((c) => c.kind))], ['not-builtin']);
  });
  it('an edit supersedes the analysis of the older text: that one is cancelled, the newer answers', async () => {
    service = new LensService(dist, undefined, () => []);
    const text = fs.readFileSync(cacheGo, 'utf8');
    const older = service.analyze(doc(cacheGo, text, 1), { goVersion: '' });
    const newer = service.analyze(doc(cacheGo, text.replace('clear(c.lru)', '_ = c.lru'), 2), { goVersion: '' });
    await assert.rejects(older, CancelledError);
    assert.deepEqual(
      (await newer).map((c) => c.line),
      [21, 23, 27, 34, 36, 38, 43],
    );
    // The newer answer is the cached one.
    assert.equal(service.analyze(doc(cacheGo, text, 2), { goVersion: '' }), newer);
  });
  it('closing the document cancels its analysis', async () => {
    service = new LensService(dist, undefined, () => []);
    const calls = service.analyze(doc(cacheGo, fs.readFileSync(cacheGo, 'utf8')), { goVersion: '' });
    service.forget({ toString: () => `file://${cacheGo}` } as never);
    await assert.rejects(calls, CancelledError);
  });
});
