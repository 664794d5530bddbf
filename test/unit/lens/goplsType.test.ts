import { strict as assert } from 'assert';
import Module = require('module');

// goplsType.ts imports vscode for its provider calls; the hover parsing is what is tested here.
const load = Module.prototype.require;
let declaredType: (md: string) => string | undefined;

// Hover texts as gopls writes them (variable, field, parameter).
describe('gopls hover parsing', () => {
before(() => {
  Module.prototype.require = function (this: NodeModule, id: string) { return id === 'vscode' ? {} : load.call(this, id); } as typeof load;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  declaredType = require('../../../src/vscode/lens/goplsType').declaredType;
  Module.prototype.require = load;
});

  it('var', () => assert.equal(declaredType('```go\nvar h http.Header\n```\n\n---'), 'http.Header'));
  it('field', () => assert.equal(declaredType('```go\nfield Header http.Header\n```'), 'http.Header'));
  it('a map type', () => assert.equal(declaredType('```go\nvar m map[string][]int\n```'), 'map[string][]int'));
});
