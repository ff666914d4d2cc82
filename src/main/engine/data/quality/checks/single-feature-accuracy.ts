/**
 * How well a categorical feature alone predicts a class target: predict each category's
 * majority class (rows where both are present). Returns the accuracy and the majority-class
 * baseline on the same rows, or null when the contingency table would be too large.
 */
export function majorityPerCategoryAccuracy(
  groups: Int32Array,
  k: number,
  classOf: Int32Array,
  classes: number,
): { accuracy: number; baseline: number; rows: number } | null {
  if (k * classes > 20_000_000) return null;
  const table = new Int32Array(k * classes);
  const classTotals = new Float64Array(classes);
  let rows = 0;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i] as number;
    const c = classOf[i] as number;
    if (g < 0 || c < 0) continue;
    table[g * classes + c] = (table[g * classes + c] as number) + 1;
    classTotals[c] = (classTotals[c] as number) + 1;
    rows++;
  }
  if (rows === 0) return null;
  let correct = 0;
  for (let g = 0; g < k; g++) {
    let best = 0;
    for (let c = 0; c < classes; c++) best = Math.max(best, table[g * classes + c] as number);
    correct += best;
  }
  let majority = 0;
  for (let c = 0; c < classes; c++) majority = Math.max(majority, classTotals[c] as number);
  return { accuracy: correct / rows, baseline: majority / rows, rows };
}
