/** One cell of the confusion heatmap. */
export interface ConfusionCell {
  predicted: string;
  count: number;
  /** count / the row's total (rows with the same actual class); null when the row is empty. */
  share: number | null;
  /** On the diagonal (predicted the actual class). */
  correct: boolean;
}

export interface ConfusionRow {
  actual: string;
  total: number;
  cells: ConfusionCell[];
}

/** matrix[actual][predicted] as heatmap rows, each cell with its row-normalised share. */
export function confusionRows(
  matrix: readonly (readonly number[])[],
  labels: readonly string[],
): ConfusionRow[] {
  return matrix.map((counts, i) => {
    const total = counts.reduce((s, c) => s + c, 0);
    return {
      actual: labels[i] ?? String(i),
      total,
      cells: counts.map((count, j) => ({
        predicted: labels[j] ?? String(j),
        count,
        share: total > 0 ? count / total : null,
        correct: i === j,
      })),
    };
  });
}

/** How strongly a cell is coloured, 0–85 (% of the accent mixed in), from its row share. */
export function heatLevel(share: number | null): number {
  if (share === null || !Number.isFinite(share)) return 0;
  return Math.round(Math.min(1, Math.max(0, share)) * 85);
}
