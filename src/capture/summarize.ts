// One capture's summary for a watch, read in the decode worker (never on the extension host's
// thread): the watched sample type's total and flat value per function, and the cumulative
// allocations that tell a restart. Node (worker_threads through the decode client).
import * as path from 'node:path';
import type { ViewReply, ViewSettings } from '../shared/protocol/profileView';
import type { WorkerClient } from '../workers/decodeClient';
import { frameStrings, topTableOf } from '../shared/frameRows';
import { largest, type CaptureSummary } from './series';

/** The sample type a watch follows: what the program holds now, when the profile has it. */
const WATCHED = ['inuse_space', 'inuse_objects'];

/** Opens `file` in the worker (replacing what it had) and reads its summary. */
export async function summarizeCapture(client: WorkerClient, file: string, signal?: AbortSignal): Promise<CaptureSummary> {
  await client.open(path.basename(file), file, { signal });
  const first = await client.request('view', {}, signal);
  const types = first.summary.sampleTypes.map((t) => t.type);
  const watched = WATCHED.map((t) => types.indexOf(t)).find((i) => i >= 0) ?? first.summary.settings.sampleIndex;
  const at = (sampleIndex: number): ViewSettings => ({ ...first.summary.settings, sampleIndex, granularity: 'functions' });
  const view: ViewReply =
    watched === first.summary.settings.sampleIndex && first.summary.settings.granularity === 'functions'
      ? first
      : await client.request('view', { settings: at(watched) }, signal);
  const table = topTableOf(view.table, frameStrings(view.table.text!));
  const functions: Record<string, number> = {};
  table.names.forEach((name, i) => {
    functions[name] = (functions[name] ?? 0) + table.flat[i];
  });
  const allocIndex = types.indexOf('alloc_space');
  const allocTotal = allocIndex >= 0 ? (await client.request('setSettings', { settings: at(allocIndex) }, signal)).summary.total : undefined;
  const type = first.summary.sampleTypes[watched];
  return {
    sampleType: type.type,
    unit: type.unit,
    total: table.total,
    functions: largest(functions),
    ...(allocTotal !== undefined ? { allocTotal } : {}),
  };
}
