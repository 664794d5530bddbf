// What the decode worker holds for one open profile: the decoded model and the view derived from
// the current settings. Answers the webview's queries; no vscode, no worker API, so tests drive
// it directly.
import type {
  FirstView,
  FlameLayout,
  LineValues,
  ProfileSummary,
  SampleTypeInfo,
  SandwichDirection,
  SandwichResult,
  SandwichRow,
  TreeNodeRow,
  ViewSettings,
} from '../shared/protocol/profileView';
import { InputError } from '../shared/errors';
import { sameSettings } from '../shared/viewSettings';
import { decodeProfile } from './decode';
import { buildFrameTable } from './frames';
import { layoutIcicle } from './flameLayout';
import { lineValues } from './lineValues';
import type { FrameTable, Granularity, Profile, SampleSource, TopTable } from './model';
import { modelSamples } from './samples';
import { extendPath, sandwich } from './sandwich';
import { defaultSampleIndex } from './top';
import { ProfileView } from './view';

/** Decodes a profile's bytes (gzip or raw protobuf) into a session; throws InputError on bad input. */
export function openSession(file: string, bytes: Uint8Array, settings?: ViewSettings): ProfileSession {
  return new ProfileSession(file, decodeProfile(bytes), settings);
}

/** One open profile and its current view. */
export class ProfileSession {
  private readonly samples: SampleSource;
  private readonly sampleTypes: SampleTypeInfo[];
  private readonly frameTables = new Map<Granularity, FrameTable>();
  private current!: ProfileView;

  constructor(
    private readonly file: string,
    private readonly profile: Profile,
    settings?: ViewSettings,
  ) {
    this.samples = modelSamples(profile);
    this.sampleTypes = profile.sampleTypes.map((t) => ({ type: t.type, unit: t.unit }));
    this.setView(
      settings && this.valid(settings)
        ? settings
        : {
            sampleIndex: defaultSampleIndex(profile),
            granularity: 'functions',
            filters: { focus: '', ignore: '', hide: '' },
          },
    );
  }

  private valid(s: ViewSettings): boolean {
    return Number.isInteger(s.sampleIndex) && s.sampleIndex >= 0 && s.sampleIndex < this.sampleTypes.length;
  }

  private setView(settings: ViewSettings): void {
    let frames = this.frameTables.get(settings.granularity);
    if (!frames) {
      frames = buildFrameTable(this.profile, settings.granularity);
      this.frameTables.set(settings.granularity, frames);
    }
    this.current = new ProfileView(this.samples, settings, frames);
  }

  /** The header facts for the current settings. */
  summary(): ProfileSummary {
    const p = this.profile;
    const sel = this.current.selection;
    return {
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

  private row(node: number): TreeNodeRow {
    const tree = this.current.tree();
    const k = tree.key[node];
    const frames = this.current.frames;
    return {
      id: node,
      key: k,
      name: k < 0 ? 'all' : frames.name[k] + (frames.alwaysInline[k] ? ' (inline)' : ''),
      file: k < 0 ? '' : frames.file[k],
      line: k < 0 ? 0 : frames.sourceLine[k],
      self: tree.selfOf(node),
      total: tree.total[node],
      hasChildren: tree.hasChildren(node),
    };
  }

  /** A row's name as the callers/callees views show it (with the line at lines granularity). */
  private label(k: number): string {
    const frames = this.current.frames;
    return frames.name[k] + (frames.line[k] ? ' :' + frames.line[k] : '');
  }

  /** The first paint: after applying `settings` when they fit the profile and differ, the summary and the top table. */
  view(settings?: ViewSettings): FirstView {
    // A rebuild costs seconds on a large profile: settings already in force keep the view.
    if (settings && this.valid(settings) && !sameSettings(settings, this.current.settings)) this.setView(settings);
    return { summary: this.summary(), table: this.top() };
  }

  /** Applies new settings; throws an InputError for an unknown sample type. */
  setSettings(settings: ViewSettings): ProfileSummary {
    if (!this.valid(settings)) throw new InputError('Unknown sample type.');
    this.setView(settings);
    return this.summary();
  }

  /** The top table for the current settings, as pprof -top computes it. */
  top(): TopTable {
    return this.current.top();
  }

  /** A call-tree node's children, heaviest first (none for an unknown node). */
  children(nodeId: number): TreeNodeRow[] {
    const tree = this.current.tree();
    if (!(nodeId >= 0 && nodeId < tree.size)) return [];
    return tree.childrenOf(nodeId).map((c) => this.row(c));
  }

  /** The next level of the callers or callees tree under `path` (none for a key outside the profile). */
  sandwichLevel(path: number[], direction: SandwichDirection): SandwichRow[] {
    const count = this.current.frames.count;
    if (!(path.length > 0 && path.every((k) => Number.isInteger(k) && k >= 0 && k < count))) return [];
    const rows = extendPath(this.current.tree().stacks, path, direction === 'callers' ? 'callers' : 'callees');
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
    }
    return {
      rootId: root,
      path: [0, ...tree.pathTo(root)].map((n) => this.row(n)),
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
    };
  }

  /** Direct callers and callees of a frame (pprof's peek); null for a key outside the profile. */
  sandwich(key: number): SandwichResult | null {
    if (!(key >= 0 && key < this.current.frames.count)) return null;
    const r = sandwich(this.current.tree().stacks, key);
    const rows = (edges: [number, number][]) => edges.map((e) => this.sandwichRow(e));
    return { key, name: this.label(key), flat: r.flat, cum: r.cum, callers: rows(r.callers), callees: rows(r.callees) };
  }

  private sandwichRow([key, value]: [number, number]): SandwichRow {
    return { key, name: this.label(key), value };
  }

  /** Value per (file, line) of the selected sample type, unfiltered, for annotations. */
  lineValues(): LineValues {
    return lineValues(this.profile, this.current.settings.sampleIndex, this.current.selection.unfilteredTotal);
  }
}
