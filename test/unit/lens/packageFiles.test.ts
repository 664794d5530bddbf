import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cachedReader } from '../../../src/goanalysis/packageFiles';

// A whole second, which every filesystem stores exactly.
const WHEN = 1_700_000_000;

describe('lens: reading the package from disk', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heaplens-pkg-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads a file again only when its size or modification time changed', () => {
    const file = path.join(dir, 'a.go');
    fs.writeFileSync(file, 'package a\n');
    fs.utimesSync(file, WHEN, WHEN);
    const read = cachedReader();
    assert.equal(read(file), 'package a\n');
    // Rewritten behind its back with the same size and time: the kept text proves no second read.
    fs.writeFileSync(file, 'package z\n');
    fs.utimesSync(file, WHEN, WHEN);
    assert.equal(read(file), 'package a\n');
    fs.writeFileSync(file, 'package a\n\nvar x int\n');
    assert.equal(read(file), 'package a\n\nvar x int\n');
    // Same size, later time: read again.
    fs.writeFileSync(file, 'package b\n\nvar x int\n');
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(file, later, later);
    assert.equal(read(file), 'package b\n\nvar x int\n');
  });

  it('keeps at most its capacity, dropping the least recently read', () => {
    const read = cachedReader(2);
    const files = ['a', 'b', 'c'].map((n) => {
      const p = path.join(dir, `${n}.go`);
      fs.writeFileSync(p, `package ${n}\n`);
      return p;
    });
    // Each file is rewritten unseen (same size and time) after its read: kept means the old text.
    const readThenChange = (p: string) => {
      fs.utimesSync(p, WHEN, WHEN);
      const text = read(p);
      fs.writeFileSync(p, text.replace('package', 'packagf'));
      fs.utimesSync(p, WHEN, WHEN);
      return text;
    };
    readThenChange(files[0]);
    readThenChange(files[1]);
    assert.equal(read(files[0]), 'package a\n'); // kept, and now the most recent
    readThenChange(files[2]); // evicts b, the least recent
    assert.equal(read(files[0]), 'package a\n');
    assert.equal(read(files[1]), 'packagf b\n');
  });
});
