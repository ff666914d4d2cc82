import { useMemo } from 'react';
import type { ClassificationMetrics } from '../../../../../shared/evaluate';
import { formatMetric } from '../../train/lib/format-train';
import { calibrationPoints, curveSeries } from '../lib/chart-series';
import { XYChart } from './XYChart';

/** ROC and precision-recall curves (one line per class) and the reliability diagram. */
export function CurvesPanel({ metrics }: { metrics: ClassificationMetrics }) {
  const roc = useMemo(() => curveSeries(metrics.roc), [metrics.roc]);
  const pr = useMemo(() => curveSeries(metrics.pr), [metrics.pr]);
  const calibration = useMemo(
    () => [{ label: 'model', color: 'var(--chart-1)', points: calibrationPoints(metrics.calibration) }],
    [metrics.calibration],
  );
  const binary = metrics.labels.length === 2;
  return (
    <div className="eval-charts">
      <XYChart
        title="ROC curve"
        testId="eval-roc"
        series={roc}
        xLabel="false positive rate"
        yLabel="true positive rate"
        diagonal="chance"
        summary={`AUC ${formatMetric(metrics.rocAuc)}${binary ? '' : ' (macro)'}`}
      />
      <XYChart
        title="Precision–recall curve"
        testId="eval-pr"
        series={pr}
        xLabel="recall"
        yLabel="precision"
        summary={`AP ${formatMetric(metrics.averagePrecision)}${binary ? '' : ' (macro)'}`}
      />
      <XYChart
        title={binary ? 'Calibration (positive class)' : 'Calibration (top class)'}
        testId="eval-calibration"
        series={calibration}
        xLabel="mean predicted probability"
        yLabel={binary ? 'fraction positive' : 'fraction correct'}
        diagonal="perfectly calibrated"
        summary={`ECE ${formatMetric(metrics.ece)}`}
        dots
      />
    </div>
  );
}
