// Reads `go tool pprof -top` text output and decodes fixture profiles for the viewer tests.
import * as fs from 'fs';
import { decodeProfile } from '../../../src/profile';
import { stackSourceFromModel } from '../../../src/profile/fromModel';
import type { StackSource } from '../../../src/profile/stacks';
import { fixture } from '../../support/fixtures';

/** Fixture profiles and pprof's goldens for them (test/fixtures/profile/README.md). */
export const profileFixtures = fixture('profile');
/** pprof's answers with focus/ignore/hide and -peek (test/fixtures/viewer/README.md). */
export const viewerFixtures = fixture('viewer');

/** One row of pprof's top output: name without " (inline)", values in the file's unit. */
export interface GoldenRow {
  name: string;
  inline: boolean;
  flat: number;
  cum: number;
}

/** Parses `go tool pprof -top` output (values with -unit=B or -unit=ns, so they are integers). */
export function readGolden(file: string): { total: number; rows: GoldenRow[] } {
  const text = fs.readFileSync(file, 'utf8');
  const total = Number(/of (-?\d+)[a-zA-Z]* total/.exec(text)![1]);
  const rows: GoldenRow[] = [];
  let inTable = false;
  for (const line of text.split('\n')) {
    if (/^\s+flat\s+flat%/.test(line)) {
      inTable = true;
      continue;
    }
    if (!inTable || !line.trim()) continue;
    const m = /^\s*(-?\d+)[a-zA-Z]*\s+\S+\s+\S+\s+(-?\d+)[a-zA-Z]*\s+\S+\s+(.*)$/.exec(line);
    if (!m) throw new Error(`unparsed golden line in ${file}: ${line}`);
    const inline = m[3].endsWith(' (inline)');
    rows.push({ name: inline ? m[3].slice(0, -' (inline)'.length) : m[3], inline, flat: Number(m[1]), cum: Number(m[2]) });
  }
  return { total, rows };
}

/** Decodes a profile by path. */
export function loadSource(file: string): StackSource {
  return stackSourceFromModel(decodeProfile(fs.readFileSync(file)));
}
