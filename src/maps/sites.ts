// Finding the maps in a decoded heap profile: group the samples by their leaf frame's line (the
// runtime's own frames are never in a heap profile's stacks: runtime/pprof hides them), keep
// the lines whose source makes or grows a map (or whose frame is a map function such as
// reflect.mapassign), and keep of each line the objects whose size is one of that map type's
// structures. Pure: the source comes through MapSource.
import { InputError } from '../shared/errors';
import { NEWEST_GO } from '../shared/goVersion';
import type { Profile } from '../profile';
import type { MapLine } from '../goanalysis/mapLines';
import { implForGo, supportedBuild } from '../engine/versions';
import type { MapLinesAnswer, MapPart, MapSite } from './model';

export type { MapLinesAnswer } from './model';
import { likelyCount, rawCount, sampledChance } from './sampling';
import { structuresBySize, type Structure } from './structures';

/** Where the sites' source comes from: the CLI reads a folder, the editor its workspace. */
export interface MapSource {
  /**
   * The map statements at these lines of the file the profile names, with the Go version of
   * its nearest go.mod; undefined when the file is not found.
   */
  mapLines(profileFile: string, lines: number[]): { path: string; goVersion?: string; lines: Map<number, MapLine> } | undefined;
}

export interface MapSitesOptions {
  /** Index of the sample type to report (an alloc_ or inuse_ type of a heap profile). */
  sampleIndex: number;
  /** The Go build the program was made with; wins over go.mod. */
  go?: string;
  /** The build when neither `go` nor a go.mod says (default: the newest). */
  fallbackGo?: string;
}

/**
 * Frames that are map code whatever the source: what reflect and the maps package link to the
 * runtime, and the runtime's own map functions, which a stack shows only when it has nothing
 * but runtime frames.
 */
const MAP_FUNCTION =
  /^(reflect\.(mapassign(_faststr|0)?|makemap)|maps\.(Clone|clone)|runtime\.(makemap(_small|64)?|makeBucketArray|newoverflow|hashGrow|growWork|evacuate|mapassign(_fast32|_fast64|_faststr|_fast32ptr|_fast64ptr)?|mapclone2?)|internal\/runtime\/maps\..*)$/;

/** The sample pair a heap sample type belongs to: its objects and its bytes. */
function heapPair(p: Profile, sampleIndex: number): { objects: number; bytes: number } {
  const name = p.sampleTypes[sampleIndex]?.type ?? '';
  const m = /^(alloc|inuse)_(space|objects)$/.exec(name);
  const objects = m ? p.sampleTypes.findIndex((t) => t.type === `${m[1]}_objects`) : -1;
  const bytes = m ? p.sampleTypes.findIndex((t) => t.type === `${m[1]}_space`) : -1;
  if (objects < 0 || bytes < 0) {
    throw new InputError(`maps reads heap profiles (alloc_/inuse_ objects and space), and sample type '${name}' is not one`);
  }
  return { objects, bytes };
}

/** A leaf line of the profile: where its samples' objects were allocated. */
interface LeafSite {
  fn: string;
  file: string;
  line: number;
}

/**
 * A computation in steps: it yields every STEP samples or locations, so the decode worker can
 * run it in slices between other queries (a sample-type switch waits for one slice at most) and
 * drop it when it is no longer wanted. The CLI runs it through at once (runSteps).
 */
export type Steps<T> = Generator<void, T, void>;

/** Samples or locations between two yields: about a millisecond of work. */
const STEP = 1 << 15;

/** Runs steps through to their result, without yielding. */
export function runSteps<T>(g: Steps<T>): T {
  for (;;) {
    const r = g.next();
    if (r.done) return r.value;
  }
}

/** Each used leaf location's site (its innermost frame), -1 for the others. */
function* leafSites(p: Profile, pair: { objects: number; bytes: number }): Steps<{ sites: LeafSite[]; locSite: Int32Array }> {
  const T = p.sampleTypes.length;
  const vals = p.sampleValues;
  // Pass 1: which leaf locations hold anything at all (cheap: no labels).
  const leafUsed = new Uint8Array(p.locationCount);
  for (let s = 0; s < p.sampleCount; s++) {
    if ((s & (STEP - 1)) === STEP - 1) yield;
    const a = p.sampleLocationStart[s];
    if (a === p.sampleLocationStart[s + 1]) continue;
    if (vals[s * T + pair.bytes] === 0 && vals[s * T + pair.objects] === 0) continue;
    leafUsed[p.sampleLocations[a]] = 1;
  }

  // The leaf line of each used location: its innermost frame (a site).
  const siteOfKey = new Map<string, number>();
  const sites: LeafSite[] = [];
  const locSite = new Int32Array(p.locationCount).fill(-1);
  for (let loc = 0; loc < p.locationCount; loc++) {
    if ((loc & (STEP - 1)) === STEP - 1) yield;
    if (!leafUsed[loc] || p.locationLineStart[loc] === p.locationLineStart[loc + 1]) continue;
    const li = p.locationLineStart[loc];
    const f = p.lineFunction[li];
    const fn = f >= 0 ? p.strings[p.functionName[f]] : '';
    const file = f >= 0 ? p.strings[p.functionFilename[f]] : '';
    const line = p.lineNumber[li];
    const key = `${fn}\0${file}\0${line}`;
    let id = siteOfKey.get(key);
    if (id === undefined) {
      id = sites.length;
      siteOfKey.set(key, id);
      sites.push({ fn, file, line });
    }
    locSite[loc] = id;
  }

  return { sites, locSite };
}

/**
 * The lines of each file that findMapSites will ask its MapSource about: every leaf line the
 * chosen sample type has values at. For a two-step caller (the decode worker asks the lens
 * worker, which has the parser, then passes the answers back through answersSource).
 */
export function mapCandidateLines(p: Profile, options: Pick<MapSitesOptions, 'sampleIndex'>): { file: string; lines: number[] }[] {
  return runSteps(mapCandidateLinesSteps(p, options));
}

/** mapCandidateLines in steps. */
export function* mapCandidateLinesSteps(p: Profile, options: Pick<MapSitesOptions, 'sampleIndex'>): Steps<{ file: string; lines: number[] }[]> {
  const { sites } = yield* leafSites(p, heapPair(p, options.sampleIndex));
  const byFile = new Map<string, number[]>();
  for (const s of sites) {
    if (s.file === '' || s.line <= 0) continue;
    const lines = byFile.get(s.file);
    if (lines) lines.push(s.line);
    else byFile.set(s.file, [s.line]);
  }
  return [...byFile].map(([file, lines]) => ({ file, lines: [...new Set(lines)].sort((a, b) => a - b) }));
}

/** A MapSource over answers computed elsewhere (files not answered are not found). */
export function answersSource(answers: readonly MapLinesAnswer[]): MapSource {
  const byFile = new Map(answers.map((a) => [a.file, a]));
  return {
    mapLines(file) {
      const a = byFile.get(file);
      return a && { path: a.path, goVersion: a.goVersion, lines: new Map(a.lines.map((l) => [l.line, l])) };
    },
  };
}

/** The Go map sites of a heap profile, largest first. */
export function findMapSites(p: Profile, source: MapSource, options: MapSitesOptions): MapSite[] {
  return runSteps(findMapSitesSteps(p, source, options));
}

/** findMapSites in steps. */
export function* findMapSitesSteps(p: Profile, source: MapSource, options: MapSitesOptions): Steps<MapSite[]> {
  const pair = heapPair(p, options.sampleIndex);
  const T = p.sampleTypes.length;
  const rate = p.periodType?.type === 'space' && p.period > 1 ? p.period : 1;
  const vals = p.sampleValues;

  const { sites, locSite } = yield* leafSites(p, pair);

  // Which sites are maps: by their source line, or by their function.
  const byFile = new Map<string, number[]>();
  sites.forEach((s, id) => {
    if (s.file === '' || s.line <= 0) return;
    const ids = byFile.get(s.file);
    if (ids) ids.push(id);
    else byFile.set(s.file, [id]);
  });
  const facts: ({ line?: MapLine; path?: string; goVersion?: string } | undefined)[] = sites.map(() => undefined);
  for (const [file, ids] of byFile) {
    const found = source.mapLines(
      file,
      ids.map((id) => sites[id].line),
    );
    if (!found) continue;
    for (const id of ids) {
      const line = found.lines.get(sites[id].line);
      if (line) facts[id] = { line, path: found.path, goVersion: found.goVersion };
    }
  }
  sites.forEach((s, id) => {
    if (!facts[id] && MAP_FUNCTION.test(s.fn)) facts[id] = {};
  });
  if (!facts.some((f) => f)) return [];

  // Pass 2: the candidate sites' samples by object size (the `bytes` label).
  const bytesKey = p.strings.indexOf('bytes');
  const labelStart = p.sampleLabelStart;
  const agg = new Map<number, Map<number, { objects: number; bytes: number; count: number; sampled: number }>>();
  for (let s = 0; s < p.sampleCount; s++) {
    if ((s & (STEP - 1)) === STEP - 1) yield;
    const a = p.sampleLocationStart[s];
    if (a === p.sampleLocationStart[s + 1]) continue;
    const id = locSite[p.sampleLocations[a]];
    if (id < 0 || !facts[id]) continue;
    const objects = vals[s * T + pair.objects];
    const bytes = vals[s * T + pair.bytes];
    if (objects === 0 && bytes === 0) continue;
    let size = 0;
    for (let l = labelStart[s]; l < labelStart[s + 1]; l++) if (p.labelKey[l] === bytesKey) size = p.labelNum[l];
    if (size <= 0) size = objects > 0 ? Math.round(bytes / objects) : 0;
    let bySize = agg.get(id);
    if (!bySize) agg.set(id, (bySize = new Map()));
    const e = bySize.get(size) ?? { objects: 0, bytes: 0, count: 0, sampled: 0 };
    e.objects += objects;
    e.bytes += bytes;
    const k = rawCount(Math.abs(objects), Math.abs(bytes), rate);
    e.sampled += k;
    e.count += likelyCount(k, size, rate);
    bySize.set(size, e);
  }

  const out: MapSite[] = [];
  const tables = new Map<string, Map<number, Structure> | undefined>();
  for (const [id, bySize] of agg) {
    const s = sites[id];
    const f = facts[id]!;
    const build = supportedBuild(options.go ?? f.goVersion ?? options.fallbackGo ?? NEWEST_GO);
    const engineType = f.line?.engineType;
    const tkey = `${engineType}|${build}`;
    if (engineType && !tables.has(tkey)) tables.set(tkey, structuresOrNone(engineType, build));
    const table = engineType ? tables.get(tkey) : undefined;
    if (f.line && !table) continue; // a map type the engine cannot lay out: its sizes say nothing
    const parts: SizedPart[] = [];
    for (const [size, e] of [...bySize].sort((x, y) => y[0] - x[0])) {
      const st = table?.get(size);
      if (table && !st) continue;
      parts.push({ kind: st?.kind ?? null, size, objects: e.objects, bytes: e.bytes, count: e.count, sampled: e.sampled, slots: st?.slots ?? 0, alt: st?.alt });
    }
    if (implForGo(build) === 'swiss') directoriesAmongGroups(parts);
    if (table) dropImplausible(parts, f.line?.how, rate);
    if (parts.length === 0 || parts.every((x) => x.bytes === 0)) continue;
    // A lone bucket is an overflow bucket only beside a bucket array; else it is the map's B = 0 array.
    if (!parts.some((x) => x.kind === 'buckets')) for (const x of parts) if (x.kind === 'overflow') x.kind = 'buckets';
    out.push({
      function: s.fn,
      file: s.file,
      line: s.line,
      type: f.line?.type ?? null,
      impl: implForGo(build),
      go: build,
      how: f.line?.how ?? null,
      bytes: parts.reduce((t, x) => t + x.bytes, 0),
      objects: parts.reduce((t, x) => t + x.objects, 0),
      capacity: table ? parts.reduce((t, x) => t + x.count * x.slots, 0) : null,
      parts: parts.map(({ kind, size, objects, bytes }) => ({ kind, size, objects, bytes })),
      clears: (f.line?.clears ?? []).map((c) => ({ file: s.file, line: c.line })),
      ...(f.path ? { sourcePath: f.path } : {}),
    });
  }
  return out.sort((a, b) => Math.abs(b.bytes) - Math.abs(a.bytes) || a.function.localeCompare(b.function) || a.line - b.line);
}

type SizedPart = MapPart & { count: number; sampled: number; slots: number; alt?: Structure };

/**
 * Every Swiss table has one group array, made with it at the same line: group arrays beyond the
 * tables' count, of a size a directory also has, are the directory (the smallest first).
 */
function directoriesAmongGroups(parts: SizedPart[]): void {
  const tables = parts.filter((x) => x.kind === 'tables').reduce((t, x) => t + x.count, 0);
  let groups = parts.filter((x) => x.kind === 'groups').reduce((t, x) => t + x.count, 0);
  if (tables === 0) return;
  for (const x of [...parts].sort((a, b) => a.size - b.size)) {
    if (groups <= tables) break;
    if (x.kind === 'groups' && x.alt?.kind === 'directory' && x.count <= groups - tables) {
      groups -= x.count;
      x.kind = 'directory';
      x.slots = 0;
    }
  }
}

/**
 * A line that inserts into a map may allocate other things of the same sizes (the value's
 * `make([]byte, 64)`, a string key): keep a bookkeeping part only as far as the line's maps can
 * have it. A map has one header (made by make), one mapextra with two overflow slices, one
 * Swiss directory per map and one table per group array; what exceeds that is not the map's.
 */
function dropImplausible(parts: SizedPart[], how: MapLine['how'] | undefined, rate: number): void {
  const count = (k: string) => parts.filter((x) => x.kind === k).reduce((t, x) => t + x.count, 0);
  const headers = how === 'insert' ? 0 : count('header');
  const maps = Math.max(1, headers, count('buckets'));
  const budget = new Map<string, number>([
    ['header', how === 'insert' ? 0 : Infinity],
    ['extra', 5 * maps],
    ['overflow-slices', 5 * maps],
    // a table's groups are 2 or more: one group is a small map's, which has no table
    ['tables', parts.filter((x) => x.kind === 'groups' && x.slots >= 16).reduce((t, x) => t + x.count, 0)],
  ]);
  const keep = (x: SizedPart) => {
    const b = budget.get(x.kind ?? '');
    if (b === undefined) return true;
    // sampled counts are noisy: refuse only what the budget could not have given (3 sigma)
    const expected = b * sampledChance(x.size, rate);
    if (rate <= 1 ? x.count > b : x.sampled > expected + 3 * Math.sqrt(expected) + 1) return false;
    budget.set(x.kind!, Math.max(0, b - x.count));
    return true;
  };
  // tables first: the directory's budget is what tables are kept
  const ordered = [...parts].sort((a, b) => a.count - b.count);
  const kept = new Set(ordered.filter((x) => x.kind !== 'directory' && keep(x)));
  budget.set(
    'directory',
    [...kept].filter((x) => x.kind === 'tables').reduce((t, x) => t + x.count, 0),
  );
  for (const x of ordered) if (x.kind === 'directory' && keep(x)) kept.add(x);
  const all = parts.splice(0);
  parts.push(...all.filter((x) => kept.has(x)));
}

function structuresOrNone(engineType: string, build: string): Map<number, Structure> | undefined {
  try {
    return structuresBySize(engineType, build);
  } catch {
    return undefined;
  }
}
