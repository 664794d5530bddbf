// What the decode worker holds for one open profile: the decoded stacks and the view derived
// from the current settings. Answers the webview's queries; no vscode, no worker API, so tests
// drive it directly.
import { assertNever, type FromWebview, type LineValues, type ProfileSummary, type ToWebview, type TreeNodeRow, type ViewSettings } from '../shared/protocol/profileView';
import { applyFilters, noFilters } from './filter';
import { layoutIcicle } from './flameLayout';
import { extendPath, sandwich } from './sandwich';
import { sampleCount, type StackSource } from './stacks';
import { buildKeyedStacks, CallTree, topRows, type KeyedStacks } from './tree';

/** One open profile and its current view. */
export class ProfileSession {
  private settings: ViewSettings;
  private generation = 0;
  private stacks!: KeyedStacks;
  private tree!: CallTree;
  private filterError: string | undefined;

  constructor(private readonly file: string, private readonly src: StackSource, settings?: ViewSettings) {
    this.settings = settings && this.valid(settings) ? settings : {
      sampleIndex: src.defaultSampleIndex,
      granularity: 'functions',
      filters: { focus: '', ignore: '', hide: '' },
    };
    this.rebuild();
  }

  private valid(s: ViewSettings): boolean {
    return Number.isInteger(s.sampleIndex) && s.sampleIndex >= 0 && s.sampleIndex < this.src.sampleTypes.length;
  }

  private rebuild(): void {
    this.generation++;
    this.filterError = undefined;
    let filter = null;
    if (!noFilters(this.settings.filters)) {
      try {
        filter = applyFilters(this.src, this.settings.filters);
      } catch (e) {
        this.filterError = (e as Error).message;
      }
    }
    this.stacks = buildKeyedStacks(this.src, this.settings.sampleIndex, this.settings.granularity, filter);
    this.tree = new CallTree(this.stacks);
  }

  /** The header facts for the current settings. */
  summary(): ProfileSummary {
    return {
      file: this.file,
      kind: this.src.kind,
      sampleTypes: this.src.sampleTypes,
      settings: this.settings,
      total: this.stacks.total,
      unfilteredTotal: this.stacks.unfilteredTotal,
      sampleCount: sampleCount(this.src),
      keptSamples: this.stacks.value.length,
      hasLines: this.src.frameLine.some((l) => l > 0),
      filterError: this.filterError,
      generation: this.generation,
    };
  }

  private row(node: number): TreeNodeRow {
    const k = this.tree.key[node];
    const keys = this.stacks.keys;
    return {
      id: node,
      key: k,
      name: k < 0 ? 'all' : keys.name[k] + (keys.inline[k] ? ' (inline)' : ''),
      file: k < 0 ? '' : keys.file[k],
      line: k < 0 ? 0 : keys.sourceLine[k],
      self: this.tree.selfOf(node),
      total: this.tree.total[node],
      hasChildren: this.tree.hasChildren(node),
    };
  }

  /** A row's name as the views show it (with the line at lines granularity). */
  private label(k: number): string {
    const keys = this.stacks.keys;
    return keys.name[k] + (keys.line[k] && this.settings.granularity === 'lines' ? ' :' + keys.line[k] : '');
  }

  /** The top table for the current settings, as pprof -top computes it. */
  private top(requestId: number): ToWebview {
    const top = topRows(this.stacks);
    const k = this.stacks.keys;
    const keys = Array.from(top.keys);
    return {
      type: 'top',
      requestId,
      table: {
        generation: this.generation,
        keys,
        names: keys.map((i) => k.name[i]),
        files: keys.map((i) => k.file[i]),
        lines: keys.map((i) => k.line[i]),
        sourceLines: keys.map((i) => k.sourceLine[i]),
        inline: keys.map((i) => k.inline[i] === 1),
        flat: Array.from(top.flat),
        cum: Array.from(top.cum),
      },
    };
  }

  /** Answers one webview message; returns the replies to send (none for host-only messages). */
  handle(msg: FromWebview): ToWebview[] {
    switch (msg.type) {
      case 'ready':
        // The table comes with the summary: the first paint needs both, and asking again would cost a round trip.
        return [{ type: 'summary', summary: this.summary() }, this.top(0)];
      case 'setSettings':
        if (!this.valid(msg.settings)) return [{ type: 'notice', message: 'Unknown sample type.' }];
        this.settings = msg.settings;
        this.rebuild();
        return [{ type: 'summary', summary: this.summary() }];
      case 'getTop':
        return [this.top(msg.requestId)];
      case 'getChildren': {
        if (!(msg.nodeId >= 0 && msg.nodeId < this.tree.size)) return [];
        const rows = this.tree.childrenOf(msg.nodeId).map((c) => this.row(c));
        return [{ type: 'children', requestId: msg.requestId, generation: this.generation, nodeId: msg.nodeId, rows }];
      }
      case 'getFlame': {
        const root = msg.rootId >= 0 && msg.rootId < this.tree.size ? msg.rootId : 0;
        const lay = layoutIcicle(this.tree, root, Math.max(0, msg.minWidthFraction));
        const names: string[] = [], files: string[] = [], lines: number[] = [];
        const nameIds = new Map<number, number>();
        const nameIndex = new Uint32Array(lay.count);
        const self = new Float64Array(lay.count);
        for (let i = 0; i < lay.count; i++) {
          const k = this.tree.key[lay.node[i]];
          let id = nameIds.get(k);
          if (id === undefined) {
            id = names.length;
            nameIds.set(k, id);
            const keys = this.stacks.keys;
            names.push(k < 0 ? 'all' : keys.name[k] + (keys.line[k] ? ':' + keys.line[k] : ''));
            files.push(k < 0 ? '' : keys.file[k]);
            lines.push(k < 0 ? 0 : keys.sourceLine[k]);
          }
          nameIndex[i] = id;
          self[i] = this.tree.selfOf(lay.node[i]);
        }
        return [{
          type: 'flame',
          requestId: msg.requestId,
          layout: {
            generation: this.generation,
            rootId: root,
            path: [0, ...this.tree.pathTo(root)].map((n) => this.row(n)),
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
          },
        }];
      }
      case 'getSandwichLevel': {
        const count = this.stacks.keys.count;
        if (!(msg.path.length > 0 && msg.path.every((k) => Number.isInteger(k) && k >= 0 && k < count))) return [];
        const rows = extendPath(this.stacks, msg.path, msg.direction === 'callers' ? 'callers' : 'callees');
        return [{ type: 'sandwichLevel', requestId: msg.requestId, generation: this.generation, rows: rows.map(([k, v]) => ({ key: k, name: this.label(k), value: v })) }];
      }
      case 'getSandwich': {
        const keys = this.stacks.keys;
        if (!(msg.key >= 0 && msg.key < keys.count)) return [];
        const r = sandwich(this.stacks, msg.key);
        const label = (k: number) => this.label(k);
        return [{
          type: 'sandwich',
          requestId: msg.requestId,
          result: {
            generation: this.generation,
            key: msg.key,
            name: label(msg.key),
            flat: r.flat,
            cum: r.cum,
            callers: r.callers.map(([k, v]) => ({ key: k, name: label(k), value: v })),
            callees: r.callees.map(([k, v]) => ({ key: k, name: label(k), value: v })),
          },
        }];
      }
      case 'openSource':
      case 'reopenAsText':
      case 'retry':
        return [];
      default:
        return assertNever(msg);
    }
  }

  /** Value per (file, line) of the selected sample type, unfiltered, for annotations. */
  lineValues(): LineValues {
    const src = this.src;
    const values = src.values[this.settings.sampleIndex];
    // One id per distinct (file, line), assigned per frame once; samples then only touch ints.
    const ids = new Map<string, number>();
    const lineFile: number[] = [], lineNo: number[] = [];
    const frameLineId = new Int32Array(src.frameName.length).fill(-1);
    for (let fr = 0; fr < frameLineId.length; fr++) {
      const line = src.frameLine[fr];
      if (line <= 0) continue;
      const key = src.frameFile[fr] + ':' + line;
      let id = ids.get(key);
      if (id === undefined) {
        id = lineFile.length;
        ids.set(key, id);
        lineFile.push(src.frameFile[fr]);
        lineNo.push(line);
      }
      frameLineId[fr] = id;
    }
    const sum = new Float64Array(lineFile.length);
    const seen = new Int32Array(lineFile.length).fill(-1);
    const nSamples = sampleCount(src);
    // Per line, the value of the samples whose stacks pass through it, once per sample (cum).
    for (let s = 0; s < nSamples; s++) {
      const v = values[s];
      if (v === 0) continue;
      for (let i = src.sampleLocStart[s]; i < src.sampleLocStart[s + 1]; i++) {
        const loc = src.sampleLocs[i];
        for (let fr = src.locFrameStart[loc]; fr < src.locFrameStart[loc + 1]; fr++) {
          const id = frameLineId[fr];
          if (id < 0 || seen[id] === s) continue;
          seen[id] = s;
          sum[id] += v;
        }
      }
    }
    const perFile = new Map<number, number>();
    const out: LineValues = { sampleType: src.sampleTypes[this.settings.sampleIndex], total: this.stacks.unfilteredTotal, files: [], lines: [], values: [] };
    for (let id = 0; id < lineFile.length; id++) {
      if (sum[id] === 0) continue;
      let f = perFile.get(lineFile[id]);
      if (f === undefined) {
        f = out.files.length;
        perFile.set(lineFile[id], f);
        out.files.push(src.strings[lineFile[id]]);
        out.lines.push([]);
        out.values.push([]);
      }
      out.lines[f].push(lineNo[id]);
      out.values[f].push(sum[id]);
    }
    return out;
  }
}
