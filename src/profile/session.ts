// What the decode worker holds for one open profile: the decoded model and the view derived from
// the current settings. Answers the webview's queries; no vscode, no worker API, so tests drive
// it directly.
import {
  assertNever,
  type FlameLayout,
  type FromWebview,
  type LineValues,
  type ProfileSummary,
  type SampleTypeInfo,
  type SandwichResult,
  type SandwichRow,
  type ToWebview,
  type TreeNodeRow,
  type ViewSettings,
} from '../shared/protocol/profileView';
import { decodeProfile } from './decode';
import { buildFrameTable } from './frames';
import { layoutIcicle } from './flameLayout';
import { lineValues } from './lineValues';
import type { FrameTable, Granularity, Profile, SampleSource } from './model';
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
  private generation = 0;
  private view!: ProfileView;

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
    this.generation++;
    let frames = this.frameTables.get(settings.granularity);
    if (!frames) {
      frames = buildFrameTable(this.profile, settings.granularity);
      this.frameTables.set(settings.granularity, frames);
    }
    this.view = new ProfileView(this.samples, settings, frames);
  }

  /** The header facts for the current settings. */
  summary(): ProfileSummary {
    const p = this.profile;
    const sel = this.view.selection;
    return {
      file: this.file,
      kind: p.sampleTypes.some((t) => /^(alloc|inuse)_space$/.test(t.type)) ? 'heap' : p.periodType?.type || p.sampleTypes[0]?.type || 'profile',
      sampleTypes: this.sampleTypes,
      settings: this.view.settings,
      total: sel.keptTotal,
      unfilteredTotal: sel.unfilteredTotal,
      sampleCount: p.sampleCount,
      keptSamples: sel.keptCount,
      hasLines: p.lineNumber.some((l) => l > 0),
      filterError: this.view.filterError,
      generation: this.generation,
    };
  }

  private row(node: number): TreeNodeRow {
    const tree = this.view.tree();
    const k = tree.key[node];
    const frames = this.view.frames;
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
    const frames = this.view.frames;
    return frames.name[k] + (frames.line[k] ? ' :' + frames.line[k] : '');
  }

  /** The top table for the current settings, as pprof -top computes it. */
  private top(requestId: number): ToWebview {
    return { type: 'top', requestId, table: { ...this.view.top(), generation: this.generation } };
  }

  /** Answers one webview message; returns the replies to send (none for host-only messages). */
  handle(msg: FromWebview): ToWebview[] {
    switch (msg.type) {
      case 'ready':
        // The table comes with the summary: the first paint needs both, and asking again would cost a round trip.
        return [{ type: 'summary', summary: this.summary() }, this.top(0)];
      case 'setSettings':
        if (!this.valid(msg.settings)) return [{ type: 'notice', message: 'Unknown sample type.' }];
        this.setView(msg.settings);
        return [{ type: 'summary', summary: this.summary() }];
      case 'getTop':
        return [this.top(msg.requestId)];
      case 'getChildren': {
        const tree = this.view.tree();
        if (!(msg.nodeId >= 0 && msg.nodeId < tree.size)) return [];
        const rows = tree.childrenOf(msg.nodeId).map((c) => this.row(c));
        return [{ type: 'children', requestId: msg.requestId, generation: this.generation, nodeId: msg.nodeId, rows }];
      }
      case 'getFlame':
        return [{ type: 'flame', requestId: msg.requestId, layout: this.flame(msg.rootId, msg.minWidthFraction) }];
      case 'getSandwichLevel': {
        const count = this.view.frames.count;
        if (!(msg.path.length > 0 && msg.path.every((k) => Number.isInteger(k) && k >= 0 && k < count))) return [];
        const rows = extendPath(this.view.tree().stacks, msg.path, msg.direction === 'callers' ? 'callers' : 'callees');
        return [{ type: 'sandwichLevel', requestId: msg.requestId, generation: this.generation, rows: rows.map((r) => this.sandwichRow(r)) }];
      }
      case 'getSandwich':
        if (!(msg.key >= 0 && msg.key < this.view.frames.count)) return [];
        return [{ type: 'sandwich', requestId: msg.requestId, result: this.sandwich(msg.key) }];
      case 'openSource':
      case 'reopenAsText':
      case 'retry':
        return [];
      default:
        return assertNever(msg);
    }
  }

  /** The icicle under a tree node (the root when the id is unknown), names interned per frame. */
  private flame(rootId: number, minWidthFraction: number): FlameLayout {
    const tree = this.view.tree();
    const frames = this.view.frames;
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
      generation: this.generation,
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

  /** Direct callers and callees of a frame (pprof's peek). */
  private sandwich(key: number): SandwichResult {
    const r = sandwich(this.view.tree().stacks, key);
    const rows = (edges: [number, number][]) => edges.map((e) => this.sandwichRow(e));
    return { generation: this.generation, key, name: this.label(key), flat: r.flat, cum: r.cum, callers: rows(r.callers), callees: rows(r.callees) };
  }

  private sandwichRow([key, value]: [number, number]): SandwichRow {
    return { key, name: this.label(key), value };
  }

  /** Value per (file, line) of the selected sample type, unfiltered, for annotations. */
  lineValues(): LineValues {
    return lineValues(this.profile, this.view.settings.sampleIndex, this.view.selection.unfilteredTotal);
  }
}
