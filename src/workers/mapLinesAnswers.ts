// The lens worker's answer to the viewer's map sites (issue 19): the map statements at the
// profile's leaf lines of each local file the host found, as folderSource answers the CLI.
import type { TreeCache } from '../goanalysis/analysis';
import { mapLinesOf } from '../goanalysis/mapLines';
import { readPackageInput, type PackageOptions } from '../goanalysis/packageFiles';
import type { MapLinesAnswer } from '../maps/model';
import { goLineVersion, nearestSupported } from '../shared/goVersion';

/** Answers for each file that can be read and parsed; the others are left out (their sites have no source). */
export function mapLinesAnswers(
  cache: TreeCache,
  files: readonly { file: string; path: string; lines: number[] }[],
  read: (p: string) => string,
  options: PackageOptions,
): MapLinesAnswer[] {
  const out: MapLinesAnswer[] = [];
  for (const f of files) {
    let text: string;
    try {
      text = read(f.path);
    } catch {
      continue;
    }
    const input = readPackageInput({ path: f.path, text }, read, options);
    const found = mapLinesOf(cache, input, f.lines);
    const goLine = input.goMod ? goLineVersion(input.goMod) : undefined;
    out.push({ file: f.file, path: f.path, ...(goLine ? { goVersion: nearestSupported(goLine) } : {}), lines: [...found.lines.values()] });
  }
  return out;
}
