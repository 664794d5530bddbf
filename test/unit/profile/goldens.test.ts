// Every view of every fixture profile against `go tool pprof -top -nodefraction=0` (functions).
import { checkGoldenView as view } from './goldenTop';

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
