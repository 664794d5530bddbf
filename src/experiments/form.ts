// The experiment form's checks, without the DOM: each field's text checked as the user types
// (the map type by the engine's own parser), and the request the text stands for. Pure; the
// webview bundles it, so it imports nothing that needs Node.
import { parseGoType, type GoType } from '../engine/goTypes';
import { oneLine } from '../shared/errors';
import { isSwiss } from '../shared/goVersion';
import type { PanelSetup, RunRequest } from '../shared/protocol/experimentView';

/** The form's fields as typed: text, so that a half-typed value survives a reload of the view. */
export interface Draft {
  scenario: string;
  type: string;
  n: string;
  hint: string;
  go: string;
  /** Compare mode's Swiss-table Go; '' otherwise. */
  compareGo: string;
}

/** Each field's problem; fields without one are absent. */
export type Problems = Partial<Record<keyof Draft, string>>;

/** Largest N and hint the form takes: past any interesting growth, and simulated in seconds. */
export const MAX_N = 10_000_000;

/** Whether == is defined on the type, as the spec asks of map keys: no slice, map or func inside. */
function comparable(t: GoType): boolean {
  switch (t.kind) {
    case 'slice':
    case 'map':
    case 'func':
      return false;
    case 'array':
      return t.elem === undefined || comparable(t.elem);
    case 'struct':
      return (t.fields ?? []).every((f) => comparable(f.type));
    default:
      return true;
  }
}

/** Why the text is not a map type the engine simulates (its parser's message, or the compiler's for a bad key), or undefined. */
export function mapTypeProblem(text: string): string | undefined {
  const t = text.trim();
  if (!t.startsWith('map[')) return `'${t}' is not a map type: write it like map[string][]byte`;
  let parsed: GoType;
  try {
    parsed = parseGoType(t);
  } catch (err) {
    return oneLine(err);
  }
  return parsed.key && !comparable(parsed.key) ? `invalid map key type ${parsed.key.text}` : undefined;
}

/** The whole number a count's text stands for ("100_000" reads as 100000); NaN when it is none. */
function countValue(text: string): number {
  const t = text.trim().replace(/_/g, '');
  return /^-?\d+$/.test(t) ? Number(t) : NaN;
}

/** Why a count's text is not a whole number from `min` to MAX_N, or undefined. */
export function countProblem(text: string, min: number, what: string): string | undefined {
  const v = countValue(text);
  if (Number.isNaN(v)) return `${what} must be a whole number`;
  if (v < min || v > MAX_N) return `${what} must be between ${min.toLocaleString('en-US')} and ${MAX_N.toLocaleString('en-US')}`;
  return undefined;
}

/** The Go versions each Go field offers: all of them, or in compare mode classic and Swiss apart. */
export function goChoices(goVersions: readonly string[], compare: boolean): { go: string[]; compareGo: string[] } {
  if (!compare) return { go: [...goVersions], compareGo: [] };
  return { go: goVersions.filter((v) => !isSwiss(v)), compareGo: goVersions.filter(isSwiss) };
}

/** Each field's problem (an empty object: the draft can run). */
export function draftProblems(d: Draft, setup: Pick<PanelSetup, 'scenarios' | 'goVersions' | 'compare'>): Problems {
  const choices = goChoices(setup.goVersions, setup.compare);
  const out: Problems = {
    scenario: setup.scenarios.some((s) => s.id === d.scenario) ? undefined : 'pick an experiment',
    type: mapTypeProblem(d.type),
    n: countProblem(d.n, 0, 'N'),
    hint: countProblem(d.hint, -1, 'The size hint'),
    go: choices.go.includes(d.go) ? undefined : 'pick a Go version',
    compareGo: !setup.compare || choices.compareGo.includes(d.compareGo) ? undefined : 'pick a Swiss-table Go version',
  };
  for (const k of Object.keys(out) as (keyof Draft)[]) if (out[k] === undefined) delete out[k];
  return out;
}

/** The request a draft without problems stands for. */
export function draftRequest(d: Draft, compare: boolean): RunRequest {
  const params = { scenario: d.scenario, type: d.type.trim(), n: countValue(d.n), hint: countValue(d.hint), go: d.go };
  return compare ? { params, compareGo: d.compareGo } : { params };
}

/** The form's text for a request. */
export function requestDraft(r: RunRequest): Draft {
  const p = r.params;
  return { scenario: p.scenario, type: p.type, n: String(p.n), hint: String(p.hint), go: p.go, compareGo: r.compareGo ?? '' };
}

/** The form's starting text: a saved draft's choices where this panel still offers them, its typing as is, else the host's values. */
export function startDraft(setup: PanelSetup, saved?: Draft): Draft {
  const host = requestDraft(setup.form);
  if (!saved) return host;
  const choices = goChoices(setup.goVersions, setup.compare);
  return {
    scenario: setup.scenarios.some((s) => s.id === saved.scenario) ? saved.scenario : host.scenario,
    type: saved.type,
    n: saved.n,
    hint: saved.hint,
    go: choices.go.includes(saved.go) ? saved.go : host.go,
    compareGo: choices.compareGo.includes(saved.compareGo) ? saved.compareGo : host.compareGo,
  };
}
