// Recursion, a -diff_base profile (negative values) and lines granularity against `go tool pprof`.
import * as path from 'path';
import { checkGolden, profileFixtures } from './goldenTop';
import { fixture } from '../../support/fixtures';

const own = (name: string, sample: string) =>
  checkGolden(path.join(profileFixtures, `${name}.pb.gz`), path.join(profileFixtures, `${name}.${sample}.top.txt`), sample, 'functions');
const lines = (dir: string, name: string, sample: string) =>
  checkGolden(fixture(dir, `${name}.pb.gz`), path.join(profileFixtures, `${name}.${sample}.lines.top.txt`), sample, 'lines');

describe('top equals go tool pprof: recursion, diffs, lines', () => {
  it('recursive-go1.26 alloc_space', () => own('recursive-go1.26', 'alloc_space'));
  it('recursive-go1.26 inuse_objects', () => own('recursive-go1.26', 'inuse_objects'));
  it('diff-mapclear alloc_space', () => own('diff-mapclear', 'alloc_space'));
  it('diff-mapclear inuse_objects', () => own('diff-mapclear', 'inuse_objects'));
  it('inline-go1.26 alloc_space -lines', () => lines('profile', 'inline-go1.26', 'alloc_space'));
  it('jsonwork-go1.19 alloc_space -lines', () => lines('profile', 'jsonwork-go1.19', 'alloc_space'));
  it('cpu-go1.26 cpu -lines', () => lines('profile', 'cpu-go1.26', 'cpu'));
});
