// Formatting for the results view. Binary units as the profile viewer uses them; written here
// because src/shared/format.ts was not committed yet when this view was built.

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

/** Bytes in binary units with up to two decimals: "48 B", "1.5 KiB", "38.15 MiB"; keeps the sign. */
export function formatBytes(bytes: number): string {
  const sign = bytes < 0 ? '-' : '';
  let v = Math.abs(bytes);
  let u = 0;
  while (v >= 1024 && u < UNITS.length - 1) {
    v /= 1024;
    u++;
  }
  const text = u === 0 ? String(Math.round(v)) : v.toFixed(2).replace(/\.?0+$/, '');
  return `${sign}${text} ${UNITS[u]}`;
}

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
