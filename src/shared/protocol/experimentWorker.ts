// The rpc sides of the extension host and the experiment worker (worker_threads).
import type { ExperimentParams, ExperimentResult, Progress } from './experimentView';

/** The worker's side: it simulates and writes profiles. */
export interface ExperimentWorker {
  requests: {
    run(p: ExperimentParams): ExperimentResult;
    /** The engine's gzipped pprof heap profile of the experiment. */
    profile(p: ExperimentParams): Uint8Array;
  };
  events: Record<string, never>;
}

/** The host's side: it hears how far a run is. */
export interface ExperimentWorkerHost {
  requests: Record<string, never>;
  events: { progress: Pick<Progress, 'fraction'> };
}
