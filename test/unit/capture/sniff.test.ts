// What a fetched body is, from its first bytes. The profiles are real Go ones (test/fixtures/profile).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as zlib from 'zlib';
import { sniffProfile } from '../../../src/capture';
import { fixture } from '../../support/fixtures';

describe('capture: what the server sent', () => {
  const gz = fs.readFileSync(fixture('profile', 'mapclear-go1.26.pb.gz'));

  it('a Go heap profile as served (gzip), and its raw protobuf', () => {
    assert.deepEqual(sniffProfile(gz), { format: 'gzip' });
    assert.deepEqual(sniffProfile(zlib.gunzipSync(gz)), { format: 'protobuf' });
  });

  it("Go's text heap profile (?debug=1)", () => {
    assert.deepEqual(sniffProfile(Buffer.from('heap profile: 3: 1024 [5: 2048] @ heap/524288\n1: 512 [1: 512] @ 0x1\n')), { format: 'text' });
  });

  it('HTML, other text, empty and binary bodies are not profiles, each said so', () => {
    assert.match((sniffProfile(Buffer.from('<!doctype html><html></html>')) as { problem: string }).problem, /HTML page/);
    assert.match((sniffProfile(Buffer.from('  \n<html><body>login</body></html>')) as { problem: string }).problem, /HTML page/);
    assert.match((sniffProfile(Buffer.from('{"error":"nope"}'), 'text/html; charset=utf-8') as { problem: string }).problem, /HTML page/);
    assert.match((sniffProfile(Buffer.from('404 page not found\n')) as { problem: string }).problem, /text, not a profile \(it begins "404 page not found"\)/);
    assert.match((sniffProfile(Buffer.alloc(0)) as { problem: string }).problem, /empty body/);
    assert.match((sniffProfile(Buffer.from([0xff, 0x00, 0x13, 0x37])) as { problem: string }).problem, /neither gzip nor a pprof protobuf/);
  });
});
