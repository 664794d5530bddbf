// The Go program a scenario stands for: its source lines give the simulated profile its frames
// (the user line of the make or m[k] = v, as the real runtime attributes map memory).
import type { Op, Scenario } from './scenarios';

/** File name of the scenario program in profiles. */
export const PROGRAM_FILE = 'experiment.go';
/** Function the scenario's statements are in. */
export const PROGRAM_FUNC = 'main.experiment';

function statement(op: Op, type: string): string {
  const c = (x: unknown): string => (x === 'n' ? 'n' : x === 'n/2' ? 'n/2' : String(x));
  switch (op.op) {
    case 'make':
      return op.size === -1 ? `m = make(${type})` : op.size === undefined ? `m = make(${type}, hint)` : `m = make(${type}, ${c(op.size)})`;
    case 'insert':
      return `for i := ${c(op.from)}; i < ${c(op.to)}; i++ { m[key(i)] = val(i) }`;
    case 'delete':
      return `for i := ${c(op.from)}; i < ${c(op.to)}; i += ${op.every ?? 1} { delete(m, key(i)) }`;
    case 'clear':
      return 'clear(m)';
    case 'nil':
      return 'm = nil';
    case 'makeSlice':
      return `s = make([]${type.replace(/^map\[.*?\]/, '')}, n)`;
    case 'clearSlice':
      return 'clear(s)';
    case 'nilSlice':
      return 's = nil';
  }
}

/** The program's source lines and the line number of each op, in scenario order. */
export function scenarioProgram(sc: Scenario, type: string): { lines: string[]; opLines: number[] } {
  const lines = ['package main', '', `// ${sc.title}`, `func experiment(n, hint int) {`, `\tvar m ${type}`];
  const opLines: number[] = [];
  for (const step of sc.steps) {
    lines.push(`\t// step ${step.step}`);
    for (const op of step.ops) {
      lines.push('\t' + statement(op, type));
      opLines.push(lines.length);
    }
  }
  lines.push('}');
  return { lines, opLines };
}
