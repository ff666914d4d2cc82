/** The smallest accuracy drop ever flagged, whatever the slice's size. */
export const MIN_ACCURACY_DROP = 0.02;
/** A slice's MAE must exceed the overall MAE by this factor to be flagged. */
export const MAE_FACTOR = 1.25;

const signed = (v: string, negative: boolean) => `${negative ? '−' : '+'}${v}`;
const sig = (v: number) => String(Number(v.toPrecision(3)));

/**
 * Why a slice is clearly worse than overall, or null when it is not (or has fewer than `minRows`
 * rows). Accuracy: below overall by more than max(0.02, 2 standard errors), the standard error
 * being √(acc·(1−acc)/rows) of the overall accuracy at the slice's size. MAE: above 1.25 × overall.
 * E.g. "accuracy 0.712 vs 0.853 overall (−0.141, 412 rows)".
 */
export function flagReason(
  metric: 'accuracy' | 'mae',
  value: number,
  overall: number,
  rows: number,
  minRows: number,
): string | null {
  if (rows < minRows) return null;
  const delta = value - overall;
  if (metric === 'accuracy') {
    const se = Math.sqrt((overall * (1 - overall)) / rows);
    if (-delta <= Math.max(MIN_ACCURACY_DROP, 2 * se)) return null;
    return `accuracy ${value.toFixed(3)} vs ${overall.toFixed(3)} overall (${signed(Math.abs(delta).toFixed(3), delta < 0)}, ${rows} rows)`;
  }
  if (!(value > overall * MAE_FACTOR)) return null;
  const pct =
    overall > 0 ? `, ${signed(`${Math.round((Math.abs(delta) / overall) * 100)}%`, delta < 0)}` : '';
  return `mae ${sig(value)} vs ${sig(overall)} overall (${signed(sig(Math.abs(delta)), delta < 0)}${pct}, ${rows} rows)`;
}
