// One view of a profile: a sample type, a granularity and filters, and what the views derive
// from them (top table, call tree), each computed on first use and kept until the view changes.
import type { ViewSettings } from '../shared/protocol/profileView';
import { NO_FILTERS, noFilters, select, type Selection } from './filter';
import type { FrameTable, SampleSource, TopTable } from './model';
import { topTable } from './top';
import { CallTree, type SampleScratch } from './callTree';
import { buildKeyedStacks, type KeyedStacks } from './tree';

/** The queries of one (sample type, granularity, filters) setting. */
export class ProfileView {
  readonly selection: Selection;
  /** Set when a filter regex is invalid: then no filter is applied. */
  readonly filterError: string | undefined;
  private topTable: TopTable | undefined;
  private callTree: CallTree | undefined;
  private keyedStacks: KeyedStacks | undefined;
  /** Whether the call tree has what the whole profile's flame graph shows (ProfileSession.warmFlame). */
  flameWarmed = false;

  /** `frames` is the unfiltered frame table of the settings' granularity. */
  constructor(
    private readonly samples: SampleSource,
    readonly settings: ViewSettings,
    frames: FrameTable,
    private readonly scratch?: SampleScratch,
  ) {
    const { sampleIndex, filters } = settings;
    let selection: Selection | undefined;
    try {
      selection = select(samples, sampleIndex, frames, filters);
    } catch (e) {
      if (noFilters(filters)) throw e;
      this.filterError = (e as Error).message;
    }
    this.selection = selection ?? select(samples, sampleIndex, frames, NO_FILTERS);
  }

  /** The frames rows are made of (hidden lines left out). */
  get frames(): FrameTable {
    return this.selection.frames;
  }

  /** The top table, as pprof -top computes it with these filters. */
  top(): TopTable {
    return (this.topTable ??= topTable(this.samples, this.settings.sampleIndex, this.frames, { kept: this.selection.kept }));
  }

  /** Whether the top table is computed yet. */
  hasTop(): boolean {
    return this.topTable !== undefined;
  }

  /** Takes a top table computed with other types in one pass (topTables, same frames and kept samples). */
  adoptTop(table: TopTable): void {
    this.topTable ??= table;
  }

  /** The call tree, if built (not released). */
  builtTree(): CallTree | undefined {
    return this.callTree;
  }

  /** The call tree of the kept samples (its levels built as they are looked at). */
  tree(): CallTree {
    return (this.callTree ??= new CallTree(this.samples, this.settings.sampleIndex, this.frames, this.selection.kept, this.scratch));
  }

  /** The kept samples' frame stacks, root first, for callers and callees (built on the first call). */
  stacks(): KeyedStacks {
    return (this.keyedStacks ??= buildKeyedStacks(this.samples, this.settings.sampleIndex, this.frames, this.selection.kept));
  }

  /**
   * Frees the call tree and stacks (the biggest things a view holds) while the view waits in a
   * cache; the tree is left to the next view's to take over (SampleScratch.retire).
   */
  releaseTree(): void {
    if (this.callTree) {
      if (this.scratch) this.scratch.retire(this.callTree);
      else this.callTree.release();
    }
    this.callTree = undefined;
    this.flameWarmed = false;
    this.keyedStacks = undefined;
  }
}
