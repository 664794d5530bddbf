// What the suites expect, read from real tools' output and the manifest (shared by e2e and integration).
import * as fs from 'fs';
import * as path from 'path';
import { fixture } from '../support/fixtures';

export { readGolden, type Golden, type GoldenRow } from '../support/pprofGolden';

/** The palette commands package.json declares visible, as the palette shows them. */
export function manifestPaletteCommands(repoRoot: string): { id: string; label: string }[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const hidden = new Set<string>(
    (pkg.contributes.menus?.commandPalette ?? []).filter((m: { when?: string }) => m.when === 'false').map((m: { command: string }) => m.command),
  );
  return pkg.contributes.commands
    .filter((c: { command: string }) => !hidden.has(c.command))
    .map((c: { command: string; title: string; category?: string }) => ({ id: c.command, label: c.category ? `${c.category}: ${c.title}` : c.title }));
}

/** The `clear(` sites the lens fixture's expected.json lists for one file (from the real go/types answers). */
export function lensSites(file: string): { line: number; kind: string; retains: boolean | null }[] {
  const all = JSON.parse(fs.readFileSync(fixture('lens', 'contract', 'expected.json'), 'utf8'));
  return all.filter((e: { file: string }) => e.file === file);
}

const unitScales: Record<string, number[]> = {
  '': [1],
  b: [1],
  k: [1e3, 1024],
  kb: [1e3, 1024],
  kib: [1024],
  m: [1e6, 1024 ** 2],
  mb: [1e6, 1024 ** 2],
  mib: [1024 ** 2],
  g: [1e9, 1024 ** 3],
  gb: [1e9, 1024 ** 3],
  gib: [1024 ** 3],
};

/**
 * True when `shown`, a number as a viewer displays it ("2,885,266", "2885266B", "2.75 MB", "4.05kB",
 * "2.8MiB", "0"), equals `expected` at the precision it was displayed with ("kB"/"MB" may be
 * 1000- or 1024-based: pprof itself prints powers of 1024 with those names).
 */
export function shownEquals(shown: string, expected: number): boolean {
  // a comparison shows growth with its sign: "+92.1 KiB"
  const m = /^\s*([-+]?[\d,]*\.?\d+)\s*([a-zA-Z]*)\s*$/.exec(shown);
  if (!m) return false;
  const digits = m[1].replace(/,/g, '');
  const decimals = digits.includes('.') ? digits.split('.')[1].length : 0;
  const scales = unitScales[m[2].toLowerCase()];
  if (!scales) return false;
  return scales.some((f) => Math.abs(Number(digits) * f - expected) <= 0.5 * 10 ** -decimals * f + 1e-9);
}
