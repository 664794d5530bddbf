// Our decoder against pprof-format on every fixture, field by field. The one intended difference:
// int64 values keep their sign (pprof-format hands negatives back as huge unsigned numbers).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { gunzipSync } from 'zlib';
import { Profile as PprofFormat } from 'pprof-format';
import { decodeProfile } from '../../../src/profile';
import type { Profile } from '../../../src/profile';
import { fixture } from '../../support/fixtures';

type Numeric = number | bigint;
const u = (v: Numeric | undefined): number => Number(v ?? 0);
const i64 = (v: Numeric | undefined): number => Number(BigInt.asIntN(64, BigInt(v ?? 0)));

function agree(file: string): void {
  const bytes = fs.readFileSync(file);
  const ours = decodeProfile(bytes);
  const theirs = PprofFormat.decode(gunzipSync(bytes));
  const s = theirs.stringTable.strings;
  assert.deepEqual(ours.strings, s);
  assert.deepEqual(
    ours.sampleTypes,
    theirs.sampleType.map((t) => ({ type: s[u(t.type)], unit: s[u(t.unit)] })),
  );

  assert.equal(ours.functionCount, theirs.function.length);
  theirs.function.forEach((f, i) => {
    assert.deepEqual(
      [ours.functionId[i], ours.functionName[i], ours.functionSystemName[i], ours.functionFilename[i], ours.functionStartLine[i]],
      [u(f.id), u(f.name), u(f.systemName), u(f.filename), i64(f.startLine)],
    );
  });
  assert.deepEqual(
    ours.mappings,
    theirs.mapping.map((m) => ({
      id: u(m.id),
      memoryStart: u(m.memoryStart),
      memoryLimit: u(m.memoryLimit),
      fileOffset: u(m.fileOffset),
      file: s[u(m.filename)],
      buildId: s[u(m.buildId)],
      hasFunctions: m.hasFunctions,
      hasFilenames: m.hasFilenames,
      hasLineNumbers: m.hasLineNumbers,
      hasInlineFrames: m.hasInlineFrames,
    })),
  );

  assert.equal(ours.locationCount, theirs.location.length);
  theirs.location.forEach((l, i) => {
    const mapping = ours.locationMapping[i];
    assert.equal(mapping >= 0 ? ours.mappings[mapping].id : 0, u(l.mappingId));
    assert.equal(ours.locationId[i], u(l.id));
    assert.equal(ours.locationAddress[i], u(l.address));
    assert.equal(ours.locationIsFolded[i] === 1, l.isFolded);
    const lines = [];
    for (let j = ours.locationLineStart[i]; j < ours.locationLineStart[i + 1]; j++) {
      const f = ours.lineFunction[j];
      lines.push([f >= 0 ? ours.functionId[f] : 0, ours.lineNumber[j], ours.lineColumn[j]]);
    }
    assert.deepEqual(
      lines,
      l.line.map((ln) => [u(ln.functionId), i64(ln.line), i64(ln.column)]),
    );
  });

  assert.equal(ours.sampleCount, theirs.sample.length);
  const T = ours.sampleTypes.length;
  theirs.sample.forEach((smp, i) => {
    const locs = Array.from(ours.sampleLocations.subarray(ours.sampleLocationStart[i], ours.sampleLocationStart[i + 1]), (l) => ours.locationId[l]);
    assert.deepEqual(locs, smp.locationId.map(u), `sample ${i} locations`);
    assert.deepEqual(Array.from(ours.sampleValues.subarray(i * T, (i + 1) * T)), smp.value.map(i64), `sample ${i} values`);
    assert.deepEqual(
      labelsOf(ours, i),
      smp.label.map((lb) => [u(lb.key), u(lb.str), i64(lb.num), u(lb.numUnit)]),
      `sample ${i} labels`,
    );
  });

  assert.equal(ours.dropFrames, s[u(theirs.dropFrames)]);
  assert.equal(ours.keepFrames, s[u(theirs.keepFrames)]);
  assert.equal(ours.timeNanos, i64(theirs.timeNanos));
  assert.equal(ours.durationNanos, i64(theirs.durationNanos));
  assert.deepEqual(ours.periodType, theirs.periodType ? { type: s[u(theirs.periodType.type)], unit: s[u(theirs.periodType.unit)] } : undefined);
  assert.equal(ours.period, i64(theirs.period));
  assert.deepEqual(
    ours.comments,
    theirs.comment.map((c) => s[u(c)]),
  );
  assert.equal(ours.defaultSampleType, s[u(theirs.defaultSampleType)]);
  assert.equal(ours.docUrl, s[u(theirs.docUrl)]);
}

function labelsOf(p: Profile, i: number): number[][] {
  const out: number[][] = [];
  for (let j = p.sampleLabelStart[i]; j < p.sampleLabelStart[i + 1]; j++) out.push([p.labelKey[j], p.labelStr[j], p.labelNum[j], p.labelNumUnit[j]]);
  return out;
}

describe('decoder agrees with pprof-format', () => {
  it('cpu-go1.26', () => agree(fixture('profile', 'cpu-go1.26.pb.gz')));
  it('inline-go1.26', () => agree(fixture('profile', 'inline-go1.26.pb.gz')));
  it('jsonwork-go1.19', () => agree(fixture('profile', 'jsonwork-go1.19.pb.gz')));
  it('mapclear-go1.19', () => agree(fixture('profile', 'mapclear-go1.19.pb.gz')));
  it('mapclear-go1.26', () => agree(fixture('profile', 'mapclear-go1.26.pb.gz')));
  it('wide-200k', () => agree(fixture('perf', 'wide-200k.pb.gz')));
  it('recursive-go1.26', () => agree(fixture('profile', 'recursive-go1.26.pb.gz')));
  it('diff-mapclear (negative values)', () => agree(fixture('profile', 'diff-mapclear.pb.gz')));
});
