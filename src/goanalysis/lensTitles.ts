// What the code lenses above a clear call say, and which command each runs: the editor's
// provider (src/vscode/lens/codeLens.ts) only turns these into vscode.CodeLens objects.
import type { ClearCall } from './analysis';
import { engineGoVersion } from './estimates';
import { goBuildLabel, mapImpl } from '../shared/goVersion';
import { formatBytes } from '../shared/format';
import type { MapSite } from '../maps/model';
import { mapLensTitle } from './mapLens';

/** One lens: its text, and the command it runs (none: the lens only informs). */
export interface LensTitle {
  title: string;
  command?: 'explain' | 'simulate';
}

/**
 * The lenses of one call, in order: what clear keeps for its Go version, Explain, Simulate (maps,
 * when the engine simulates that version) and the open profile's values at the argument's lines,
 * or, when the profile's map sites (`maps`) are this map, what of them clear keeps.
 */
export function lensTitles(
  call: ClearCall,
  profile: { line: number; value: number }[],
  sample?: { name: string; unit: string },
  maps: readonly MapSite[] = [],
): LensTitle[] {
  switch (call.kind) {
    case 'unsupported-go-version':
      return [{ title: `clear needs Go 1.21; go.mod says ${call.goVersion}` }];
    case 'not-builtin':
    case 'unknown':
      return [];
    case 'slice':
      return [
        { title: 'clear zeroes the elements; len, cap and the backing array stay', command: 'explain' },
        { title: 'Explain', command: 'explain' },
      ];
  }
  const what =
    mapImpl(call.goVersion) === 'swiss'
      ? `Swiss tables and groups stay allocated (Go ${goBuildLabel(call.goVersion)})`
      : `buckets stay allocated (classic map, Go ${goBuildLabel(call.goVersion)})`;
  const out: LensTitle[] = [
    { title: `clear: ${what}`, command: 'explain' },
    { title: 'Explain', command: 'explain' },
  ];
  if (engineGoVersion(call.goVersion)) out.push({ title: 'Simulate', command: 'simulate' });
  const held = sample ? mapLensTitle(call, maps, sample.name) : undefined;
  if (held) out.push({ title: held });
  else if (profile.length) {
    const fmt = (v: number) => (sample?.unit === 'bytes' ? formatBytes(v) : `${v}`);
    out.push({ title: `profile ${sample?.name ?? ''}: ${profile.map((p) => `${fmt(p.value)} at line ${p.line}`).join(', ')}` });
  }
  return out;
}
