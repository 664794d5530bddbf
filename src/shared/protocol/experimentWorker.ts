// Messages between the extension host and the experiment worker (worker_threads).
import type { ExperimentParams, ExperimentResult } from './experimentView';

export type WorkerRequest =
  | { op: 'run'; params: ExperimentParams }
  | { op: 'profile'; params: ExperimentParams };

export type WorkerReply =
  | { ok: true; op: 'progress'; fraction: number }
  | { ok: true; op: 'run'; result: ExperimentResult }
  | { ok: true; op: 'profile'; bytes: Uint8Array }
  | { ok: false; message: string };
