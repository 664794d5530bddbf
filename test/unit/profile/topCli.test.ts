// `heaplens top` as shared/spec/cli.md says, run as the built CLI. Expected text is
// `go tool pprof -top` output (test/fixtures/profile/*.text.txt), expected numbers its goldens.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parsePprofTop, profileFixtures } from './goldenTop';

const cli = path.resolve(__dirname, '../../../dist/cli.js');
const profiles = profileFixtures;

/** The raw stdout of `heaplens top FILE --json`. */
function r(file: string): string {
  return spawnSync(process.execPath, [cli, 'top', file, '--json'], { encoding: 'utf8' }).stdout;
}

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
  it('--diff-base: text equals go tool pprof -top -diff_base (two sizes, two Go versions)', () => {
    sameText(path.join(profiles, 'sizes-50k-go1.26.pb.gz'), 'vs-sizes-grow.alloc_space.text.txt', '--diff-base', path.join(profiles, 'sizes-10k-go1.26.pb.gz'));
    sameText(
      path.join(profiles, 'sizes-10k-go1.26.pb.gz'),
      'vs-sizes-shrink.alloc_space.text.txt',
      '--diff-base',
      path.join(profiles, 'sizes-50k-go1.26.pb.gz'),
    );
    sameText(
      path.join(profiles, 'sizes-50k-go1.26.pb.gz'),
      'vs-sizes-gover.alloc_space.text.txt',
      '--diff-base',
      path.join(profiles, 'sizes-50k-go1.19.pb.gz'),
    );
    sameText(
      path.join(profiles, 'mapclear-go1.26.pb.gz'),
      'vs-mapclear-gover.alloc_space.text.txt',
      '--diff-base',
      path.join(profiles, 'mapclear-go1.19.pb.gz'),
    );
  });
  it("--diff-base: JSON has signed rows and pprof's total (the base's)", () => {
    const r = top(
      path.join(profiles, 'sizes-10k-go1.26.pb.gz'),
      '--json',
      '--sample',
      'inuse_space',
      '--diff-base',
      path.join(profiles, 'sizes-50k-go1.26.pb.gz'),
    );
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    // from vs-sizes-shrink.inuse_space.top.txt
    const golden = parsePprofTop(fs.readFileSync(path.join(profiles, 'vs-sizes-shrink.inuse_space.top.txt'), 'utf8'));
    assert.equal(doc.total, golden.total);
    assert.deepEqual(
      doc.rows.map((x: { name: string; flat: number; cum: number }) => [x.name, x.flat, x.cum]),
      golden.rows.map((x) => [x.name, x.flat, x.cum]),
    );
    assert.ok(doc.rows.some((x: { flat: number }) => x.flat < 0));
  });
  it('--diff-base with sample types that do not match exits 1 naming both files', () =>
    fails(
      1,
      /inline-go1\.26\.pb\.gz and .*cpu-go1\.26\.pb\.gz have different sample types/,
      path.join(profiles, 'inline-go1.26.pb.gz'),
      '--diff-base',
      path.join(profiles, 'cpu-go1.26.pb.gz'),
    ));
  it('--diff-base with a missing base names it', () =>
    fails(1, /nobase\.pb\.gz: no such file/, path.join(profiles, 'inline-go1.26.pb.gz'), '--diff-base', 'nobase.pb.gz'));
  /** `heaplens top TEXT --json` rows equal pprof's golden of the protobuf written at the same moment. */
  function textEqualsProto(text: string, golden: string, sample: string) {
    const r = top(path.join(profiles, text), '--json', '--sample', sample);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    const want = parsePprofTop(fs.readFileSync(path.join(profiles, golden), 'utf8'));
    assert.equal(doc.total, want.total);
    assert.deepEqual(
      doc.rows.map((x: { name: string; inline: boolean; flat: number; cum: number }) => [x.name, x.inline, x.flat, x.cum]),
      want.rows.map((x) => [x.name, x.inline === '(inline)', x.flat, x.cum]),
    );
    return doc;
  }
  it("Go's text heap profile: the table of the protobuf written at the same moment, and its MemStats as JSON numbers", () => {
    const doc = textEqualsProto('textheap-go1.26.txt', 'textheap-go1.26.inuse_space.top.txt', 'inuse_space');
    const file = fs.readFileSync(path.join(profiles, 'textheap-go1.26.txt'), 'utf8');
    const field = (name: string) => /^# (\w+) = (\d+)$/m.exec(file.split('\n').find((l) => l.startsWith(`# ${name} = `)) ?? '')?.[2];
    assert.equal(String(doc.memStats.HeapAlloc), field('HeapAlloc'));
    assert.equal(String(doc.memStats.TotalAlloc), field('TotalAlloc'));
    assert.equal(doc.memStats.PauseNs.length, 256);
    // "# Stack = inuse / sys" is two fields of runtime.MemStats
    assert.match(file, new RegExp(`^# Stack = ${doc.memStats.StackInuse} / ${doc.memStats.StackSys}$`, 'm'));
    // NextGC passes 2^53: the JSON has its digits as written
    const raw = /"NextGC":(\d+)/.exec(r(path.join(profiles, 'textheap-go1.26.txt')))?.[1];
    assert.equal(raw, field('NextGC'));
  });
  it("Go's text heap profile, gzipped, at the default MemProfileRate (values scaled as pprof scales them)", () =>
    textEqualsProto('textheap-go1.19-default.txt.gz', 'textheap-go1.19-default.alloc_space.top.txt', 'alloc_space'));
  it('a protobuf profile has no memStats', () =>
    assert.equal(JSON.parse(top(path.join(profiles, 'textheap-go1.26.pb.gz'), '--json').stdout).memStats, undefined));
  it("Go's other text profiles are refused naming the format and the command that converts them", () => {
    fails(
      1,
      /goroutine\.debug1\.txt: a Go goroutine profile as text \(\?debug=1\), not pprof's protobuf: fetch it without \?debug=1, or convert it with `go tool pprof -proto FILE > FILE\.pb\.gz`/,
      path.join(profiles, 'goroutine.debug1.txt'),
    );
    fails(1, /mutex\.debug1\.txt: a contention profile \(legacy text format.*`go tool pprof -proto/, path.join(profiles, 'mutex.debug1.txt'));
  });
  it('a legacy binary CPU profile is refused naming its format', () => {
    const tmp = path.join(os.tmpdir(), `heaplens-legacy-cpu-${process.pid}.prof`);
    // the legacy CPU header (pprof's profile/legacy_profile.go): words 0, 3, 0, period, 0
    const words = [0, 3, 0, 10000, 0, 1, 1, 0x401000, 0, 1, 0];
    const buf = Buffer.alloc(words.length * 8);
    words.forEach((w, i) => buf.writeBigUInt64LE(BigInt(w), i * 8));
    fs.writeFileSync(tmp, buf);
    try {
      fails(1, /heaplens-legacy-cpu-\d+\.prof: a gperftools\/Java CPU profile \(legacy binary format\)/, tmp);
    } finally {
      fs.unlinkSync(tmp);
    }
  });
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
