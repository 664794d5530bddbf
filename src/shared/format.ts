// Number formatting with units, shared by the profile viewer and the experiments view.
// No Node, no DOM: imported by host, worker and webviews.

const binaryUnits = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/** Trims a fixed-point string to at most `digits` decimals without trailing zeros. */
function trimmed(value: number, digits: number): string {
  const s = value.toFixed(digits);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/** Bytes in binary units: 0 B, 512 B, 1.5 KiB, 75.54 MiB; keeps the sign of diff values. */
export function formatBytes(bytes: number): string {
  const sign = bytes < 0 ? '-' : '';
  let v = Math.abs(bytes);
  let i = 0;
  while (v >= 1024 && i < binaryUnits.length - 1) {
    v /= 1024;
    i++;
  }
  return sign + (i === 0 ? String(Math.round(v)) : trimmed(v, 2)) + ' ' + binaryUnits[i];
}

/** A count with thousands separators and k/M/G above a million: 1,234 · 12.35M. */
export function formatCount(n: number): string {
  const sign = n < 0 ? '-' : '';
  const v = Math.abs(n);
  if (v >= 1e9) return sign + trimmed(v / 1e9, 2) + 'G';
  if (v >= 1e6) return sign + trimmed(v / 1e6, 2) + 'M';
  const whole = Math.round(v).toString();
  return sign + whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Durations from nanoseconds: 850 ns, 1.5 µs, 20 ms, 1.42 s, 2.5 min. */
export function formatDuration(ns: number): string {
  const sign = ns < 0 ? '-' : '';
  const v = Math.abs(ns);
  if (v < 1e3) return sign + trimmed(v, 0) + ' ns';
  if (v < 1e6) return sign + trimmed(v / 1e3, 2) + ' µs';
  if (v < 1e9) return sign + trimmed(v / 1e6, 2) + ' ms';
  if (v < 60e9) return sign + trimmed(v / 1e9, 2) + ' s';
  return sign + trimmed(v / 60e9, 2) + ' min';
}

/** Formats a profile value by its pprof unit name (bytes, nanoseconds, count, …). */
export function formatValue(value: number, unit: string): string {
  switch (unit) {
    case 'bytes':
      return formatBytes(value);
    case 'kilobytes':
      return formatBytes(value * 1024);
    case 'megabytes':
      return formatBytes(value * 1024 * 1024);
    case 'nanoseconds':
      return formatDuration(value);
    case 'microseconds':
      return formatDuration(value * 1e3);
    case 'milliseconds':
      return formatDuration(value * 1e6);
    case 'seconds':
      return formatDuration(value * 1e9);
    case 'count':
    case '':
      return formatCount(value);
    default:
      return formatCount(value) + ' ' + unit;
  }
}

/** A share as pprof prints it (report.percentage): of |part|, 2 decimals from 1%, 2 significant digits below. */
export function formatPercent(part: number, total: number): string {
  const ratio = total === 0 ? 0 : Math.abs(part / total) * 100;
  if (ratio >= 99.95 && ratio <= 100.05) return '100%';
  if (ratio >= 1) return ratio.toFixed(2) + '%';
  if (ratio === 0) return '0%';
  // Go's %.2g: exponent form below 1e-4, trailing zeros dropped.
  if (ratio < 1e-4) {
    const [m, e] = ratio.toExponential(1).split('e');
    const exp = Number(e);
    return `${m.replace(/\.0$/, '')}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}%`;
  }
  return Number(ratio.toPrecision(2)).toString() + '%';
}
