import type { ClearCall } from './analysis';
import type { Estimates } from './estimates';
import { explainMarkdown } from './facts';
import { formatBytes } from '../shared/format';
import type { MapSite } from '../maps/model';
import { mapHoverText } from './mapLens';

/** Escapes text from the source so markdown shows it literally. */
export function mdEscape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

/** Inline code for source text, fenced with enough backticks to hold any inside it. */
export function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  return longest ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

/** The hover for a clear call: facts for its Go version, engine figures, and the profile's bytes. */
export function hoverMarkdown(
  call: ClearCall,
  estimates: Estimates | undefined,
  profile: { line: number; value: number }[],
  sample?: { name: string; unit: string },
  maps: readonly MapSite[] = [],
): string {
  switch (call.kind) {
    case 'not-builtin':
      return 'This `clear` is declared in this package or scope: it is not the builtin, so HeapLens says nothing about it.';
    case 'unsupported-go-version':
      return `go.mod says **Go ${call.goVersion}**: the builtin \`clear\` arrived in Go 1.21, so this does not compile. Raise the \`go\` line to 1.21 or later, or use \`for k := range m { delete(m, k) }\` (the compiler turns that loop into the same runtime call).`;
    case 'unknown':
      return `HeapLens could not tell the type of ${code(call.argument)}${call.reason ? `: ${mdEscape(call.reason)}` : ''}.`;
  }
  const parts = [
    `${code(`clear(${call.argument})`)} on ${code(call.type ?? '?')}${call.via === 'gopls' ? ' (type from gopls)' : ''}`,
    '',
    explainMarkdown(call.kind, call.goVersion),
  ];
  if (call.kind === 'map') parts.push('', estimateText(estimates));
  const held = sample ? mapHoverText(call, maps, sample.name, code) : undefined;
  if (held) parts.push('', held);
  if (profile.length) {
    const fmt = (v: number) => (sample?.unit === 'bytes' ? formatBytes(v) : `${v} ${sample?.unit ?? ''}`.trim());
    parts.push('', `**Open heap profile** (${mdEscape(sample?.name ?? '')}): ${profile.map((p) => `${fmt(p.value)} at line ${p.line}`).join(', ')}`);
  }
  return parts.join('\n');
}

function estimateText(e: Estimates | undefined): string {
  if (!e) return '**Engine estimate**: not computed yet (hover again in a moment).';
  if (!e.ok) return `**Engine estimate**: none (${mdEscape(e.why)}).`;
  const rows = e.rows.map(
    (r) => `| ${r.n.toLocaleString('en-US')} | ${r.liveAfterClear === undefined ? 'computing… (hover again)' : formatBytes(r.liveAfterClear)} |`,
  );
  return [`**Stays allocated after clear** (HeapLens map engine, Go ${e.go}, filled from empty):`, '', '| entries | bytes kept |', '|---:|---:|', ...rows].join(
    '\n',
  );
}
