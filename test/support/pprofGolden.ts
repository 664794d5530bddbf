// The one reader of `go tool pprof -top` output, the goldens every profile test compares with.
// Goldens are made with -unit=B or -unit=ns (test/fixtures/profile/README.md), so values are integers.
import * as fs from 'fs';

/** One row of pprof's top table; `name` without pprof's " (inline)" suffix. */
export interface GoldenRow {
  name: string;
  /** pprof's mark after the name: '' | '(inline)' | '(partial-inline)'. */
  mark: string;
  inline: boolean;
  flat: number;
  flatPct: string;
  cum: number;
  cumPct: string;
}

export interface Golden {
  /** The "Type:" line, the sample type shown (absent in some diff outputs). */
  type?: string;
  /** The TOTAL of "Showing nodes accounting for X, P% of TOTAL total". */
  total: number;
  rows: GoldenRow[];
}

/** A value as pprof prints it with -unit=B / -unit=ns: digits and an optional unit ("2885266B", "-12ns", "0"). */
function value(s: string, where: string): number {
  const m = /^(-?\d+(?:\.\d+)?)(?:[a-zA-Z]*)$/.exec(s);
  if (!m) throw new Error(`${where}: not a pprof value '${s}'`);
  return Number(m[1]);
}

/** Parses pprof's -top text; `where` names the file in errors. */
export function parsePprofTop(text: string, where = 'golden'): Golden {
  const total = /^Showing nodes accounting for \S+, \S+ of (\S+) total$/m.exec(text);
  if (!total) throw new Error(`${where}: no "Showing nodes accounting for" line`);
  const lines = text.split('\n');
  const header = lines.findIndex((l) => /^\s+flat\s+flat%/.test(l));
  if (header < 0) throw new Error(`${where}: no "flat flat%" header`);
  const rows: GoldenRow[] = [];
  for (const line of lines.slice(header + 1)) {
    if (line.trim() === '') continue;
    const m = /^\s*(\S+)\s+(\S+%)\s+\S+%\s+(\S+)\s+(\S+%)\s+(.+?)( \((?:partial-)?inline\))?$/.exec(line);
    if (!m) throw new Error(`${where}: unparsed line: ${line}`);
    const mark = (m[6] ?? '').trim();
    rows.push({ name: m[5], mark, inline: mark === '(inline)', flat: value(m[1], where), flatPct: m[2], cum: value(m[3], where), cumPct: m[4] });
  }
  return { type: /^Type: (\S+)/m.exec(text)?.[1], total: value(total[1], where), rows };
}

/** Reads and parses a golden file. */
export function readGolden(file: string): Golden {
  return parsePprofTop(fs.readFileSync(file, 'utf8'), file);
}
