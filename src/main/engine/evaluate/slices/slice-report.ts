import type { TaskType } from '../../../../shared/data.js';
import type { Slice, SliceReport } from '../../../../shared/evaluate.js';
import type { Table } from '../../data/table/types.js';
import { DEFAULT_THRESHOLD } from '../metrics/classification-report.js';
import { predictedClasses } from '../metrics/predicted-classes.js';
import { flagReason } from './flag-slice.js';
import { scoreOrder } from './score-order.js';
import { sliceGroups } from './slice-groups.js';
import { classificationSliceMetrics, regressionSliceMetrics } from './slice-metrics.js';

/** How slices are made and judged. */
export interface SliceOptions {
  /** Quantile bins per numeric feature (fewer when values repeat). */
  bins: number;
  /** Slices with fewer rows are listed but never flagged. */
  minRows: number;
}

/** 5 quantile bins per numeric feature; at least 30 rows to be flagged. */
export const DEFAULT_SLICE_OPTIONS: SliceOptions = { bins: 5, minRows: 30 };

/** What `sliceReport` slices and judges: the evaluated rows, the model's outputs and the truth. */
export interface SliceReportArgs {
  /** The evaluation table. */
  table: Table;
  /** Table row index of each evaluated row, in the order of `outputs` and `actual`. */
  rows: Int32Array;
  /** Columns to slice by; text and identifier columns, and names not in the table, are skipped. */
  features: string[];
  task: TaskType;
  /** Classification: probabilities, rows × `width` row-major (binary [P0, P1]); regression: predictions (width 1). */
  outputs: ArrayLike<number>;
  width: number;
  /** True class index per row, or the true value in the target's units. */
  actual: ArrayLike<number>;
  /** One name per class (classification). */
  labelNames: string[];
  /** Binary decision threshold: class 1 when P1 ≥ it (default 0.5). */
  threshold?: number;
  options?: Partial<SliceOptions>;
}

/**
 * The model's main metric (accuracy, or MAE for regression) and more per slice of the evaluated
 * rows — one slice per category, boolean value or quantile bin of each feature, plus "(missing)" —
 * with each slice's difference from overall and a flag on those clearly worse, worst first.
 */
export function sliceReport(args: SliceReportArgs): SliceReport {
  const { table, rows, task, outputs, width, actual } = args;
  const options = { ...DEFAULT_SLICE_OPTIONS, ...args.options };
  const n = rows.length;
  if (actual.length !== n) throw new Error(`sliceReport: ${actual.length} labels for ${n} rows`);
  if (outputs.length !== n * width)
    throw new Error(`sliceReport: ${outputs.length} outputs for ${n} rows × ${width}`);
  if (n === 0) throw new Error('sliceReport: no rows to evaluate');
  const regression = task === 'regression';
  const metric = regression ? 'mae' : 'accuracy';
  if (!regression)
    for (let i = 0; i < n; i++) {
      const y = actual[i] as number;
      if (!(Number.isInteger(y) && y >= 0 && y < width))
        throw new Error(`sliceReport: row ${i} has class ${y}, expected 0..${width - 1}`);
    }
  const predicted = regression ? null : predictedClasses(outputs, width, args.threshold ?? DEFAULT_THRESHOLD);

  let overall = 0;
  for (let i = 0; i < n; i++) {
    if (predicted) overall += predicted[i] === actual[i] ? 1 : 0;
    else overall += Math.abs((actual[i] as number) - (outputs[i] as number));
  }
  overall /= n;

  const byScore = task === 'binary' ? scoreOrder(outputs, width, 1, n) : null;
  const slices: Slice[] = [];
  for (const name of args.features) {
    const column = table.columns.find((c) => c.name === name);
    if (!column) continue;
    const g = sliceGroups(column, rows, options.bins);
    if (!g) continue;
    const m = predicted
      ? classificationSliceMetrics(g.ids, g.groups.length, actual, predicted, width, byScore)
      : regressionSliceMetrics(g.ids, g.groups.length, outputs, actual);
    g.groups.forEach((group, s) => {
      const metrics = m.metrics[s] as Record<string, number | null>;
      const count = m.rows[s] as number;
      const main = metrics[metric] as number;
      const reason = flagReason(metric, main, overall, count, options.minRows);
      slices.push({
        feature: name,
        value: group.value,
        kind: group.kind,
        rows: count,
        metrics,
        delta: main - overall,
        flagged: reason !== null,
        flagReason: reason,
      });
    });
  }
  // Worst first: lowest accuracy or highest MAE relative to overall; ties keep feature order.
  slices.sort((a, b) => (regression ? b.delta - a.delta : a.delta - b.delta));
  return { metric, overall, minRows: options.minRows, slices };
}
