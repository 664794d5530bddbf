// One section per run: heading, step table, charts, explanation, "Open as Heap Profile" and
// "Run on My Go" with its real-against-simulated table.
import type { RealGoState, RealOutcome, RunView } from '../../src/shared/protocol/experimentView';
import { drawChart } from './chart';
import { el } from './dom';
import { comparisonTable, stepTable } from './tables';
import { seedRangeNotes, wideRange } from '../../src/experiments/seedRanges';
import { goBuildLabel } from '../../src/shared/goVersion';

/** What the run sections show besides the runs, and what their buttons do. */
export interface RunsContext {
  runs: RunView[];
  real: Map<number, RealOutcome>;
  realGo: RealGoState;
  openProfile(index: number): void;
  runOnMyGo(index: number): void;
}

function realSection(ctx: RunsContext, index: number): HTMLElement {
  const button = el('button', { type: 'button', 'data-testid': 'run-on-my-go' }, 'Run on My Go');
  const real = ctx.real.get(index);
  const scenario = ctx.runs[index]?.params.scenario ?? '';
  const measurable = ctx.realGo.scenarios.includes(scenario);
  const note =
    !ctx.realGo.enabled || measurable
      ? ctx.realGo.note
      : `Run on My Go measures the ${ctx.realGo.scenarios.join(' and ')} experiments; ${scenario} is simulated only.`;
  button.disabled = !ctx.realGo.enabled || !measurable || real?.kind === 'running';
  button.title = note;
  button.addEventListener('click', () => ctx.runOnMyGo(index));
  const section = el(
    'section',
    { class: 'real' },
    el('h3', {}, 'Your Go, side by side'),
    el('div', { class: 'actions' }, button),
    el('p', { class: button.disabled ? 'note disabled-reason' : 'note', 'data-testid': 'run-on-my-go-note' }, note),
  );
  switch (real?.kind) {
    case undefined:
      break;
    case 'running':
      section.append(el('p', { class: 'note' }, 'Building and running the measurement program…'));
      break;
    case 'failed':
      section.append(el('p', { class: 'status error', 'data-testid': 'real-error' }, real.message));
      break;
    case 'measured':
      section.append(
        el('p', { class: 'note' }, `Real runtime: ${real.goRuntime}, median of 5 runs. Δ = simulated − real, in % of real.`),
        comparisonTable(real.rows),
      );
      break;
  }
  return section;
}

/** The largest live or garbage figure over all runs, so side-by-side charts share a scale. */
function sharedMax(runs: RunView[], pick: (v: RunView) => number[]): number | undefined {
  return runs.length > 1 ? Math.max(...runs.flatMap(pick)) : undefined;
}

function runSection(ctx: RunsContext, view: RunView, index: number, disposers: (() => void)[]): HTMLElement {
  const r = view.result;
  const heading = `Go ${goBuildLabel(r.go)} — ${r.impl === 'swiss' ? 'Swiss tables' : r.impl === 'classic' ? 'classic hmap' : r.impl}`;
  const open = el('button', { type: 'button', 'data-testid': 'open-profile' }, 'Open as Heap Profile');
  open.addEventListener('click', () => ctx.openProfile(index));
  const section = el(
    'section',
    { class: 'run', 'data-testid': `run-${index}` },
    el('h2', {}, heading),
    el(
      'p',
      { class: 'subtitle' },
      `${r.scenario} · ${r.type} · N = ${r.n.toLocaleString('en-US')} · ${r.hint < 0 ? 'no size hint' : `hint ${r.hint.toLocaleString('en-US')}`}`,
    ),
    stepTable(r),
  );
  const seedNotes = seedRangeNotes(r);
  if (seedNotes.length > 0) {
    section.append(el('div', { class: 'note seed-notes', 'data-testid': 'seed-notes' }, ...seedNotes.map((t) => el('p', {}, t))));
  }
  const stepsChart = el('div', { class: 'chart' });
  section.append(stepsChart);
  const timelineChart = r.timeline && r.timeline.length > 0 ? el('div', { class: 'chart' }) : undefined;
  if (timelineChart) section.append(timelineChart);
  if (r.explanation && r.explanation.length > 0) {
    section.append(
      el('section', { class: 'explanation', 'data-testid': 'explanation' }, el('h3', {}, `What Go ${r.go} does`), ...r.explanation.map((p) => el('p', {}, p))),
    );
  }
  section.append(el('div', { class: 'actions' }, open), realSection(ctx, index));
  // Charts measure their host, so they are drawn once the section is in the document.
  queueMicrotask(() => {
    const hasGarbage = r.steps.some((s) => s.garbage_bytes !== undefined);
    disposers.push(
      drawChart(stepsChart, {
        title: 'Live and garbage bytes after each step',
        xLabel: 'step',
        xs: r.steps.map((_, i) => i),
        xNames: r.steps.map((s) => s.step),
        live: r.steps.map((s) => s.live_bytes),
        garbage: hasGarbage ? r.steps.map((s) => s.garbage_bytes ?? 0) : undefined,
        liveRange: r.steps.some((s) => wideRange(s, 'live'))
          ? { lo: r.steps.map((s) => s.live_range?.[0] ?? s.live_bytes), hi: r.steps.map((s) => s.live_range?.[1] ?? s.live_bytes), seeds: r.seeds ?? 1 }
          : undefined,
        testid: `steps-chart-${index}`,
        yMax: sharedMax(ctx.runs, (v) => v.result.steps.flatMap((s) => [s.live_bytes, s.garbage_bytes ?? 0])),
      }),
    );
    if (timelineChart && r.timeline) {
      disposers.push(
        drawChart(timelineChart, {
          title: 'Every growth while filling (garbage: total so far)',
          xLabel: 'entries',
          xs: r.timeline.map((t) => t.entries),
          live: r.timeline.map((t) => t.live_bytes),
          garbage: r.timeline.map((t) => t.garbage_bytes),
          testid: `growth-chart-${index}`,
          labels: r.timeline.map((t) => (t.seeds ? `${t.label ?? 'growth'} — only ${t.seeds[0]} of ${t.seeds[1]} seeds take it` : t.label)),
          marks: r.timeline.some((t) => t.seeds)
            ? { values: r.timeline.map((t) => (t.seeds ? t.live_bytes : null)), label: 'taken by only some seeds' }
            : undefined,
          yMax: sharedMax(ctx.runs, (v) => (v.result.timeline ?? []).flatMap((t) => [t.live_bytes, t.garbage_bytes])),
        }),
      );
    }
  });
  return section;
}

/** Charts of the previous render (uPlot instances and their resize observers), removed on the next. */
const disposeCharts: (() => void)[] = [];

/** Replaces `host`'s children with a section per run (side by side when there are two). */
export function renderRuns(host: HTMLElement, ctx: RunsContext): void {
  for (const d of disposeCharts.splice(0)) d();
  host.className = ctx.runs.length > 1 ? 'runs side-by-side' : 'runs';
  host.replaceChildren(...ctx.runs.map((v, i) => runSection(ctx, v, i, disposeCharts)));
}
