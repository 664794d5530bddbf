// A watch against the project's own live Go program: captures every second into a series, each
// summarised in the real decode worker. The figures are go tool pprof's for the same files.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { growthSinceFirst, parseSeries, SERIES_FILE, summarizeCapture, timelineChart, timelinePoints, Watch, type Series } from '../../../src/capture';
import { WorkerClient } from '../../../src/workers/decodeClient';
import { startPprofServe, type PprofServe } from '../../support/pprofServe';
import { pprof, pprofTotal, tempDir } from './helpers';

const dist = path.resolve(__dirname, '../../../dist');

/** pprof's flat inuse_space bytes for one function (-top -unit=B at function granularity). */
function pprofFlat(file: string, fn: string): number {
  const r = pprof(['-top', '-nodecount=1000', '-sample_index=inuse_space', '-unit=B', file]);
  for (const line of r.out.split('\n')) {
    const m = /^\s*(\d+)B\s+\S+\s+\S+\s+\d+B\s+\S+\s+(.+?)( \(inline\))?$/.exec(line);
    if (m && m[2] === fn) return Number(m[1]);
  }
  return 0;
}

function newSeries(url: string, folder: string, intervalSeconds = 1): Series {
  return { version: 1, id: 'test', url, intervalSeconds, folder, started: Date.now(), points: [] };
}

describe('capture watch: a live Go program', function () {
  this.timeout(300_000);
  let client: WorkerClient;
  const programs: PprofServe[] = [];
  before(() => {
    client = new WorkerClient(dist);
  });
  after(async () => {
    client.dispose();
    await Promise.all(programs.map((p) => p.stop()));
  });

  it('three captures a second apart: totals and main.grow as go tool pprof reads them, growth and rate', async () => {
    const program = await startPprofServe(['-step', '100ms', '-per', '128']);
    programs.push(program);
    const folder = tempDir();
    const series = newSeries(`${program.url}/debug/pprof/heap`, folder);
    let changes = 0;
    const watch = new Watch(series, { summarize: (f, s) => summarizeCapture(client, f, s), onChange: () => changes++ });
    watch.start();
    const deadline = Date.now() + 60_000;
    while (series.points.length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    watch.stop();
    assert.ok(changes > 3);
    const caps = series.points.slice(0, 3);
    assert.equal(caps.filter((p) => p.file && p.summary).length, 3, JSON.stringify(caps.map((p) => p.gap)));
    assert.ok(caps[1].time - caps[0].time >= 1000, 'a second apart at least');

    for (const p of caps) {
      assert.equal(p.summary!.sampleType, 'inuse_space');
      assert.equal(p.summary!.total, pprofTotal(p.file!, 'inuse_space'), `${p.file} total`);
      // a capture taken before the first step has no main.grow row (pprof: 0)
      assert.equal(p.summary!.functions['main.grow'] ?? 0, pprofFlat(p.file!, 'main.grow'), `${p.file} main.grow`);
      assert.equal(p.summary!.allocTotal, pprofTotal(p.file!, 'alloc_space'), `${p.file} alloc total`);
    }
    const grow = caps.map((p) => pprofFlat(p.file!, 'main.grow'));
    assert.ok(grow[0] < grow[1] && grow[1] < grow[2], `main.grow grows: ${grow.join(', ')}`);

    const g = growthSinceFirst({ ...series, points: caps });
    assert.equal(g.rows[0].name, 'main.grow');
    assert.equal(g.rows[0].first, grow[0]);
    assert.equal(g.rows[0].last, grow[2]);
    assert.equal(g.rows[0].growth, grow[2] - grow[0]);
    const minutes = (caps[2].time - caps[0].time) / 60_000;
    assert.ok(Math.abs(g.rows[0].perMinute - (grow[2] - grow[0]) / minutes) < 1e-6);

    const chart = timelineChart({ ...series, points: caps }, 5);
    assert.equal(chart.lines[0].name, 'main.grow');
    assert.deepEqual(chart.lines[0].values, grow);
    // The series on disk reads back the same (once the write of the last point is done).
    await watch.whenSaved();
    const saved = parseSeries(fs.readFileSync(path.join(folder, SERIES_FILE), 'utf8'));
    assert.deepEqual(saved, JSON.parse(JSON.stringify(series)));
  });

  it('the map cleared now and then: main.grow drops as go tool pprof reads it, and no restart is seen', async () => {
    const program = await startPprofServe(['-step', '100ms', '-per', '128', '-clear-every', '8']);
    programs.push(program);
    const series = newSeries(`${program.url}/debug/pprof/heap`, tempDir());
    const watch = new Watch(series, { summarize: (f, s) => summarizeCapture(client, f, s), onChange: () => undefined });
    const grow: number[] = [];
    for (let i = 0; i < 12 && !grow.some((v, j) => j > 0 && v < grow[j - 1]); i++) {
      const p = await watch.captureOnce();
      assert.ok(p?.summary, JSON.stringify(p));
      grow.push(pprofFlat(p.file!, 'main.grow'));
      assert.equal(p.summary.functions['main.grow'] ?? 0, grow[grow.length - 1]);
      await new Promise((r) => setTimeout(r, 250));
    }
    assert.ok(
      grow.some((v, j) => j > 0 && v < grow[j - 1]),
      `a clear shows as a drop: ${grow.join(', ')}`,
    );
    assert.equal(
      series.points.some((p) => p.restarted),
      false,
      'a clear is not a restart',
    );
  });

  it('the program down, then restarted on the same port: a gap, then a break in the lines', async () => {
    const first = await startPprofServe(['-step', '100ms', '-per', '128']);
    programs.push(first);
    const addr = first.url.replace('http://', '');
    const folder = tempDir();
    const series = newSeries(`${first.url}/debug/pprof/heap`, folder);
    const watch = new Watch(series, { summarize: (f, s) => summarizeCapture(client, f, s), onChange: () => undefined });
    await new Promise((r) => setTimeout(r, 1500));
    const a = await watch.captureOnce();
    assert.ok(a?.summary);
    await first.stop();
    const gap = await watch.captureOnce();
    assert.equal(gap?.summary, undefined);
    assert.match(gap!.gap!, /^connection refused/);
    const second = await startPprofServe(['-addr', addr, '-step', '100ms', '-per', '128']);
    programs.push(second);
    const b = await watch.captureOnce();
    assert.ok(b?.summary, JSON.stringify(b));
    assert.equal(b!.restarted, true, `alloc totals ${a!.summary!.allocTotal} then ${b!.summary!.allocTotal}`);
    const points = timelinePoints(series);
    assert.deepEqual(
      points.map((p) => [p.total === null, p.gap !== undefined, p.restarted === true]),
      [
        [false, false, false],
        [true, true, false],
        [false, false, true],
      ],
    );
    const chart = timelineChart(series);
    assert.deepEqual(chart.pointIndex, [0, 1, -1, 2]);
    assert.equal(chart.total[1], null);
    assert.equal(chart.total[2], null);
    // Growth counts from the first capture after the restart: one capture, nothing to compare yet.
    assert.deepEqual(growthSinceFirst(series), { since: b!.time, rows: [] });
  });
});
