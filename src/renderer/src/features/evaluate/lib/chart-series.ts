import type { CalibrationBin, ClassCurve } from '../../../../../shared/evaluate';
import { runColor } from '../../train/lib/run-colors';

/** One line of a chart: its points in x order and a theme colour. */
export interface ChartSeries {
  label: string;
  color: string;
  points: { x: number; y: number }[];
}

/** ROC or PR curves as chart series, one per class (a binary model has one). */
export function curveSeries(curves: readonly ClassCurve[]): ChartSeries[] {
  return curves.map((c, i) => ({
    label: c.label,
    color: runColor(i),
    points: c.points.map((p) => ({ x: p.x, y: p.y })),
  }));
}

/** The calibration bins that hold rows, as (mean predicted, fraction positive) points with their counts. */
export function calibrationPoints(
  bins: readonly CalibrationBin[],
): { x: number; y: number; count: number }[] {
  const points: { x: number; y: number; count: number }[] = [];
  for (const b of bins) {
    if (b.count > 0 && b.meanPredicted !== null && b.fractionPositive !== null) {
      points.push({ x: b.meanPredicted, y: b.fractionPositive, count: b.count });
    }
  }
  return points;
}
