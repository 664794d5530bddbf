// The experiment form's checks: which map types the form takes (the verdicts and key messages
// of the real Go compiler), counts as typed, compare mode's two Go fields, and a saved draft
// meeting a panel that offers other choices.
import { strict as assert } from 'assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countProblem, draftProblems, draftRequest, mapTypeProblem, startDraft, type Draft } from '../../../src/experiments/form';
import type { PanelSetup } from '../../../src/shared/protocol/experimentView';
import { goBinary } from '../../support/realGo';

const GO = ['1.19', '1.20', '1.21', '1.22', '1.23', '1.24', '1.25', '1.26'];
const scenarios = [
  { id: 'fill-clear-refill', title: 'Fill, clear, refill', description: '' },
  { id: 'delete-half', title: 'Delete half', description: '' },
];
const setup = (compare: boolean): PanelSetup => ({
  scenarios,
  goVersions: GO,
  compare,
  defaultGo: '1.22',
  form: { params: { scenario: 'delete-half', type: 'map[int]int', n: 100000, hint: -1, go: '1.22' }, ...(compare ? { compareGo: '1.26' } : {}) },
  realGo: { enabled: false, note: '', scenarios: [] },
});
const draft: Draft = { scenario: 'fill-clear-refill', type: 'map[string][]byte', n: '100_000', hint: '-1', go: '1.26', compareGo: '' };

/** What `go build -gcflags=-e` says about `var _ T` for each type, by type (undefined: it compiles). */
function compilerVerdicts(types: string[]): Map<string, string | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'heaplens-form-'));
  writeFileSync(join(dir, 'go.mod'), 'module x\n\ngo 1.22\n');
  writeFileSync(join(dir, 'main.go'), `package main\n\n${types.map((t, i) => `var v${i} ${t}\n`).join('')}\nfunc main() {}\n`);
  const r = spawnSync(goBinary('1.26'), ['build', '-gcflags=-e', '-o', join(dir, 'x'), '.'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '' },
  });
  const byLine = new Map<number, string>();
  for (const m of r.stderr.matchAll(/^\.\/main\.go:(\d+):\d+: (.*)$/gm)) byLine.set(Number(m[1]), m[2]);
  return new Map(types.map((t, i) => [t, byLine.get(i + 3)]));
}

describe('experiments: the form', function () {
  this.timeout(120_000);

  it('takes the map types the Go compiler takes, and names a bad key type as it does', () => {
    const types = [
      'map[int]int',
      'map[string][]byte',
      'map[[40]byte]int',
      'map[struct{ a int8; b int64 }][]byte',
      'map[interface{}]int',
      'map[*int]int',
      'map[[]int]bool',
      'map[func()]int',
      'map[struct{ s []byte }]int',
      'map[[2]map[int]int]int',
    ];
    for (const [type, compiler] of compilerVerdicts(types)) assert.equal(mapTypeProblem(type), compiler, type);
  });

  it("refuses text that is no map type, with the parser's one-line reason", () => {
    assert.match(mapTypeProblem('map[int') ?? '', /expected '\]'/);
    assert.equal(mapTypeProblem('[]int'), "'[]int' is not a map type: write it like map[string][]byte");
    assert.match(mapTypeProblem('map[string]*User') ?? '', /unknown type name 'User'/);
  });

  it('reads counts as typed, underscores included, within their range', () => {
    assert.equal(countProblem('100_000', 0, 'N'), undefined);
    assert.equal(countProblem('1e5', 0, 'N'), 'N must be a whole number');
    assert.equal(countProblem('-2', -1, 'The size hint'), 'The size hint must be between -1 and 10,000,000');
    assert.equal(countProblem('10000001', 0, 'N'), 'N must be between 0 and 10,000,000');
    assert.deepEqual(draftRequest(draft, false), { params: { scenario: 'fill-clear-refill', type: 'map[string][]byte', n: 100000, hint: -1, go: '1.26' } });
  });

  it('names each field with a problem and only those', () => {
    assert.deepEqual(draftProblems(draft, setup(false)), {});
    assert.deepEqual(Object.keys(draftProblems({ ...draft, scenario: 'nope', type: 'map[int', n: 'many', go: '1.30' }, setup(false))), [
      'scenario',
      'type',
      'n',
      'go',
    ]);
  });

  it('in compare mode asks for a classic Go (up to 1.23) and a Swiss-table Go (1.24 on)', () => {
    const both = { ...draft, go: '1.23', compareGo: '1.24' };
    assert.deepEqual(draftProblems(both, setup(true)), {});
    assert.deepEqual(draftProblems({ ...both, go: '1.24', compareGo: '1.23' }, setup(true)), {
      go: 'pick a Go version',
      compareGo: 'pick a Swiss-table Go version',
    });
    assert.equal(draftRequest(both, true).compareGo, '1.24');
  });

  it('a saved draft keeps its typing, and its choices only where the panel still offers them', () => {
    const host = startDraft(setup(false));
    assert.deepEqual(host, { scenario: 'delete-half', type: 'map[int]int', n: '100000', hint: '-1', go: '1.22', compareGo: '' });
    assert.deepEqual(startDraft(setup(false), { ...draft, type: 'map[str', n: '12_' }), { ...draft, type: 'map[str', n: '12_' });
    assert.deepEqual(startDraft(setup(false), { ...draft, scenario: 'gone', go: '1.18' }), { ...draft, scenario: 'delete-half', go: '1.22' });
    // A draft from the single-Go form meeting compare mode: 1.26 is not a classic Go.
    assert.deepEqual(startDraft(setup(true), draft), { ...draft, go: '1.22', compareGo: '1.26' });
  });
});
