// The channel between the extension host and dist/lensWorker.js, on the rpc layer (src/shared/rpc.ts).
// One long-lived worker answers `analyze`; a fresh one per hover estimate answers `estimate`
// (the engine runs synchronously, so ending its thread is the only way to stop it).
import type { ClearCall, SourceFile } from '../../goanalysis/analysis';
import type { EstimateRequest, EstimateRow } from '../../goanalysis/estimates';
import type { BuildSettings } from '../../goanalysis/lensOptions';

/** Analyse one Go file; the worker reads its package from disk unless `onDisk` is false. */
export interface AnalyzeParams {
  file: SourceFile;
  /** Unsaved editor texts of other files, which win over the disk. */
  openFiles: SourceFile[];
  onDisk: boolean;
  goVersionOverride?: string;
  allocLines: boolean;
  /** The Go extension's go.buildTags / go.toolsEnvVars and heaplens.goPath: the build analysed. */
  build?: BuildSettings;
}

/** What the lens worker answers. */
export interface LensWorkerSide {
  requests: {
    /** The file's clear calls; cancelled when a newer text of the file supersedes it. */
    analyze(p: AnalyzeParams): ClearCall[];
    /** Live bytes after clear at each size; fails when the engine is not part of the build. */
    estimate(p: EstimateRequest): EstimateRow[];
  };
  events: Record<string, never>;
}

/** The host answers the lens worker nothing. */
export interface LensHostSide {
  requests: Record<string, never>;
  events: Record<string, never>;
}
