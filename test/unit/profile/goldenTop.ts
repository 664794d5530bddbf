// Checks one view of a fixture profile against its `go tool pprof -top` golden text.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { decodeProfile, openProfile, topTable, topTableFromScan, buildFrameTable, printableName } from '../../../src/profile';
import type { Granularity } from '../../../src/profile';
import { fixture } from '../../support/fixtures';

/** Profile fixtures and their `go tool pprof` goldens (test/fixtures/profile/README.md). */
export const profileFixtures = fixture('profile');

interface PprofRow {
  name: string;
  inline: string;
  flat: number;
  cum: number;
}

/** Parses pprof's -top text (made with -unit=B / -unit=ns, so every value is an integer). */
export function parsePprofTop(text: string): { total: number; rows: PprofRow[] } {
  const total = /^Showing nodes accounting for \S+, \S+ of (-?\d+)[a-zA-Z]* total$/m.exec(text);
  assert.ok(total, 'golden has no "Showing nodes" line');
  const rows: PprofRow[] = [];
  const body = text.slice(text.search(/^\s+flat\s+flat%/m));
  for (const line of body.split('\n').slice(1)) {
    if (line.trim() === '') continue;
    const m = /^\s*(-?\d+)(?:B|ns)?\s+\S+%\s+\S+%\s+(-?\d+)(?:B|ns)?\s+\S+%\s+(.+?)( \((?:partial-)?inline\))?$/.exec(line);
    assert.ok(m, `unparsed golden line: ${line}`);
    rows.push({ name: m[3], inline: (m[4] ?? '').trim(), flat: Number(m[1]), cum: Number(m[2]) });
  }
  return { total: Number(total[1]), rows };
}

/**
 * Decodes `dir/NAME.pb.gz`, aggregates SAMPLE at functions granularity and requires the rows
 * of `dir/NAME.SAMPLE.top.txt`: same rows in the same order, flat, cum, inline marks and total.
 */
export function checkGoldenView(dir: string, name: string, sample: string): void {
  checkGolden(fixture(dir, `${name}.pb.gz`), fixture(dir, `${name}.${sample}.top.txt`), sample, 'functions');
}

/** checkGoldenView for any profile and golden (pprof's printed names at lines granularity). */
export function checkGolden(profilePath: string, goldenPath: string, sample: string, granularity: Granularity): void {
  const golden = parsePprofTop(fs.readFileSync(goldenPath, 'utf8'));
  const profile = decodeProfile(fs.readFileSync(profilePath));
  const index = profile.sampleTypes.findIndex((t) => t.type === sample);
  assert.ok(index >= 0, `${profilePath} has no ${sample}`);
  const table = buildFrameTable(profile, granularity);
  const top = topTable(profile, index, table);
  const got = top.rows.map((r) => ({
    name: printableName(table, r.frame),
    inline: r.inline ? '(inline)' : r.partialInline ? '(partial-inline)' : '',
    flat: r.flat,
    cum: r.cum,
  }));
  assert.deepStrictEqual(got, golden.rows);
  assert.equal(top.total, golden.total);
  // the streaming path `heaplens top` takes must give the very same table
  assert.deepStrictEqual(topTableFromScan(openProfile(fs.readFileSync(profilePath)), index, table), top);
}
