// What the profile webview's views share: the current summary, queries to the worker, number
// formatting for the selected sample type, the search pattern and cross-view navigation.
import type { ProfileSummary, SourceRef } from '../../src/shared/protocol/profileView';
import type { MapIndex } from '../../src/shared/mapText';
import type { Ask } from './hostLink';
import type { FrameTexts } from '../../src/shared/frameRows';

/** The context each view gets. */
export interface App {
  summary(): ProfileSummary | undefined;
  /** The frames' text the worker sent: tables and tree levels name their frames by key. */
  texts: FrameTexts;
  /** Queries the worker; the answer comes to `then` unless new settings cancelled the query. */
  ask: Ask;
  /** A value in the selected sample type's unit. */
  fmt(v: number): string;
  /** In a comparison, the class that colours a value as growth ('pos') or shrink ('neg'); '' otherwise. */
  signClass(v: number): string;
  /** A share of pprof's total (before filters), as pprof prints percentages. */
  pct(v: number): string;
  search(): RegExp | null;
  showSandwich(key: number): void;
  openSource(src: SourceRef): void;
  saveState(): void;
  /** The shown sample type's Go map sites, for the badges (empty until known). */
  maps(): MapIndex;
}
