import { strict as assert } from 'assert';
import type { ClearCall } from '../../../src/goanalysis/analysis';
import { definedType, declaredType, mapOrSlice, typeFromHovers, withGoplsType } from '../../../src/goanalysis/goplsHover';

// Hover texts as gopls (master) writes them, recorded with `gopls definition -markdown FILE:LINE:COL`
// on clear(r.Header), clear(h) (var h http.Header), clear(idx) (a parameter idx Index) and
// clear(s) (s Set[int]); its hover is the text after "defined here as".
const hovers = {
  field: '```go\nfield Header http.Header\n```\n\nHeader contains the request header fields either received by the server or to be sent by the client.',
  variable: '```go\nvar h http.Header\n```',
  parameter: '```go\nvar idx Index\n```',
  generic: '```go\nvar s Set[int]\n```',
  slice: '```go\nvar xs []byte\n```',
};

describe('gopls hover parsing', () => {
  it('a field', () => assert.equal(declaredType(hovers.field), 'http.Header'));
  it('a variable', () => assert.equal(declaredType(hovers.variable), 'http.Header'));
  it('a parameter (gopls writes var)', () => assert.equal(declaredType(hovers.parameter), 'Index'));
  it('an instantiated generic type', () => assert.equal(declaredType(hovers.generic), 'Set[int]'));
  it('a named type is neither map nor slice until its definition is read', () => assert.equal(typeFromHovers([hovers.field]), undefined));
  it('a slice written as one is taken at once', () => assert.deepEqual(typeFromHovers(['', hovers.slice]), { kind: 'slice', type: '[]byte' }));
});

// Lines of the Go 1.26 source where gopls's type definition lands.
describe('gopls type definition lines', () => {
  it('net/http/header.go:24', () => assert.deepEqual(mapOrSlice(definedType('type Header map[string][]string')), { kind: 'map', type: 'map[string][]string' }));
  it('sort/sort.go:123', () => assert.deepEqual(mapOrSlice(definedType('type IntSlice []int')), { kind: 'slice', type: '[]int' }));
  it('a generic type (internal/types/testdata/fixedbugs/issue51257.go:27)', () =>
    assert.equal(definedType('type Set[T comparable] map[T]struct{}'), 'map[T]struct{}'));
  it('an alias (encoding/json/v2/arshal_default.go:52)', () => assert.equal(definedType('type seenPointers = map[any]struct{}'), 'map[any]struct{}'));
  it('a trailing comment (database/sql/sql.go:732)', () => assert.equal(definedType('type depSet map[any]bool // set of true bools'), 'map[any]bool'));
  it('a struct is neither (net/http/request.go:113)', () => assert.equal(mapOrSlice(definedType('type Request struct {')), undefined));
});

describe('a call upgraded with gopls type', () => {
  const span = { startLine: 6, startColumn: 1, endLine: 6, endColumn: 6 };
  const unknown: ClearCall = {
    line: 7,
    column: 2,
    argument: 'r.Header',
    kind: 'unknown',
    type: null,
    retains: null,
    goVersion: '1.21',
    summary: '',
    reason: 'r.Header is declared in package http',
    releasable: false,
    standalone: true,
    clearSpan: span,
    argSpan: span,
    callSpan: span,
    allocLines: [],
  };
  it('a map: the engine gets the type gopls wrote; no quick fix', () => {
    const got = withGoplsType(unknown, { kind: 'map', type: 'map[string][]string' });
    assert.deepEqual(
      { ...got, summary: undefined },
      {
        kind: 'map',
        type: 'map[string][]string',
        spelledType: 'map[string][]string',
        engineType: 'map[string][]string',
        retains: true,
        summary: undefined,
        releasable: false,
        via: 'gopls',
      },
    );
    assert.match(got.summary!, /^clear keeps/);
  });
  it('a slice has no engine type', () => assert.equal(withGoplsType(unknown, { kind: 'slice', type: '[]int' }).engineType, undefined));
});
