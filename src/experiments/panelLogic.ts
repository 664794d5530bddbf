// The results panel's decisions, without VS Code: what a command's argument asks for, the
// form's starting values, whether Run on My Go may run and why not, what a run asks for, and
// where an experiment's profile is written.
import { goMinor, isNoSwissMap, isSwiss, nearestSupported } from '../shared/goVersion';
import type { ExperimentParams, RealGoState, RunRequest } from '../shared/protocol/experimentView';
import type { EngineCatalog } from './catalog';
import { mapTypeProblem } from './form';

/** Values another feature (the clear( lens's Simulate) fills in ahead of time. */
export interface ExperimentSeed {
  type?: string;
  go?: string;
  scenario?: string;
}

/** Entries when nobody says otherwise: big enough to see growth, quick to simulate. */
export const DEFAULT_N = 100_000;

/** A command's argument { type?, go?, scenario? } as a seed; anything else seeds nothing. */
export function seedFrom(arg: unknown): ExperimentSeed {
  if (!arg || typeof arg !== 'object') return {};
  const a = arg as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  return { type: text(a.type), go: text(a.go), scenario: text(a.scenario) };
}

/** True when the seed settles everything the form would ask (a map type that parses): the command runs at once. */
export function seedRunsAtOnce(seed: ExperimentSeed): boolean {
  return seed.type !== undefined && mapTypeProblem(seed.type) === undefined;
}

/** Compare mode's two Go versions: the workspace's on its side, the newest of the other kind on the other. */
export function compareDefaults(preferred: string, versions: readonly string[]): { older: string; newer: string } {
  const plain = versions.filter((v) => !isNoSwissMap(v));
  const classic = plain.filter((v) => !isSwiss(v));
  const swiss = plain.filter(isSwiss);
  return isSwiss(preferred) ? { older: classic[classic.length - 1], newer: preferred } : { older: preferred, newer: swiss[swiss.length - 1] };
}

/** The form's values for a command: the seed where it names something offered, else fill-clear-refill, map[int]int, DEFAULT_N, no hint, the workspace's Go. */
export function formFor(catalog: EngineCatalog, seed: ExperimentSeed, workspaceGo: string, compare: boolean): RunRequest {
  const ids = catalog.scenarios.map((s) => s.id);
  const scenario = [seed.scenario, 'fill-clear-refill'].find((id) => id !== undefined && ids.includes(id)) ?? ids[0];
  const go = seed.go !== undefined && goMinor(seed.go) !== undefined ? nearestSupported(seed.go, catalog.goVersions) : workspaceGo;
  const params: ExperimentParams = { scenario, type: seed.type ?? 'map[int]int', n: DEFAULT_N, hint: -1, go };
  if (!compare) return { params };
  const { older, newer } = compareDefaults(go, catalog.goVersions);
  return { params: { ...params, go: older }, compareGo: newer };
}

/** Run on My Go's state: off in untrusted workspaces and without a go binary, each with the reason. */
export function realGoState(scenarios: string[], trusted: boolean, goPathSetting: string, goBinary: string | undefined): RealGoState {
  if (!trusted) {
    return {
      scenarios,
      enabled: false,
      note: 'Run on My Go is off in this untrusted workspace: it builds and runs a Go program on this machine. Trust the workspace to use it.',
    };
  }
  if (!goBinary) {
    return {
      scenarios,
      enabled: false,
      note: goPathSetting
        ? `Run on My Go needs a go binary: heaplens.goPath '${goPathSetting}' is not one.`
        : 'Run on My Go needs a Go toolchain: none is on PATH (or set heaplens.goPath).',
    };
  }
  return { scenarios, enabled: true, note: `Builds a small measurement program with ${goBinary} (offline, in a temporary folder).` };
}

/** The runs a request asks for: the parameters, and the same on a second Go when comparing. */
export function rerunList(params: ExperimentParams, compareGo?: string): ExperimentParams[] {
  return compareGo ? [params, { ...params, go: compareGo }] : [params];
}

/** How a run is named in progress messages. */
export function runLabel(p: ExperimentParams): string {
  return `${p.scenario} ${p.type} n=${p.n} on Go ${p.go}`;
}

/** The file name an experiment's heap profile is saved under: readable, and safe on every file system. */
export function profileFileName(p: ExperimentParams): string {
  const safeType = p.type.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '');
  return `${p.scenario}-${safeType}-n${p.n}-go${p.go}.pb.gz`;
}

/** Run on My Go's heading: the real runtime, the version it is simulated as, and why the real map may hold fewer entries. */
export function realRuntimeNote(real: { goRuntime: string; entries: number }, simulated: ExperimentParams): string {
  const fewer =
    real.entries < simulated.n
      ? `; the key type has only ${real.entries} distinct values, so the real map held ${real.entries} entries, not ${simulated.n}`
      : '';
  return `${real.goRuntime} (simulated as Go ${simulated.go})${fewer}`;
}
