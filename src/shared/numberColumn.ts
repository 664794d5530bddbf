// Columns of numbers in as few bytes as they need, exactly: what the worker sends the webview
// through VS Code, whose cost grows with the bytes (a 40,000-row table in 64-bit floats took
// about 100 ms to arrive; half the bytes, half the time).
import type { IndexColumn, NumberColumn } from './protocol/profileView';

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/**
 * Exact: a value fits the 32-bit column when it is an integer in range (and not -0); the rest
 * are listed apart. Counts and line numbers below 65536 take 16 bits.
 */
export function packNumbers(values: ArrayLike<number>): NumberColumn {
  const n = values.length;
  let narrow = true;
  for (let i = 0; i < n && narrow; i++) {
    const v = values[i];
    narrow = v >= 0 && v <= 0xffff && Number.isInteger(v) && !Object.is(v, -0);
  }
  if (narrow) return { small: Uint16Array.from(values) };
  const small = new Int32Array(n);
  const bigAt: number[] = [];
  const big: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (Number.isInteger(v) && v >= INT32_MIN && v <= INT32_MAX && !Object.is(v, -0)) small[i] = v;
    else {
      bigAt.push(i);
      big.push(v);
    }
  }
  return bigAt.length === 0 ? { small } : { small, bigAt: Uint32Array.from(bigAt), big: Float64Array.from(big) };
}

/** The values packNumbers packed. */
export function unpackNumbers(c: NumberColumn): number[] {
  const out = Array.from(c.small);
  if (c.bigAt && c.big) for (let j = 0; j < c.bigAt.length; j++) out[c.bigAt[j]] = c.big[j];
  return out;
}

/** Non-negative integers below 2^32 (frame keys, node ids) in 16 bits when they all fit. */
export function packIndices(values: ArrayLike<number>): IndexColumn {
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  return max <= 0xffff ? Uint16Array.from(values) : Uint32Array.from(values);
}

/** The typed arrays of a column, for a transfer list. */
export function columnArrays(c: NumberColumn): ArrayBufferView[] {
  return c.bigAt && c.big ? [c.small, c.bigAt, c.big] : [c.small];
}
