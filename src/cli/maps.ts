import * as fs from 'fs';
import * as path from 'path';
import { InputError, UsageError } from '../shared/errors';
import { formatBytes } from '../shared/format';
import { GO_BUILDS, goBuildLabel, parseGoBuild } from '../shared/goVersion';
import { parseArgs } from './args';
import { decodeStreamed, type Profile } from '../profile';
import { readProfileBytes, withFile } from './profileFile';
import { TreeCache } from '../goanalysis/analysis';
import { loadGoParser } from '../goanalysis/goParser';
import { findGoMod } from '../goanalysis/packageFiles';
import { goLineVersion, nearestSupported } from '../shared/goVersion';
import { findMapSites, type MapSite } from '../maps';
import { folderSource } from '../maps/folderSource';

const USAGE = 'usage: heaplens maps PROFILE [--sample TYPE] [--source DIR] [--go VERSION] [--json]';

/** `heaplens maps`: see shared/spec/cli.md. */
export async function runMaps(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['sample', 'source', 'go'], ['json']);
  if (args.positional.length !== 1) throw new UsageError(USAGE);
  const file = args.positional[0];
  const goOpt = args.options.get('go');
  const go = goOpt === undefined ? undefined : parseGoBuild(goOpt);
  if (goOpt !== undefined && (go === undefined || !GO_BUILDS.includes(go))) {
    throw new UsageError(`--go must be one of ${GO_BUILDS.join(', ')}, not '${goOpt}'`);
  }
  const dir = args.options.get('source') ?? '.';
  if (!isDir(dir)) throw new InputError(`${dir}: --source must be a folder`);

  const data = readProfileBytes(file);
  const profile = await withFile(file, () => decodeStreamed(data));
  const sampleIndex = pickSample(profile, args.options.get('sample'), file);
  // The bundle sits in dist/ beside the two wasm files that esbuild copies there; the parser
  // loads only when a site's source is read.
  const parser = await loadGoParser({ runtime: path.join(__dirname, 'web-tree-sitter.wasm'), grammar: path.join(__dirname, 'tree-sitter-go.wasm') });
  const cache = new TreeCache(parser);
  const goMod = findGoMod(path.resolve(dir));
  const goLine = goMod ? goLineVersion(goMod) : undefined;
  let sites: MapSite[];
  try {
    sites = withFile(file, () =>
      findMapSites(profile, folderSource(dir, cache, process.env.GOROOT), { sampleIndex, go, fallbackGo: goLine ? nearestSupported(goLine) : undefined }),
    );
  } finally {
    cache.dispose();
  }
  if (args.flags.has('json')) {
    process.stdout.write(JSON.stringify(sites.map(toJson), null, 1) + '\n');
  } else {
    process.stdout.write(formatText(sites, profile.sampleTypes[sampleIndex].type));
  }
  return 0;
}

/** The contract's fields, in its order. */
function toJson(s: MapSite) {
  return {
    function: s.function,
    file: s.file,
    line: s.line,
    type: s.type,
    impl: s.impl,
    go: s.go,
    how: s.how,
    bytes: s.bytes,
    objects: s.objects,
    capacity: s.capacity,
    parts: s.parts,
    clears: s.clears,
  };
}

function formatText(sites: MapSite[], sampleType: string): string {
  if (sites.length === 0) return `no Go maps found in ${sampleType}\n`;
  const lines: string[] = [];
  for (const s of sites) {
    const what = s.type ?? 'map (type unknown: source not found)';
    const room = s.capacity === null ? '' : `, room for ${s.capacity} entries`;
    lines.push(`${s.file}:${s.line} ${s.function}: ${what}, ${s.impl} (Go ${goBuildLabel(s.go)}): ${formatBytes(s.bytes)} ${sampleType}${room}`);
    for (const p of s.parts) lines.push(`    ${p.kind ?? 'objects'} of ${p.size} B: ${formatBytes(p.bytes)} in ${Math.round(p.objects)} objects`);
    for (const c of s.clears) lines.push(`    clear at ${c.file}:${c.line} keeps them`);
  }
  return lines.join('\n') + '\n';
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** `--sample` by name; default inuse_space (what the maps hold now). */
function pickSample(profile: Profile, name: string | undefined, file: string): number {
  const wanted = name ?? 'inuse_space';
  const i = profile.sampleTypes.findIndex((t) => t.type === wanted);
  if (i >= 0) return i;
  if (name === undefined)
    throw new InputError(`${file}: not a heap profile (no inuse_space sample type; it has: ${profile.sampleTypes.map((t) => t.type).join(', ')})`);
  throw new UsageError(`${file} has no sample type '${name}' (it has: ${profile.sampleTypes.map((t) => t.type).join(', ')})`);
}
