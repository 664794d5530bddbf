// Formatting for the results view: bytes as the profile viewer shows them, plus the exact
// counts and signed differences that the step and Run on My Go tables need.

export { formatBytes } from '../../src/shared/format';

/** A count with thousands separators: "4,100". */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** Exact bytes for tooltips: "37,748,736 bytes". */
export function exactBytes(n: number): string {
  return `${n.toLocaleString('en-US')} bytes`;
}

/** A signed percentage of difference: "+1.23 %", "0.00 %", "n/a" when undefined. */
export function formatPercent(p: number | null): string {
  if (p === null) return 'n/a';
  if (Math.abs(p) < 0.005) return '0.00 %';
  return `${p > 0 ? '+' : ''}${p.toFixed(2)} %`;
}
