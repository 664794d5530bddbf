// The simulated allocations as a Go heap profile (runtime/pprof/protomem.go's shape): the four
// heap sample types, a `bytes` label with the slot size, and frames at the user line of the make
// or m[k] = v; runtime frames are not there, as go tool pprof hides them. Values are exact, as
// with runtime.MemProfileRate = 1.
import { gzipSync } from 'node:zlib';
import { Function as PFunction, Label, Line, Location, Profile, Sample, StringTable, ValueType } from 'pprof-format';
import { PROGRAM_FILE, PROGRAM_FUNC } from './program';
import type { ExperimentParams } from '../shared/protocol/experimentView';
import { runScenario, type ExperimentRun } from './run';

/** Encodes a run (or runs the request first) as a gzipped pprof heap profile. */
export function profileFromExperiment(input: ExperimentRun | ExperimentParams): Uint8Array {
  const run = 'heap' in input ? input : runScenario(input);
  const st = new StringTable();
  const s = (x: string): number => st.dedup(x);
  const vt = (type: string, unit: string): ValueType => new ValueType({ type: s(type), unit: s(unit) });
  const fnExp = new PFunction({ id: 1, name: s(PROGRAM_FUNC), systemName: s(PROGRAM_FUNC), filename: s(PROGRAM_FILE), startLine: 4 });
  const fnMain = new PFunction({ id: 2, name: s('main.main'), systemName: s('main.main'), filename: s(PROGRAM_FILE), startLine: run.program.length + 2 });
  const mainLoc = new Location({ id: 1, line: [new Line({ functionId: 2, line: run.program.length + 3 })] });
  const locations = [mainLoc];
  const locByLine = new Map<number, number>();
  const samples: Sample[] = [];
  for (const t of run.heap.siteTotals()) {
    let loc = locByLine.get(t.site.line);
    if (loc === undefined) {
      loc = locations.length + 1;
      locations.push(new Location({ id: loc, line: [new Line({ functionId: 1, line: t.site.line })] }));
      locByLine.set(t.site.line, loc);
    }
    samples.push(
      new Sample({
        locationId: [loc, 1],
        value: [t.allocObjects, t.allocObjects * t.bytes, t.inuseObjects, t.inuseObjects * t.bytes],
        label: [new Label({ key: s('bytes'), num: t.bytes })],
      }),
    );
  }
  const r = run.result;
  const profile = new Profile({
    sampleType: [vt('alloc_objects', 'count'), vt('alloc_space', 'bytes'), vt('inuse_objects', 'count'), vt('inuse_space', 'bytes')],
    sample: samples,
    location: locations,
    function: [fnExp, fnMain],
    stringTable: st,
    periodType: vt('space', 'bytes'),
    period: 1,
    comment: [s(`heaplens experiment ${r.scenario} --type '${r.type}' --n ${r.n} --hint ${r.hint} --go ${r.go} (simulated ${r.impl} map)`)],
  });
  return new Uint8Array(gzipSync(profile.encode()));
}
