// pprof's value formatting (internal/measurement), so `heaplens top` text reads like `go tool pprof -top`.

interface Unit {
  name: string;
  aliases: string[];
  factor: number;
}
interface UnitType {
  units: Unit[];
  defaultUnit: Unit;
}

const unitTypes: UnitType[] = [
  {
    units: [
      { name: 'B', aliases: ['b', 'byte'], factor: 1 },
      { name: 'kB', aliases: ['kb', 'kbyte', 'kilobyte'], factor: 2 ** 10 },
      { name: 'MB', aliases: ['mb', 'mbyte', 'megabyte'], factor: 2 ** 20 },
      { name: 'GB', aliases: ['gb', 'gbyte', 'gigabyte'], factor: 2 ** 30 },
      { name: 'TB', aliases: ['tb', 'tbyte', 'terabyte'], factor: 2 ** 40 },
      { name: 'PB', aliases: ['pb', 'pbyte', 'petabyte'], factor: 2 ** 50 },
    ],
    defaultUnit: { name: 'B', aliases: [], factor: 1 },
  },
  {
    units: [
      { name: 'ns', aliases: ['ns', 'nanosecond'], factor: 1 },
      { name: 'us', aliases: ['μs', 'us', 'microsecond'], factor: 1e3 },
      { name: 'ms', aliases: ['ms', 'millisecond'], factor: 1e6 },
      { name: 's', aliases: ['s', 'sec', 'second'], factor: 1e9 },
      { name: 'hrs', aliases: ['hour', 'hr'], factor: 3600e9 },
    ],
    defaultUnit: { name: 's', aliases: [], factor: 1e9 },
  },
  {
    units: [
      { name: 'n*GCU', aliases: ['nanogcu'], factor: 1e-9 },
      { name: 'u*GCU', aliases: ['microgcu'], factor: 1e-6 },
      { name: 'm*GCU', aliases: ['milligcu'], factor: 1e-3 },
      { name: 'GCU', aliases: ['gcu'], factor: 1 },
      { name: 'k*GCU', aliases: ['kilogcu'], factor: 1e3 },
      { name: 'M*GCU', aliases: ['megagcu'], factor: 1e6 },
      { name: 'G*GCU', aliases: ['gigagcu'], factor: 1e9 },
      { name: 'T*GCU', aliases: ['teragcu'], factor: 1e12 },
      { name: 'P*GCU', aliases: ['petagcu'], factor: 1e15 },
    ],
    defaultUnit: { name: 'GCU', aliases: [], factor: 1 },
  },
];

function sniff(ut: UnitType, unit: string): Unit | undefined {
  let u = unit.toLowerCase();
  if (u.length > 2 && u.endsWith('s')) u = u.slice(0, -1);
  return ut.units.find((x) => x.aliases.includes(u));
}

/** pprof's measurement.Scale: value in fromUnit expressed in toUnit ("minimum"/"auto" pick one). */
export function scale(value: number, fromUnit: string, toUnit: string): [number, string] {
  if (value < 0) {
    const [v, u] = scale(-value, fromUnit, toUnit);
    return [-v, u];
  }
  for (const ut of unitTypes) {
    const from = sniff(ut, fromUnit);
    if (!from) continue;
    const v = value * from.factor;
    if (toUnit === 'minimum' || toUnit === 'auto') {
      let f = 0;
      let name = '';
      for (const u of ut.units) {
        if (u.factor >= f && v / u.factor >= 1) {
          f = u.factor;
          name = u.name;
        }
      }
      if (f !== 0) return [v / f, name];
      return [v / ut.defaultUnit.factor, ut.defaultUnit.name];
    }
    const to = sniff(ut, toUnit);
    if (!to) return [v / ut.defaultUnit.factor, ut.defaultUnit.name];
    return [v / to.factor, to.name];
  }
  if (['count', 'sample', 'unit', 'minimum', 'auto'].includes(toUnit)) return [value, ''];
  return [value, toUnit];
}

/** pprof's measurement.ScaledLabel: "1.50MB", "670000000ns", "0". */
export function scaledLabel(value: number, fromUnit: string, toUnit: string): string {
  const [v, u] = scale(value, fromUnit, toUnit);
  const sv = goFixed2(v).replace(/\.00$/, '');
  if (sv === '0' || sv === '-0') return '0';
  return sv + u;
}

/** pprof's measurement.Percentage: "  100%", "37.80%", "0.029%", "2.5e-05%". */
export function percentage(value: number, total: number): string {
  const ratio = total !== 0 ? Math.abs(value / total) * 100 : 0;
  if (ratio >= 99.95 && ratio <= 100.05) return '  100%';
  if (ratio >= 1) return goFixed2(ratio).padStart(5) + '%';
  return goG2(ratio).padStart(5) + '%';
}

/**
 * The output unit pprof's -unit=minimum picks for a report: the unit of the smallest non-zero
 * row value (flat, else cum; rows are parallel arrays), moved up when the total is over 100x larger.
 */
export function selectOutputUnit(flat: readonly number[], cum: readonly number[], total: number, sampleUnit: string): string {
  if (flat.length === 0) return 'minimum';
  let minValue = 0;
  for (let i = 0; i < flat.length; i++) {
    let m = Math.abs(flat[i]);
    if (m === 0) m = Math.abs(cum[i]);
    if (m > 0 && (minValue === 0 || m < minValue)) minValue = m;
  }
  const maxValue = total;
  if (minValue === 0) minValue = maxValue;
  const minUnit = scale(minValue, sampleUnit, 'minimum')[1];
  const maxUnit = scale(maxValue, sampleUnit, 'minimum')[1];
  let unit = minUnit;
  if (minUnit !== maxUnit && minValue * 100 < maxValue) unit = scale(100 * minValue, sampleUnit, 'minimum')[1];
  return unit === '' ? 'minimum' : unit;
}

/** Go's %.2f (round half to even on the binary value, like JS toFixed on exact decimals). */
function goFixed2(v: number): string {
  return v.toFixed(2);
}

/** Go's %.2g: two significant digits, trailing zeros dropped, exponent with at least two digits. */
function goG2(v: number): string {
  if (v === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(Number(v.toPrecision(2)))));
  if (exp < -4 || exp >= 2) {
    const [m, e] = v.toExponential(1).split('e');
    const mant = m.includes('.') ? m.replace(/0+$/, '').replace(/\.$/, '') : m;
    const n = Number(e);
    return `${mant}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  }
  let s = v.toPrecision(2);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s;
}
