// The step table and the real-vs-simulated table.
import type { ComparisonRow, ExperimentResult } from '../../src/shared/protocol/experimentView';
import { cell, el } from './dom';
import { exactBytes, formatBytes, formatCount, formatPercent } from './format';
import { formatRange, wideRange } from '../../src/experiments/seedRanges';

function header(...names: string[]): HTMLTableSectionElement {
  return el('thead', {}, el('tr', {}, ...names.map((n) => el('th', { scope: 'col' }, n))));
}

/** A figure, with the range it lands in across hash seeds under it when that is wider than the tolerance. */
function bytesCell(value: number, range: [number, number] | undefined, seeds: number | undefined): HTMLTableCellElement {
  const c = cell(formatBytes(value), exactBytes(value), 'num');
  if (range) {
    c.append(
      el(
        'div',
        { class: 'seed-range', title: `the typical of ${seeds ?? 1} hash seeds; the real runtime lands anywhere in such a range from run to run` },
        formatRange(range),
      ),
    );
  }
  return c;
}

/** Step, live bytes, garbage bytes, bytes allocated, allocations. */
export function stepTable(result: ExperimentResult): HTMLTableElement {
  const body = el('tbody');
  for (const s of result.steps) {
    body.append(
      el(
        'tr',
        {},
        cell(s.step, undefined, 'name'),
        bytesCell(s.live_bytes, wideRange(s, 'live'), result.seeds),
        s.garbage_bytes === undefined ? cell('—', 'not reported by the engine', 'num') : cell(formatBytes(s.garbage_bytes), exactBytes(s.garbage_bytes), 'num'),
        bytesCell(s.alloc_bytes, wideRange(s, 'alloc'), result.seeds),
        cell(formatCount(s.alloc_objects), 'heap allocations during this step', 'num'),
      ),
    );
  }
  return el('table', { class: 'steps', 'data-testid': 'step-table' }, header('Step', 'Live', 'Garbage', 'Allocated', 'Allocations'), body);
}

/** Real runtime against the simulation, step by step, with the difference in percent. */
export function comparisonTable(rows: ComparisonRow[]): HTMLTableElement {
  const body = el('tbody');
  for (const r of rows) {
    body.append(
      el(
        'tr',
        { class: r.agrees ? 'agrees' : 'differs' },
        cell(r.step, undefined, 'name'),
        cell(formatBytes(r.real_live), exactBytes(r.real_live), 'num'),
        cell(formatBytes(r.sim_live), exactBytes(r.sim_live), 'num'),
        cell(formatPercent(r.live_diff_pct), 'simulated − real, in % of real', 'num'),
        cell(formatBytes(r.real_alloc), exactBytes(r.real_alloc), 'num'),
        cell(formatBytes(r.sim_alloc), exactBytes(r.sim_alloc), 'num'),
        cell(formatPercent(r.alloc_diff_pct), 'simulated − real, in % of real', 'num'),
        cell(
          r.agrees ? '✓' : '✗',
          r.agrees ? 'within max(2 %, 8 KiB) live and max(3 %, 8 KiB) allocated' : 'outside max(2 %, 8 KiB) live or max(3 %, 8 KiB) allocated',
          'mark',
        ),
      ),
    );
  }
  return el(
    'table',
    { class: 'steps', 'data-testid': 'real-table' },
    header('Step', 'Live (real)', 'Live (sim.)', 'Δ live', 'Allocated (real)', 'Allocated (sim.)', 'Δ allocated', ''),
    body,
  );
}
