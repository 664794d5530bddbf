// Reads `go tool pprof -top` text output and decodes fixture profiles for the viewer tests.
import * as fs from 'fs';
import * as path from 'path';
import { readGolden as readPprofGolden } from '../../support/pprofGolden';
import { decodeProfile, type Profile } from '../../../src/profile';
import { fixture } from '../../support/fixtures';

/** Fixture profiles and pprof's goldens for them (test/fixtures/profile/README.md). */
export const profileFixtures = fixture('profile');
/** pprof's answers with focus/ignore/hide and -peek (test/fixtures/viewer/README.md). */
export const viewerFixtures = fixture('viewer');

/** One row of pprof's top output as the viewer tests compare it: name without " (inline)". */
export interface GoldenRow {
  name: string;
  inline: boolean;
  flat: number;
  cum: number;
}

/** A golden (test/support/pprofGolden.ts reads it) projected to the fields the viewer shows. */
export function readGolden(file: string): { total: number; rows: GoldenRow[] } {
  const g = readPprofGolden(file);
  return { total: g.total, rows: g.rows.map(({ name, inline, flat, cum }) => ({ name, inline, flat, cum })) };
}

/** Decodes a profile by path (what the worker's session is made of). */
export function loadSource(file: string): Profile {
  return decodeProfile(fs.readFileSync(file));
}

/** Every profile fixture of the profile and viewer folders. */
export function fixtureProfiles(): string[] {
  return [profileFixtures, viewerFixtures].flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.pb.gz'))
      .map((f) => path.join(dir, f)),
  );
}

/** Filter settings the tree and table tests run each profile under: none, focus, ignore, hide. */
export const filterSets = [
  { focus: '', ignore: '', hide: '' },
  { focus: 'main', ignore: '', hide: '' },
  { focus: '', ignore: 'runtime', hide: '' },
  { focus: '', ignore: '', hide: 'runtime|reflect' },
];
