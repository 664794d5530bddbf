// The channel between the extension host and dist/lensWorker.js, on the rpc layer (src/shared/rpc.ts).
// One long-lived worker answers `analyze`; a fresh one per hover estimate answers `estimate`
// (the engine runs synchronously, so ending its thread is the only way to stop it).
import type { ClearCall, SourceFile } from '../../goanalysis/analysis';
import type { EstimateRequest, EstimateRow } from '../../goanalysis/estimates';
import type { BuildSettings } from '../../goanalysis/lensOptions';
import type { MapLinesAnswer } from '../../maps/model';

/** The map statements at some lines of local files (the viewer's map sites, issue 19). */
export interface MapLinesParams {
  /** `file`: the profile's name for it; `path`: the local file the host found for it. */
  files: { file: string; path: string; lines: number[] }[];
  build?: BuildSettings;
}

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
    /** The map statements at the given lines of each file (files that cannot be read are left out). */
    mapLines(p: MapLinesParams): MapLinesAnswer[];
  };
  events: Record<string, never>;
}

/** The host answers the lens worker nothing. */
export interface LensHostSide {
  requests: Record<string, never>;
  events: Record<string, never>;
}
