import { fmix32, hashFloatBits } from './hash32.js';
import { HyperLogLog } from './hyperloglog.js';
import { EXACT_LIMIT } from './quantiles.js';

/** Past this many distinct values a column above EXACT_LIMIT values switches to HyperLogLog. */
const SMALL_SET_LIMIT = 2048;

export interface DistinctCount {
  distinct: number;
  approx: boolean;
}

/**
 * Count distinct values among values[0..m) into an open-addressing set of `slots` (a power of
 * two); stops and returns -1 once more than `limit` distinct values are seen.
 */
function exactDistinct(
  values: Float64Array,
  bits: Uint32Array,
  m: number,
  slots: number,
  limit: number,
): number {
  const keys = new Float64Array(slots);
  const used = new Uint8Array(slots);
  const mask = slots - 1;
  let count = 0;
  for (let i = 0; i < m; i++) {
    const v = values[i] as number;
    let s = hashFloatBits(bits[2 * i] as number, bits[2 * i + 1] as number) & mask;
    while (used[s] === 1 && keys[s] !== v) s = (s + 1) & mask;
    if (used[s] === 1) continue;
    if (count === limit) return -1;
    used[s] = 1;
    keys[s] = v;
    count++;
  }
  return count;
}

/** Integer columns whose range is below this are counted exactly with a bitmap. */
export const BITMAP_RANGE = 1 << 24;

/**
 * Distinct integers among values[0..m), all in [min, max] with max - min < BITMAP_RANGE;
 * -1 if a value is not an integer after all.
 */
function bitmapDistinct(values: Float64Array, m: number, min: number, max: number): number {
  const seen = new Uint8Array(max - min + 1);
  let count = 0;
  for (let i = 0; i < m; i++) {
    const k = (values[i] as number) - min;
    if ((k | 0) !== k) return -1;
    if (seen[k] === 0) {
      seen[k] = 1;
      count++;
    }
  }
  return count;
}

/**
 * Distinct values among values[0..m) (no NaN; -0 stored as 0, as scanNumbers does).
 * Exact for integer columns (pass `integerMin`, and max) with a range under 16M, and up to
 * EXACT_LIMIT values; above, exact while there are at most 2,048 distinct values
 * (low-cardinality columns stay exact), else a HyperLogLog estimate.
 */
export function countDistinct(
  values: Float64Array,
  m: number,
  integerMin: number | null = null,
  max = 0,
): DistinctCount {
  if (
    integerMin !== null &&
    max - integerMin < BITMAP_RANGE &&
    Number.isSafeInteger(integerMin) &&
    Number.isSafeInteger(max)
  ) {
    const d = bitmapDistinct(values, m, integerMin, max);
    if (d >= 0) return { distinct: d, approx: false };
  }
  const bits = new Uint32Array(values.buffer, values.byteOffset, m * 2);
  if (m <= EXACT_LIMIT) {
    let slots = 16;
    while (slots < m * 2) slots <<= 1;
    return { distinct: exactDistinct(values, bits, m, slots, m), approx: false };
  }
  const small = exactDistinct(values, bits, m, SMALL_SET_LIMIT * 2, SMALL_SET_LIMIT);
  if (small >= 0) return { distinct: small, approx: false };
  const hll = new HyperLogLog();
  for (let j = 0; j < m; j++)
    hll.add(fmix32((bits[2 * j] as number) ^ Math.imul(bits[2 * j + 1] as number, 0x9e3779b1)));
  return { distinct: hll.estimate(), approx: true };
}
