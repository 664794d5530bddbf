// Every view of every fixture profile against `go tool pprof -top -nodefraction=0` (functions).
import { checkGolden, checkGoldenView as view } from './goldenTop';
import { fixture } from '../../support/fixtures';

describe('top equals go tool pprof', () => {
  it('cpu-go1.26 cpu', () => view('profile', 'cpu-go1.26', 'cpu'));
  it('cpu-go1.26 samples', () => view('profile', 'cpu-go1.26', 'samples'));
  it('inline-go1.26 alloc_objects', () => view('profile', 'inline-go1.26', 'alloc_objects'));
  it('inline-go1.26 alloc_space', () => view('profile', 'inline-go1.26', 'alloc_space'));
  it('inline-go1.26 inuse_objects', () => view('profile', 'inline-go1.26', 'inuse_objects'));
  it('inline-go1.26 inuse_space', () => view('profile', 'inline-go1.26', 'inuse_space'));
  it('jsonwork-go1.19 alloc_objects', () => view('profile', 'jsonwork-go1.19', 'alloc_objects'));
  it('jsonwork-go1.19 alloc_space', () => view('profile', 'jsonwork-go1.19', 'alloc_space'));
  it('jsonwork-go1.19 inuse_objects', () => view('profile', 'jsonwork-go1.19', 'inuse_objects'));
  it('jsonwork-go1.19 inuse_space', () => view('profile', 'jsonwork-go1.19', 'inuse_space'));
  it('mapclear-go1.19 alloc_objects', () => view('profile', 'mapclear-go1.19', 'alloc_objects'));
  it('mapclear-go1.19 alloc_space', () => view('profile', 'mapclear-go1.19', 'alloc_space'));
  it('mapclear-go1.19 inuse_objects', () => view('profile', 'mapclear-go1.19', 'inuse_objects'));
  it('mapclear-go1.19 inuse_space', () => view('profile', 'mapclear-go1.19', 'inuse_space'));
  it('mapclear-go1.26 alloc_objects', () => view('profile', 'mapclear-go1.26', 'alloc_objects'));
  it('mapclear-go1.26 alloc_space', () => view('profile', 'mapclear-go1.26', 'alloc_space'));
  it('mapclear-go1.26 inuse_objects', () => view('profile', 'mapclear-go1.26', 'inuse_objects'));
  it('mapclear-go1.26 inuse_space', () => view('profile', 'mapclear-go1.26', 'inuse_space'));
  it('wide-200k alloc_space', () => view('perf', 'wide-200k', 'alloc_space'));
});

// drop_frames / keep_frames set on real profiles (test/fixtures/profile/set-frames.py): pprof's prune
describe('drop_frames and keep_frames prune as pprof does', () => {
  for (const name of ['drop-inline-medium', 'drop-inline-keep', 'drop-jsonwork']) {
    for (const sample of ['alloc_space', 'inuse_objects']) it(`${name} ${sample}`, () => view('profile', name, sample));
  }
});

// `go tool pprof -diff_base=BASE NEW` on profiles of test/fixtures/programs at two sizes and
// from two Go versions (test/fixtures/profile/README.md)
describe('a profile against a base equals go tool pprof -diff_base', () => {
  const pairs: [string, string, string][] = [
    ['vs-sizes-grow', 'sizes-50k-go1.26', 'sizes-10k-go1.26'],
    ['vs-sizes-shrink', 'sizes-10k-go1.26', 'sizes-50k-go1.26'],
    ['vs-sizes-gover', 'sizes-50k-go1.26', 'sizes-50k-go1.19'],
    ['vs-mapclear-gover', 'mapclear-go1.26', 'mapclear-go1.19'],
  ];
  const p = (name: string) => fixture('profile', `${name}.pb.gz`);
  for (const [golden, next, base] of pairs) {
    for (const sample of ['alloc_space', 'inuse_space', 'inuse_objects']) {
      it(`${golden} ${sample}`, () => checkGolden(p(next), fixture('profile', `${golden}.${sample}.top.txt`), sample, 'functions', p(base)));
    }
    it(`${golden} alloc_space lines`, () => checkGolden(p(next), fixture('profile', `${golden}.alloc_space.lines.top.txt`), 'alloc_space', 'lines', p(base)));
  }
});

// Names that are not valid UTF-8 (set-strings.py): shown with U+FFFD, kept apart by their bytes
describe('names are bytes, as in pprof', () => {
  it('two names that differ only in invalid bytes stay two rows (alloc_space)', () => view('profile', 'bytes-names', 'alloc_space'));
  it('two names that differ only in invalid bytes stay two rows (inuse_objects)', () => view('profile', 'bytes-names', 'inuse_objects'));
});
