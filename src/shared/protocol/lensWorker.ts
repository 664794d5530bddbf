// Messages between the extension host and dist/lensWorker.js.
import type { ClearCall, SourceFile } from '../../goanalysis/analysis';
import type { EstimateRequest } from '../../goanalysis/estimates';

/** Analyse one Go file; the worker reads its package from disk unless `onDisk` is false. */
export interface AnalyzeRequest {
  op: 'analyze';
  id: number;
  file: SourceFile;
  /** Unsaved editor texts of other files, which win over the disk. */
  openFiles: SourceFile[];
  onDisk: boolean;
  goVersionOverride?: string;
  allocLines: boolean;
}

export type AnalyzeReply =
  | { op: 'analyze'; id: number; ok: true; calls: ClearCall[] }
  | { op: 'analyze'; id: number; ok: false; message: string };

export type LensWorkerRequest = AnalyzeRequest | ({ op: 'estimate' } & EstimateRequest);
