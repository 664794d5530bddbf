// Unit formatting: expected strings written by hand from the unit definitions (1 KiB = 1024 B).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { profileFixtures, viewerFixtures } from './goldens';
import { fixture } from '../../support/fixtures';
import { formatBytes, formatCount, formatDuration, formatPercent, formatValue } from '../../../src/shared/format';

describe('viewer: format', () => {
  it('bytes below 1 KiB', () => assert.strictEqual(formatBytes(512), '512 B'));
  it('zero bytes', () => assert.strictEqual(formatBytes(0), '0 B'));
  it('1.5 KiB', () => assert.strictEqual(formatBytes(1536), '1.5 KiB'));
  it('exactly 1 MiB', () => assert.strictEqual(formatBytes(1048576), '1 MiB'));
  it('142543203 B is 135.94 MiB (pprof says 135.94MB)', () => assert.strictEqual(formatBytes(142543203), '135.94 MiB'));
  it('negative diff bytes keep the sign', () => assert.strictEqual(formatBytes(-2048), '-2 KiB'));
  it('counts get separators', () => assert.strictEqual(formatCount(1234567 / 10), '123,457'));
  it('counts above a million', () => assert.strictEqual(formatCount(12345678), '12.35M'));
  it('nanoseconds', () => assert.strictEqual(formatDuration(850), '850 ns'));
  it('milliseconds', () => assert.strictEqual(formatDuration(20_000_000), '20 ms'));
  it('seconds (cpu total 1.42 s)', () => assert.strictEqual(formatDuration(1_420_000_000), '1.42 s'));
  it('by unit: bytes', () => assert.strictEqual(formatValue(3 * 1024 * 1024 * 1024, 'bytes'), '3 GiB'));
  it('by unit: nanoseconds', () => assert.strictEqual(formatValue(1500, 'nanoseconds'), '1.5 µs'));
  it('by unit: count', () => assert.strictEqual(formatValue(24939, 'count'), '24,939'));
  it('by unknown unit keeps the unit', () => assert.strictEqual(formatValue(7, 'widgets'), '7 widgets'));
  it('percent as pprof: 47.18%', () => assert.strictEqual(formatPercent(670000000, 1420000000), '47.18%'));
  it('percent 100%', () => assert.strictEqual(formatPercent(5, 5), '100%'));
  it('percent of a negative diff value is of its magnitude (pprof: -11522994B 12.80%)', () => assert.strictEqual(formatPercent(-11522994, 90008359), '12.80%'));
  it('percent of zero total', () => assert.strictEqual(formatPercent(5, 0), '0%'));
});

/** Every flat% and cum% that `go tool pprof -top` printed in a golden, against formatPercent. */
function checkPercents(file: string): void {
  const text = fs.readFileSync(file, 'utf8');
  const total = Number(/of (-?\d+)[a-zA-Z]* total/.exec(text)![1]);
  const rows = text
    .split('\n')
    .map((l) => /^\s*(-?\d+)[a-zA-Z]*\s+(\S+%)\s+\S+%\s+(-?\d+)[a-zA-Z]*\s+(\S+%)\s/.exec(l))
    .filter((m) => m !== null);
  assert.ok(rows.length > 0);
  for (const m of rows) {
    assert.strictEqual(formatPercent(Number(m![1]), total), m![2], `flat% of ${m![1]}`);
    assert.strictEqual(formatPercent(Number(m![3]), total), m![4], `cum% of ${m![3]}`);
  }
}

describe('viewer: percentages as go tool pprof prints them', () => {
  it('jsonwork alloc_space', () => checkPercents(path.join(profileFixtures, 'jsonwork-go1.19.alloc_space.top.txt')));
  it('inline alloc_space', () => checkPercents(path.join(profileFixtures, 'inline-go1.26.alloc_space.top.txt')));
  it('cpu', () => checkPercents(path.join(profileFixtures, 'cpu-go1.26.cpu.top.txt')));
  it('diff profile', () => checkPercents(path.join(viewerFixtures, 'diff-mapclear.alloc_space.top.txt')));
  it('wide-200k', () => checkPercents(fixture('perf', 'wide-200k.alloc_space.top.txt')));
});
