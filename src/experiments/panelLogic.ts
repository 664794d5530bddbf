// The results panel's decisions, without VS Code: whether Run on My Go may run and why not,
// what a re-run asks for, and where an experiment's profile is written.
import type { ExperimentParams, RealGoState } from '../shared/protocol/experimentView';

/** Run on My Go's state: off in untrusted workspaces and without a go binary, each with the reason. */
export function realGoState(scenarios: string[], trusted: boolean, goPathSetting: string, goBinary: string | undefined): RealGoState {
  if (!trusted) {
    return { scenarios, enabled: false, note: 'Run on My Go is off in this untrusted workspace: it builds and runs a Go program on this machine. Trust the workspace to use it.' };
  }
  if (!goBinary) {
    return { scenarios, enabled: false, note: goPathSetting ? `Run on My Go needs a go binary: heaplens.goPath '${goPathSetting}' is not one.` : 'Run on My Go needs a Go toolchain: none is on PATH (or set heaplens.goPath).' };
  }
  return { scenarios, enabled: true, note: `Builds a small measurement program with ${goBinary} (offline, in a temporary folder).` };
}

/** The runs a re-run asks for: the parameters, and the same on a second Go when comparing. */
export function rerunList(params: ExperimentParams, compareGo?: string): ExperimentParams[] {
  return compareGo ? [params, { ...params, go: compareGo }] : [params];
}

/** The file name an experiment's heap profile is saved under: readable, and safe on every file system. */
export function profileFileName(p: ExperimentParams): string {
  const safeType = p.type.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '');
  return `${p.scenario}-${safeType}-n${p.n}-go${p.go}.pb.gz`;
}
