// What the decode worker holds for one open profile: the decoded model and the view derived from
// the current settings. Answers the webview's queries; no vscode, no worker API, so tests drive
// it directly.
import type {
  ViewReply,
  FlameLayout,
  LineValues,
  ProfileSummary,
  SampleTypeInfo,
  SandwichDirection,
  SandwichResult,
  SandwichRow,
  TopRows,
  TreeNodeRow,
  TreeRows,
  ViewSettings,
} from '../shared/protocol/profileView';
import { treeNodesOf } from '../shared/frameRows';
import { InputError } from '../shared/errors';
import { sameSettings } from '../shared/viewSettings';
import { NO_FILTERS, noFilters } from './filter';
import { decodeProfile } from './decode';
import { decodeWithTops } from './openStreamed';
import type { StreamedSums } from './streamTop';
import { buildFrameTable } from './frames';
import { icicleSteps, layoutIcicle, type IcicleLayout } from './flameLayout';
import { SampleScratch, type CallTree } from './callTree';
import { lineValuesSteps } from './lineValues';
import type { FrameTable, Granularity, Profile, SampleSource, TopTable } from './model';
import { modelSamples, storeSamples } from './samples';
import { pruneFrames } from './prune';
import { diffAgainst } from './diff';
import { extendPath, sandwich } from './sandwich';
import { defaultSampleIndex, topTable, topTables, TYPES_PER_PASS } from './top';
import { topTableFromAll } from './topFromAll';
import { ProfileView } from './view';
import { frameStringsOf, topRowsOf, treeRowsOf } from './frameText';
import type { MapCandidates, MapSitesView } from '../shared/protocol/profileView';
import type { MapLinesAnswer } from '../maps/model';
import { mapCandidatesOf, mapSitesOf } from '../maps/view';
import { runSteps, type Steps } from '../maps/sites';

/** Decodes a profile's bytes (gzip or raw protobuf) into a session; throws InputError on bad input. */
export function openSession(file: string, bytes: Uint8Array, settings?: ViewSettings): ProfileSession {
  // no view reads labels: leaving them out frees the inflated bytes once decoded
  return new ProfileSession(file, decodeProfile(bytes, { labels: false }), settings);
}

/** openSession, with the samples read while the gzip data inflates on another thread; `source`: the bytes, or the file to read as it inflates. */
export async function loadSession(file: string, source: Uint8Array | { path: string }, settings?: ViewSettings): Promise<ProfileSession> {
  // the first tables (every sample type's, up to four) are added up in the same reading
  const { profile, tops } = await decodeWithTops(source, settings?.granularity ?? 'functions', { labels: false });
  return new ProfileSession(file, profile, settings, tops);
}

/** NEW against BASE as pprof's -diff_base shows it (merged, then pruned with NEW's drop_frames). */
export function viewedDiff(next: Profile, base: Profile): Profile {
  return storeSamples(pruneFrames(diffAgainst(modelSamples(next), modelSamples(base))));
}

/** The profile as pprof shows it: pruned with its drop_frames/keep_frames (the decoded one when nothing is pruned). */
export function viewedProfile(p: Profile): Profile {
  const own = modelSamples(p);
  const pruned = pruneFrames(own);
  return pruned === own ? p : storeSamples(pruned);
}

/**
 * The warm-up builds the flame graph's nodes down to this fraction of the width: half a pixel of
 * a graph 3840 device pixels wide (the webview asks for half a device pixel of its width).
 */
const WARM_FLAME_FRACTION = 0.5 / 3840;
/**
 * Samples one slice of the warm-up sweeps: about 5 ms of sweeping on a 59 MB profile, as long as a
 * query may wait for it (2^17 took 10-30 ms, a sample-type switch's whole budget on a slow machine).
 */
const WARM_SAMPLES = 1 << 15;

/** How many views of earlier settings a session keeps (each holds a byte per sample and its top table). */
const RECENT_VIEWS = 4;

function settingsKey(s: ViewSettings): string {
  return JSON.stringify([s.sampleIndex, s.granularity, s.filters.focus, s.filters.ignore, s.filters.hide]);
}

/** A settings key without its sample type: the settings whose views share frames and kept samples. */
function groupKey(key: string): string {
  return key.slice(key.indexOf(','));
}

/** One open profile and its current view. */
export class ProfileSession {
  private samples: SampleSource;
  private readonly sampleTypes: SampleTypeInfo[];
  private readonly frameTables = new Map<Granularity, FrameTable>();
  private current!: ProfileView;
  /** Views of recent settings (not the current one), oldest first, their call trees freed. */
  private readonly recentViews = new Map<string, ProfileView>();
  /**
   * Top tables of other sample types at the current granularity and filters, made in the same
   * pass as the shown type's (topTables), waiting for their view; by settings key.
   */
  private readonly pendingTops = new Map<string, TopTable>();
  /** The per-sample arrays of released call trees, for the next (of the shown profile's samples). */
  private scratch = new SampleScratch();
  /** The flame graph's warm-up under way (warmFlame). */
  private flameWarm: { view: ProfileView; tree: CallTree; steps: Generator<void, IcicleLayout, void>; sweeping: boolean } | undefined;
  /** What is shown: the profile as pprof shows it, or its difference with the base. */
  private profile: Profile;
  private base: { file: string; profile: Profile } | undefined;
  /** lineValues of the shown profile, by sample type. */
  private lineValuesOf: { profile: Profile; byType: Map<number, LineValues> } | undefined;
  /** The ids of tables sent in parts (topRows with firstRows), for topRest. */
  private readonly tableIds = new WeakMap<TopTable, number>();
  private lastTableId = 0;

  /**
   * `decoded`: the profile as decoded (drop_frames not applied yet); `tops`: the top sums of
   * some of its sample types, added up as it was read, for the first view's tables.
   */
  constructor(
    private readonly file: string,
    private readonly decoded: Profile,
    settings?: ViewSettings,
    tops?: readonly StreamedSums[],
  ) {
    const profile = viewedProfile(decoded);
    this.profile = profile;
    this.samples = modelSamples(profile);
    this.sampleTypes = profile.sampleTypes.map((t) => ({ type: t.type, unit: t.unit }));
    const first: ViewSettings =
      settings && this.valid(settings)
        ? settings
        : {
            sampleIndex: defaultSampleIndex(profile),
            granularity: 'functions',
            filters: { ...NO_FILTERS },
          };
    // sums of the profile as decoded, without filters, are the tables of the profile as shown when nothing was pruned
    if (tops && tops.length > 0 && profile === decoded && noFilters(first.filters)) this.adoptStreamed(first, tops);
    this.setView(first);
  }

  /** The streamed sums' tables, waiting for their views (the frame table theirs); `settings`: the first view's. */
  private adoptStreamed(settings: ViewSettings, tops: readonly StreamedSums[]): void {
    const frames = tops[0].frames;
    if (frames.granularity !== settings.granularity) return;
    this.frameTables.set(settings.granularity, frames);
    for (const sums of tops) {
      const table = topTable(this.samples, sums.sampleIndex, frames, { streamed: sums });
      this.pendingTops.set(settingsKey({ ...settings, sampleIndex: sums.sampleIndex }), table);
    }
  }

  private valid(s: ViewSettings): boolean {
    return Number.isInteger(s.sampleIndex) && s.sampleIndex >= 0 && s.sampleIndex < this.sampleTypes.length;
  }

  /** `profileChanged`: the shown profile is new (a comparison started or ended): no view of the old one is kept. */
  private setView(settings: ViewSettings, profileChanged = false): void {
    // Going back to recent settings (another sample type and back, a filter cleared) reuses
    // their selection and top table: on a large profile each costs a pass over every sample.
    const key = settingsKey(settings);
    if (this.current && !profileChanged && sameSettings(settings, this.current.settings)) return;
    if (this.current && !profileChanged) {
      this.current.releaseTree();
      this.recentViews.set(settingsKey(this.current.settings), this.current);
    }
    const cached = this.recentViews.get(key);
    if (cached) {
      this.recentViews.delete(key);
      this.current = cached;
      return;
    }
    // tables made with another group's (granularity, filters) wait no longer
    for (const k of this.pendingTops.keys()) if (groupKey(k) !== groupKey(key)) this.pendingTops.delete(k);
    while (this.recentViews.size >= Math.max(RECENT_VIEWS, this.sampleTypes.length)) this.recentViews.delete(this.recentViews.keys().next().value!);
    let frames = this.frameTables.get(settings.granularity);
    if (!frames) {
      frames = buildFrameTable(this.profile, settings.granularity);
      this.frameTables.set(settings.granularity, frames);
    }
    this.current = new ProfileView(this.samples, settings, frames, this.scratch);
    const pending = this.pendingTops.get(key);
    if (pending) {
      this.pendingTops.delete(key);
      this.current.adoptTop(pending);
    }
  }

  /**
   * Computes the current view's top table (withCurrent) and/or those of up to TYPES_PER_PASS
   * other sample types that have none yet at the same granularity and filters (others), in one pass.
   */
  private computeTops(withCurrent: boolean, others: boolean): boolean {
    const cur = this.current;
    const derived = withCurrent ? this.fromUnfiltered() : undefined;
    if (derived) cur.adoptTop(derived);
    const want: number[] = withCurrent && !derived ? [cur.settings.sampleIndex] : [];
    for (let t = 0; t < this.sampleTypes.length && others && want.length < TYPES_PER_PASS; t++) {
      if (t === cur.settings.sampleIndex) continue;
      const key = settingsKey({ ...cur.settings, sampleIndex: t });
      if (this.pendingTops.has(key) || this.recentViews.get(key)?.hasTop()) continue;
      want.push(t);
    }
    if (want.length === 0) return derived !== undefined;
    // one type alone: topTable's pass, which adds one value a frame rather than four
    const tables =
      want.length === 1
        ? [
            topTable(this.samples, want[0], cur.frames, {
              kept: cur.selection.kept,
              total: want[0] === cur.settings.sampleIndex ? cur.selection.unfilteredTotal : undefined,
            }),
          ]
        : topTables(this.samples, want, cur.frames, cur.selection.kept);
    want.forEach((t, i) => {
      if (t === cur.settings.sampleIndex) cur.adoptTop(tables[i]);
      else {
        const key = settingsKey({ ...cur.settings, sampleIndex: t });
        const view = this.recentViews.get(key);
        if (view) view.adoptTop(tables[i]);
        else this.pendingTops.set(key, tables[i]);
      }
    });
    return true;
  }

  /**
   * A filtered view's table from the same type's unfiltered one, when that is at hand (the
   * view the filter was applied from): only the samples the filters change are walked.
   */
  private fromUnfiltered(): TopTable | undefined {
    const cur = this.current;
    if (noFilters(cur.settings.filters) || cur.filterError !== undefined) return undefined;
    const key = settingsKey({ ...cur.settings, filters: NO_FILTERS });
    const twin = this.recentViews.get(key);
    const all = twin?.hasTop() ? twin.top() : this.pendingTops.get(key);
    const unfiltered = this.frameTables.get(cur.settings.granularity);
    if (!all || !unfiltered) return undefined;
    return topTableFromAll(this.samples, cur.settings.sampleIndex, unfiltered, cur.frames, cur.selection.kept, all);
  }

  /**
   * Compares with `base` (a decoded profile named `baseFile`), or stops comparing (null), keeping
   * the settings. Throws InputError when the base has not the shown sample type.
   */
  compare(base: { file: string; profile: Profile } | null): ProfileSummary {
    if (base) {
      const type = this.sampleTypes[this.current.settings.sampleIndex];
      const theirs = base.profile.sampleTypes.find((t) => t.type === type.type);
      if (!theirs) {
        const list = base.profile.sampleTypes.map((t) => t.type).join(', ') || 'none';
        throw new InputError(`${base.file} has no ${type.type} samples to compare with (it has: ${list})`);
      }
      if (theirs.unit !== type.unit) throw new InputError(`${base.file} counts ${type.type} in ${theirs.unit}, this profile in ${type.unit}`);
    }
    this.base = base ?? undefined;
    this.profile = base ? viewedDiff(this.decoded, base.profile) : viewedProfile(this.decoded);
    this.samples = modelSamples(this.profile);
    this.frameTables.clear();
    this.recentViews.clear();
    this.pendingTops.clear();
    this.scratch = new SampleScratch();
    this.setView(this.current.settings, true);
    return this.summary();
  }

  /** The header facts for the current settings. */
  summary(): ProfileSummary {
    const p = this.profile;
    const sel = this.current.selection;
    return {
      ...(this.base ? { base: { file: this.base.file, baseTotal: sel.unfilteredTotal, ownTotal: this.ownTotal() } } : {}),
      ...(this.decoded.memStats ? { memStats: { ...this.decoded.memStats } } : {}),
      file: this.file,
      kind: p.sampleTypes.some((t) => /^(alloc|inuse)_space$/.test(t.type)) ? 'heap' : p.periodType?.type || p.sampleTypes[0]?.type || 'profile',
      sampleTypes: this.sampleTypes,
      settings: this.current.settings,
      total: sel.keptTotal,
      unfilteredTotal: sel.unfilteredTotal,
      sampleCount: p.sampleCount,
      keptSamples: sel.keptCount,
      hasLines: p.lineNumber.some((l) => l > 0),
      filterError: this.current.filterError,
    };
  }

  /** Call-tree nodes as the webview gets them (the text only if `known` lacks it). */
  private nodeRows(nodes: readonly number[], known?: readonly number[]): TreeRows {
    return treeRowsOf(this.current.tree(), nodes, this.current.frames, known);
  }

  /** Call-tree nodes as rows. */
  private rows(nodes: readonly number[]): TreeNodeRow[] {
    return treeNodesOf(this.nodeRows(nodes), frameStringsOf(this.current.frames));
  }

  /** A row's name as the callers/callees views show it (with the line at lines granularity). */
  private label(k: number): string {
    const frames = this.current.frames;
    return frames.name[k] + (frames.line[k] ? ' :' + frames.line[k] : '');
  }

  /** The first paint: after applying `settings` when they fit the profile and differ, the summary and the top table. */
  view(settings?: ViewSettings, known?: readonly number[], firstRows?: number): ViewReply {
    // A rebuild costs seconds on a large profile: settings already in force keep the view.
    if (settings && this.valid(settings) && !sameSettings(settings, this.current.settings)) this.setView(settings);
    return { summary: this.summary(), table: this.topRows(known, firstRows) };
  }

  /**
   * Builds the top tables of up to TYPES_PER_PASS more sample types for the current granularity
   * and filters (one pass), so switching to them later is instant; false when every type has
   * one. An unfiltered view's first table already comes with TYPES_PER_PASS types'. The worker
   * calls it while idle after the first paint, once per turn of its event loop.
   */
  warmNextType(): boolean {
    return this.computeTops(false, true);
  }

  /**
   * Builds, a slice of samples at a time, the nodes of the current view's call tree that the
   * whole profile's flame graph shows, so the first flame graph needs no sweep; false when none
   * is left to build. The worker calls it while idle, once per turn of its event loop (so a query
   * waits for one slice at most); a query that needs the tree meanwhile finishes the sweep under way.
   */
  warmFlame(samplesPerSlice = WARM_SAMPLES): boolean {
    const view = this.current;
    let w = this.flameWarm;
    if (!w || w.view !== view || w.tree !== view.builtTree()) {
      this.flameWarm = undefined;
      if (view.flameWarmed) return false;
      const tree = view.tree();
      w = this.flameWarm = { view, tree, steps: icicleSteps(tree, 0, WARM_FLAME_FRACTION), sweeping: false };
    }
    if (w.sweeping && !w.tree.stepExpand(samplesPerSlice)) return true;
    w.sweeping = !w.steps.next().done;
    if (w.sweeping) return true;
    view.flameWarmed = true;
    this.flameWarm = undefined;
    return false;
  }

  /** Applies new settings; throws an InputError for an unknown sample type. */
  setSettings(settings: ViewSettings): ProfileSummary {
    if (!this.valid(settings)) throw new InputError('Unknown sample type.');
    this.setView(settings);
    return this.summary();
  }

  /** The top table for the current settings, as pprof -top computes it. */
  top(): TopTable {
    // Unfiltered (the first paint, a granularity switch), the other types come in the same pass
    // (about a third more than one type, and switching types is then instant); with filters,
    // which cost a pass each, the shown type alone, the others warmed while idle.
    if (!this.current.hasTop()) this.computeTops(true, noFilters(this.current.settings.filters));
    return this.current.top();
  }

  /** A call-tree node's children, heaviest first (none for an unknown node). */
  children(nodeId: number): TreeNodeRow[] {
    return this.rows(this.childNodes(nodeId));
  }

  /** children as the webview gets them: the text of their frames only if `known` lacks it. */
  childRows(nodeId: number, known?: readonly number[]): TreeRows {
    return this.nodeRows(this.childNodes(nodeId), known);
  }

  private childNodes(nodeId: number): number[] {
    const tree = this.current.tree();
    // a row's self and whether it has children are known without building its children: one
    // sweep for a level however many frames it has
    return nodeId >= 0 && nodeId < tree.size ? tree.childrenOf(nodeId) : [];
  }

  /**
   * The top table as the webview gets it: the text of its frames only if `known` lacks it; its
   * first `firstRows` rows only when given (the rest then from topRest).
   */
  topRows(known?: readonly number[], firstRows?: number): TopRows {
    const table = this.top();
    const frames = this.current.frames;
    if (firstRows === undefined || !(firstRows >= 0) || table.keys.length <= firstRows) return topRowsOf(table, frames, known);
    return { ...topRowsOf(table, frames, known, 0, firstRows), rest: { table: this.tableId(table), rows: table.keys.length } };
  }

  /** Rows `from` on of the table topRows named `id`; null when it is not the one shown any more. */
  topRest(id: number, from: number, known?: readonly number[]): TopRows | null {
    const table = this.top();
    if (this.tableIds.get(table) !== id || !Number.isInteger(from) || from < 0 || from > table.keys.length) return null;
    return topRowsOf(table, this.current.frames, known, from);
  }

  private tableId(table: TopTable): number {
    let id = this.tableIds.get(table);
    if (id === undefined) this.tableIds.set(table, (id = ++this.lastTableId));
    return id;
  }

  /** The next level of the callers or callees tree under `path` (none for a key outside the profile). */
  sandwichLevel(path: number[], direction: SandwichDirection): SandwichRow[] {
    const count = this.current.frames.count;
    if (!(path.length > 0 && path.every((k) => Number.isInteger(k) && k >= 0 && k < count))) return [];
    const rows = extendPath(this.current.stacks(), path, direction === 'callers' ? 'callers' : 'callees');
    return rows.map((r) => this.sandwichRow(r));
  }

  /** The icicle under a tree node (the root when the id is unknown), names interned per frame. */
  flame(rootId: number, minWidthFraction: number): FlameLayout {
    const tree = this.current.tree();
    const frames = this.current.frames;
    const root = rootId >= 0 && rootId < tree.size ? rootId : 0;
    const lay = layoutIcicle(tree, root, Math.max(0, minWidthFraction));
    const names: string[] = [],
      files: string[] = [],
      lines: number[] = [];
    const nameIds = new Map<number, number>();
    const nameIndex = new Uint32Array(lay.count);
    const self = new Float64Array(lay.count);
    const delta = this.base ? new Float64Array(lay.count) : undefined;
    for (let i = 0; i < lay.count; i++) {
      const k = tree.key[lay.node[i]];
      let id = nameIds.get(k);
      if (id === undefined) {
        id = names.length;
        nameIds.set(k, id);
        names.push(k < 0 ? 'all' : frames.name[k] + (frames.line[k] ? ':' + frames.line[k] : ''));
        files.push(k < 0 ? '' : frames.file[k]);
        lines.push(k < 0 ? 0 : frames.sourceLine[k]);
      }
      nameIndex[i] = id;
      self[i] = tree.selfOf(lay.node[i]);
      if (delta) delta[i] = tree.total[lay.node[i]];
    }
    return {
      rootId: root,
      path: this.rows([0, ...tree.pathTo(root)]),
      x: lay.x,
      width: lay.width,
      depth: lay.depth,
      nameIndex,
      self,
      nodeId: lay.node,
      names,
      files,
      lines,
      total: lay.total,
      culled: lay.culled,
      ...(delta ? { delta } : {}),
    };
  }

  /** Direct callers and callees of a frame (pprof's peek); null for a key outside the profile. */
  sandwich(key: number): SandwichResult | null {
    if (!(key >= 0 && key < this.current.frames.count)) return null;
    const r = sandwich(this.current.stacks(), key);
    const rows = (edges: [number, number][]) => edges.map((e) => this.sandwichRow(e));
    return { key, name: this.label(key), flat: r.flat, cum: r.cum, callers: rows(r.callers), callees: rows(r.callees) };
  }

  private sandwichRow([key, value]: [number, number]): SandwichRow {
    return { key, name: this.label(key), value };
  }

  /** Value per (file, line) of the selected sample type, unfiltered, for annotations (deltas in a comparison). */
  lineValues(): LineValues {
    return runSteps(this.lineValuesSteps());
  }

  /** lineValues in steps, for the decode worker's slices (the sample type is fixed when it starts). */
  *lineValuesSteps(): Steps<LineValues> {
    const profile = this.profile;
    const type = this.current.settings.sampleIndex;
    // unfiltered: the same after any filter or granularity (the host asks after every change)
    if (this.lineValuesOf?.profile !== profile) this.lineValuesOf = { profile, byType: new Map() };
    const byType = this.lineValuesOf.byType;
    let values = byType.get(type);
    if (!values) byType.set(type, (values = yield* lineValuesSteps(profile, type, this.current.selection.unfilteredTotal)));
    return this.base ? { ...values, base: this.base.file } : values;
  }

  /** Step 1 of the map sites (issue 19): the shown sample type's leaf lines per file, unfiltered. */
  mapCandidates(): MapCandidates {
    return runSteps(this.mapCandidatesSteps());
  }

  /** mapCandidates in steps, for the decode worker's slices (the sample type is fixed when it starts). */
  *mapCandidatesSteps(): Steps<MapCandidates> {
    // asked again at each activation of the tab: the sample type's scan is done once
    const { profile } = this;
    const sampleIndex = this.current.settings.sampleIndex;
    const memo = this.candidatesMemo;
    if (memo && memo.profile === profile && memo.sampleIndex === sampleIndex && memo.comparing === !!this.base) return memo.candidates;
    const candidates = yield* mapCandidatesOf(profile, sampleIndex, !!this.base);
    this.candidatesMemo = { profile, sampleIndex, comparing: !!this.base, candidates };
    return candidates;
  }

  private candidatesMemo: { profile: Profile; sampleIndex: number; comparing: boolean; candidates: MapCandidates } | undefined;

  /** Step 2: the map sites of a sample type (default: the shown one), from the parser's answers (`go`: the build, when known). */
  mapSites(answers: readonly MapLinesAnswer[], go?: string, sampleIndex?: number): MapSitesView {
    return runSteps(this.mapSitesSteps(answers, go, sampleIndex));
  }

  /** mapSites in steps. */
  mapSitesSteps(answers: readonly MapLinesAnswer[], go?: string, sampleIndex = this.current.settings.sampleIndex): Steps<MapSitesView> {
    return mapSitesOf(this.profile, sampleIndex, !!this.base, answers, go);
  }

  /** In a comparison, the compared profile's own total of the shown sample type (its samples are the non-base ones). */
  private ownTotal(): number {
    const p = this.profile;
    const types = p.sampleTypes.length;
    const t = this.current.settings.sampleIndex;
    let sum = 0;
    for (let s = 0; s < p.sampleCount; s++) if (!p.sampleIsBase?.[s]) sum += Math.abs(p.sampleValues[s * types + t]);
    return sum;
  }
}
