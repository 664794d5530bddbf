// What the profile webview's views share: the current summary, requests to the worker, number
// formatting for the selected sample type, the search pattern and cross-view navigation.
import type { FromWebview, ProfileSummary, SourceRef } from '../../src/shared/protocol/profileView';

/** The context each view gets. */
export interface App {
  summary(): ProfileSummary | undefined;
  /** Sends a request; the reply is routed by requestId to the view that asked. */
  request(msg: FromWebview & { requestId: number }): void;
  nextRequestId(): number;
  post(msg: FromWebview): void;
  /** A value in the selected sample type's unit. */
  fmt(v: number): string;
  /** A share of pprof's total (before filters), as pprof prints percentages. */
  pct(v: number): string;
  search(): RegExp | null;
  showSandwich(key: number): void;
  openSource(src: SourceRef): void;
  saveState(): void;
}
