import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findGoBinary } from '../../../src/realgo/findGo';

describe('experiments: finding the go binary', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'heaplens-findgo-'));
  const bin = path.join(root, 'goroot', 'bin');
  fs.mkdirSync(bin, { recursive: true });
  const go = path.join(bin, 'go');
  fs.writeFileSync(go, '#!/bin/sh\n', { mode: 0o755 });
  const notExec = path.join(root, 'plain');
  fs.mkdirSync(notExec);
  fs.writeFileSync(path.join(notExec, 'go'), '', { mode: 0o644 });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('takes the setting as a binary, a bin folder or a GOROOT', () => {
    assert.equal(findGoBinary(go, ''), go);
    assert.equal(findGoBinary(bin, ''), go);
    assert.equal(findGoBinary(path.join(root, 'goroot'), ''), go);
  });

  it('does not fall back to PATH when the setting names no go binary', () => {
    assert.equal(findGoBinary(path.join(root, 'missing'), bin), undefined);
  });

  it('searches PATH in order and skips files that are not executable', () => {
    assert.equal(findGoBinary('', [notExec, bin].join(path.delimiter)), go);
    assert.equal(findGoBinary('', notExec), undefined);
  });
});
