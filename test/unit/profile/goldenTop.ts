// Checks one view of a fixture profile against its `go tool pprof -top` golden text.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { buildFrameTable, decodeProfile, diffAgainst, modelSamples, openProfile, printableName, pruneFrames, topTable } from '../../../src/profile';
import { viewedProfile, viewedDiff } from '../../../src/profile/session';
import type { Granularity } from '../../../src/profile';
import { fixture } from '../../support/fixtures';
import { parsePprofTop as parseGolden } from '../../support/pprofGolden';

/** Profile fixtures and their `go tool pprof` goldens (test/fixtures/profile/README.md). */
export const profileFixtures = fixture('profile');

/** A golden's rows as the top table prints them: name, pprof's inline mark, flat, cum. */
export function parsePprofTop(text: string): { total: number; rows: { name: string; inline: string; flat: number; cum: number }[] } {
  const g = parseGolden(text);
  return { total: g.total, rows: g.rows.map((r) => ({ name: r.name, inline: r.mark, flat: r.flat, cum: r.cum })) };
}

/**
 * Decodes `dir/NAME.pb.gz`, aggregates SAMPLE at functions granularity and requires the rows
 * of `dir/NAME.SAMPLE.top.txt`: same rows in the same order, flat, cum, inline marks and total.
 */
export function checkGoldenView(dir: string, name: string, sample: string): void {
  checkGolden(fixture(dir, `${name}.pb.gz`), fixture(dir, `${name}.${sample}.top.txt`), sample, 'functions');
}

/** checkGoldenView for any profile and golden (pprof's printed names at lines granularity); with a base, the diff. */
export function checkGolden(profilePath: string, goldenPath: string, sample: string, granularity: Granularity, basePath?: string): void {
  const golden = parsePprofTop(fs.readFileSync(goldenPath, 'utf8'));
  const read = (p: string) => decodeProfile(fs.readFileSync(p));
  // the viewer's path: the decoded columns, pruned (and diffed) as the session does
  const profile = basePath === undefined ? viewedProfile(read(profilePath)) : viewedDiff(read(profilePath), read(basePath));
  const index = profile.sampleTypes.findIndex((t) => t.type === sample);
  assert.ok(index >= 0, `${profilePath} has no ${sample}`);
  const table = buildFrameTable(profile, granularity);
  const top = topTable(modelSamples(profile), index, table);
  const got = top.keys.map((frame, i) => ({
    name: printableName(table, frame),
    inline: top.inline[i] ? '(inline)' : top.partialInline[i] ? '(partial-inline)' : '',
    flat: top.flat[i],
    cum: top.cum[i],
  }));
  assert.deepStrictEqual(got, golden.rows);
  assert.equal(top.total, golden.total);
  // the streaming path `heaplens top` takes must give the very same table
  const scan = (p: string) => openProfile(fs.readFileSync(p));
  const streamed = pruneFrames(basePath === undefined ? scan(profilePath) : diffAgainst(scan(profilePath), scan(basePath)));
  assert.deepStrictEqual(topTable(streamed, index, buildFrameTable(streamed.header, granularity)), top);
}
