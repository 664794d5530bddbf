// The experiment form: scenario, map type (checked by the engine's parser as you type), N, size
// hint and Go version(s). Enter runs it from any field; problems show under their field and move
// the focus there; while a simulation runs, Cancel stops it.
import { draftProblems, draftRequest, goChoices, type Draft, type Problems } from '../../src/experiments/form';
import { goBuildLabel, goMinor, isNoSwissMap, isSwiss } from '../../src/shared/goVersion';
import type { PanelSetup, RunRequest } from '../../src/shared/protocol/experimentView';
import { el } from './dom';

/** What the form does with the user's actions. */
export interface FormActions {
  run(req: RunRequest): void;
  cancel(): void;
  /** The text changed (the view saves it, so it survives being hidden). */
  changed(draft: Draft): void;
}

/** The form's element, and its busy switch. */
export interface ExperimentForm {
  element: HTMLFormElement;
  setBusy(busy: boolean): void;
  focusFirst(): void;
}

type Control = HTMLInputElement | HTMLSelectElement;

function goLabel(v: string, defaultGo: string): string {
  return `Go ${goBuildLabel(v)} · ${isSwiss(v) ? 'Swiss tables' : 'classic hmap'}${v === defaultGo ? ' · workspace default' : ''}`;
}

function select(key: keyof Draft, options: { value: string; label: string }[], value: string): HTMLSelectElement {
  const s = el('select', { id: `param-${key}`, 'data-testid': `param-${key}` });
  for (const o of options) s.append(el('option', { value: o.value }, o.label));
  s.value = value;
  return s;
}

function textInput(key: keyof Draft, value: string, numeric: boolean): HTMLInputElement {
  const i = el('input', {
    id: `param-${key}`,
    'data-testid': `param-${key}`,
    type: 'text',
    spellcheck: 'false',
    autocomplete: 'off',
    inputmode: numeric ? 'numeric' : undefined,
    size: numeric ? '12' : '30',
    placeholder: numeric ? undefined : 'map[string][]byte',
  });
  i.value = value;
  return i;
}

/** A labelled field with the line its problem shows on (read out when it changes). */
function field(label: string, key: keyof Draft, control: Control, problems: Map<keyof Draft, HTMLElement>): HTMLElement {
  const problem = el('span', { class: 'problem', id: `problem-${key}`, 'data-testid': `problem-${key}`, 'aria-live': 'polite' });
  control.setAttribute('aria-describedby', problem.id);
  problems.set(key, problem);
  return el('div', { class: 'field' }, el('label', { for: control.id }, label), control, problem);
}

/** Builds the form for `setup`, filled with `draft`. */
export function experimentForm(setup: PanelSetup, draft: Draft, actions: FormActions): ExperimentForm {
  const choices = goChoices(setup.goVersions, setup.compare);
  // newest first, each version before its noswissmap build
  const order = (v: string): number => (goMinor(v) ?? 0) * 2 - (isNoSwissMap(v) ? 1 : 0);
  const goOptions = (vs: string[]) => [...vs].sort((a, b) => order(b) - order(a)).map((v) => ({ value: v, label: goLabel(v, setup.defaultGo) }));
  const controls: Record<keyof Draft, Control | undefined> = {
    scenario: select(
      'scenario',
      setup.scenarios.map((s) => ({ value: s.id, label: s.title })),
      draft.scenario,
    ),
    type: textInput('type', draft.type, false),
    n: textInput('n', draft.n, true),
    hint: textInput('hint', draft.hint, true),
    go: select('go', goOptions(choices.go), draft.go),
    compareGo: setup.compare ? select('compareGo', goOptions(choices.compareGo), draft.compareGo) : undefined,
  };
  const problemLines = new Map<keyof Draft, HTMLElement>();
  const desc = el('p', { class: 'scenario-desc', id: 'scenario-desc' });
  const run = el('button', { type: 'submit', 'data-testid': 'run-button' }, 'Run');
  const cancel = el('button', { type: 'button', class: 'secondary', 'data-testid': 'cancel-button', hidden: '' }, 'Cancel');
  cancel.addEventListener('click', () => actions.cancel());
  const c = controls as Record<keyof Draft, Control>;
  const form = el(
    'form',
    { class: 'param-form', 'data-testid': 'param-form', novalidate: '', 'aria-label': 'Experiment parameters' },
    el(
      'div',
      { class: 'fields' },
      field('Experiment', 'scenario', c.scenario, problemLines),
      field('Map type', 'type', c.type, problemLines),
      field('Entries (N)', 'n', c.n, problemLines),
      field('Size hint (-1: none)', 'hint', c.hint, problemLines),
      field(setup.compare ? 'Classic Go' : 'Go version', 'go', c.go, problemLines),
      ...(controls.compareGo ? [field('Swiss-table Go', 'compareGo', controls.compareGo, problemLines)] : []),
      el('div', { class: 'buttons' }, run, cancel),
    ),
    desc,
  );
  c.scenario.setAttribute('aria-describedby', `${c.scenario.getAttribute('aria-describedby')} scenario-desc`);

  const read = (): Draft => ({
    scenario: c.scenario.value,
    type: c.type.value,
    n: c.n.value,
    hint: c.hint.value,
    go: c.go.value,
    compareGo: controls.compareGo?.value ?? '',
  });
  /** Shows each field's problem; returns them. */
  const check = (): Problems => {
    const problems = draftProblems(read(), setup);
    for (const [key, line] of problemLines) {
      line.textContent = problems[key] ?? '';
      controls[key]?.setAttribute('aria-invalid', problems[key] ? 'true' : 'false');
    }
    desc.textContent = setup.scenarios.find((s) => s.id === c.scenario.value)?.description ?? '';
    return problems;
  };
  form.addEventListener('input', () => {
    check();
    actions.changed(read());
  });
  form.addEventListener('change', () => {
    check();
    actions.changed(read());
  });
  // Enter on a select does not submit a form by itself; in text fields it does.
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.target instanceof HTMLSelectElement) {
      e.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (run.disabled) return;
    const problems = check();
    const first = (Object.keys(controls) as (keyof Draft)[]).find((k) => problems[k]);
    if (first) return void controls[first]?.focus();
    actions.run(draftRequest(read(), setup.compare));
  });
  check();
  return {
    element: form,
    setBusy: (busy) => {
      const hadFocus = document.activeElement === cancel;
      run.disabled = busy;
      cancel.hidden = !busy;
      if (hadFocus) run.focus();
    },
    focusFirst: () => c.scenario.focus(),
  };
}
