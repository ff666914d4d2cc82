/**
 * Confusion counts as a flat classes × classes matrix: `[actual * classes + predicted]`.
 * `actual` and `predicted` hold class indices in 0..classes-1.
 */
export function confusionCounts(
  actual: ArrayLike<number>,
  predicted: ArrayLike<number>,
  classes: number,
): Int32Array {
  const n = actual.length;
  if (predicted.length !== n)
    throw new Error(`confusionCounts: ${n} labels but ${predicted.length} predictions`);
  const m = new Int32Array(classes * classes);
  for (let i = 0; i < n; i++) {
    const at = (actual[i] as number) * classes + (predicted[i] as number);
    m[at] = (m[at] as number) + 1;
  }
  return m;
}

/** A flat confusion matrix (from `offset`) as rows: `matrix[actual][predicted]`. */
export function confusionRows(flat: ArrayLike<number>, classes: number, offset = 0): number[][] {
  const rows: number[][] = [];
  for (let a = 0; a < classes; a++) {
    const row: number[] = [];
    for (let p = 0; p < classes; p++) row.push(flat[offset + a * classes + p] as number);
    rows.push(row);
  }
  return rows;
}
