// The top table as text, byte for byte as `go tool pprof -top` prints it.
import type { FrameTable, ProfileHeader, TopTable } from './model';
import { printableName } from './top';
import { percentage, scaledLabel, selectOutputUnit } from './units';

/** The top table as `go tool pprof -top` prints it: header lines, then flat flat% sum% cum cum% name. */
export function formatTopText(profile: ProfileHeader, sampleIndex: number, frames: FrameTable, top: TopTable): string {
  const { total, allRows } = top;
  const rows = top.keys.length;
  const sampleType = profile.sampleTypes[sampleIndex];
  const outUnit = selectOutputUnit(top.flat, top.cum, total, sampleType.unit);
  const fmt = (v: number): string => scaledLabel(v, sampleType.unit, outUnit);
  const lines = profileLabels(profile, sampleType.type, sampleType.unit, total, fmt);
  let shown = 0;
  for (const f of top.flat) shown += f;
  lines.push(`Showing nodes accounting for ${fmt(shown)}, ${percentage(shown, total).trim()} of ${fmt(total)} total`);
  if (total !== 0 && rows > 0 && rows < allRows) lines.push(`Showing top ${rows} nodes out of ${allRows}`);
  lines.push(`${'flat'.padStart(10)} ${'flat'.padStart(5)}% ${'sum'.padStart(5)}% ${'cum'.padStart(10)} ${'cum'.padStart(5)}%`);
  let sum = 0;
  for (let i = 0; i < rows; i++) {
    const flat = top.flat[i],
      cum = top.cum[i];
    sum += flat;
    const inl = top.inline[i] ? ' (inline)' : top.partialInline[i] ? ' (partial-inline)' : '';
    lines.push(
      `${fmt(flat).padStart(10)} ${percentage(flat, total)} ${percentage(sum, total)} ${fmt(cum).padStart(10)} ${percentage(cum, total)}  ${printableName(frames, top.keys[i])}${inl}`,
    );
  }
  return lines.join('\n') + '\n';
}

function profileLabels(profile: ProfileHeader, type: string, unit: string, total: number, fmt: (v: number) => string): string[] {
  const out: string[] = [];
  const m = profile.mappings[0];
  if (m) {
    if (m.file !== '') out.push('File: ' + m.file.replace(/\/+$/, '').split('/').pop());
    if (m.buildId !== '') out.push('Build ID: ' + m.buildId);
  }
  for (const c of profile.comments) if (!c.startsWith('#')) out.push(c);
  out.push('Type: ' + type);
  if (profile.docUrl !== '') out.push('Doc: ' + profile.docUrl);
  if (profile.timeNanos !== 0) out.push('Time: ' + formatTime(profile.timeNanos));
  if (profile.durationNanos !== 0) {
    const duration = scaledLabel(profile.durationNanos, 'nanoseconds', 'auto');
    const isTime = /^(ns|nanoseconds?|us|microseconds?|ms|milliseconds?|s|secs?|seconds?)$/i.test(unit);
    const ratio = isTime && total !== 0 ? ` (${percentage(total * nanosPer(unit), profile.durationNanos)})` : ' ';
    out.push(`Duration: ${duration}, Total samples = ${fmt(total)}${ratio}`);
  }
  return out;
}

function nanosPer(unit: string): number {
  const u = unit.toLowerCase().replace(/s$/, '');
  if (u.startsWith('n')) return 1;
  if (u.startsWith('u') || u.startsWith('micro')) return 1e3;
  if (u.startsWith('m')) return 1e6;
  return 1e9;
}

/** "2006-01-02 15:04:05 UTC" (pprof prints local time; we print UTC so output is reproducible). */
function formatTime(nanos: number): string {
  const d = new Date(Math.floor(nanos / 1e6));
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC`;
}
