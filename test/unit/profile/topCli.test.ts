// `heaplens top` as shared/spec/cli.md says, run as the built CLI. Expected text is
// `go tool pprof -top` output (test/fixtures/profile/*.text.txt), expected numbers its goldens.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { profileFixtures } from './goldenTop';

const cli = path.resolve(__dirname, '../../../dist/cli.js');
const profiles = profileFixtures;

function top(...args: string[]) {
  const p = spawnSync(process.execPath, [cli, 'top', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: p.status, stdout: p.stdout, stderr: p.stderr };
}

/** The text of `heaplens top` equals pprof's for the same view. */
function sameText(profile: string, golden: string, ...args: string[]): void {
  const r = top(profile, ...args);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, fs.readFileSync(path.join(profileFixtures, golden), 'utf8'));
}

/** One stderr line `heaplens: …` and the exit code. */
function fails(code: number, pattern: RegExp, ...args: string[]): void {
  const r = top(...args);
  assert.equal(r.code, code);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^heaplens: [^\n]*\n$/);
  assert.match(r.stderr, pattern);
}

describe('heaplens top', () => {
  it('JSON: the spec shape, pprof numbers, alloc_space by default', () => {
    const r = top(path.join(profiles, 'inline-go1.26.pb.gz'), '--json');
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.file, path.join(profiles, 'inline-go1.26.pb.gz'));
    assert.equal(doc.sampleType, 'alloc_space');
    assert.equal(doc.unit, 'bytes');
    assert.deepEqual(doc.sampleTypes, ['alloc_objects', 'alloc_space', 'inuse_objects', 'inuse_space']);
    // from inline-go1.26.alloc_space.top.txt
    assert.equal(doc.total, 6774040);
    assert.deepEqual(doc.rows[0], { name: 'main.medium', file: 'fx/inline/main.go', inline: true, flat: 2560256, cum: 4992256 });
    assert.equal(doc.rows.length, 17);
  });
  it('JSON at lines granularity carries the line', () => {
    const r = top(path.join(profiles, 'inline-go1.26.pb.gz'), '--json', '--granularity', 'lines', '--nodecount', '4');
    const doc = JSON.parse(r.stdout);
    // from inline-go1.26.alloc_space.lines.top.txt
    assert.deepEqual(
      doc.rows.map((x: { name: string; line: number; flat: number }) => [x.name, x.line, x.flat]),
      [
        ['main.medium', 16, 2560256],
        ['main.small', 14, 2432000],
        ['main.work', 21, 1187384],
        ['main.work', 23, 582432],
      ],
    );
  });
  it('JSON keeps negative values of a -diff_base profile', () => {
    const doc = JSON.parse(top(path.join(profileFixtures, 'diff-mapclear.pb.gz'), '--json').stdout);
    assert.equal(doc.total, 90008359);
    assert.deepEqual([doc.rows[0].name, doc.rows[0].flat, doc.rows[0].cum], ['main.fill', -11522994, -11522994]);
  });
  // `go tool pprof -top` on this profile without -sample_index prints "Type: cpu"
  it("a cpu profile defaults to pprof's rule (the last type, cpu)", () => {
    assert.equal(JSON.parse(top(path.join(profiles, 'cpu-go1.26.pb.gz'), '--json').stdout).sampleType, 'cpu');
  });
  it('text equals go tool pprof -top (cpu, ns units)', () => sameText(path.join(profiles, 'cpu-go1.26.pb.gz'), 'cpu-go1.26.cpu.text.txt', '--sample', 'cpu'));
  it('text equals go tool pprof -top (counts)', () =>
    sameText(path.join(profiles, 'jsonwork-go1.19.pb.gz'), 'jsonwork-go1.19.inuse_objects.text.txt', '--sample', 'inuse_objects'));
  it('text equals go tool pprof -top -nodecount=3', () =>
    sameText(path.join(profiles, 'inline-go1.26.pb.gz'), 'inline-go1.26.alloc_space.n3.text.txt', '--nodecount', '3'));
  it('text equals go tool pprof -top -lines -nodecount=5', () =>
    sameText(path.join(profiles, 'inline-go1.26.pb.gz'), 'inline-go1.26.alloc_space.lines.n5.text.txt', '--granularity', 'lines', '--nodecount', '5'));
  it('text equals go tool pprof -top on a diff profile', () =>
    sameText(path.join(profileFixtures, 'diff-mapclear.pb.gz'), 'diff-mapclear.alloc_space.text.txt'));
  it('an unknown sample type is a usage error listing the types', () =>
    fails(2, /no sample type 'bogus' \(it has: samples, cpu\)/, path.join(profiles, 'cpu-go1.26.pb.gz'), '--sample', 'bogus'));
  it('a bad granularity is a usage error', () =>
    fails(2, /--granularity must be functions or lines/, path.join(profiles, 'cpu-go1.26.pb.gz'), '--granularity', 'files'));
  it('no file is a usage error', () => fails(2, /usage: heaplens top FILE/));
  it('a missing file is an input error naming it', () => fails(1, /nope\.pb\.gz: no such file/, 'nope.pb.gz'));
  it('a file that is not a profile is an input error naming it', () =>
    fails(1, /README\.md: not gzip, and not a valid pprof protobuf/, path.join(profileFixtures, 'README.md')));
  it('truncated gzip is an input error naming the file', () => {
    const tmp = path.join(os.tmpdir(), `heaplens-trunc-${process.pid}.pb.gz`);
    const gz = fs.readFileSync(path.join(profiles, 'mapclear-go1.26.pb.gz'));
    fs.writeFileSync(tmp, gz.subarray(0, gz.length >> 1));
    try {
      fails(1, /heaplens-trunc-\d+\.pb\.gz: truncated gzip data/, tmp);
    } finally {
      fs.unlinkSync(tmp);
    }
  });
});
