import { memo } from 'react';
import { CurveChart, type CurveLine } from '../charts/CurveChart';
import { formatMetric, formatThroughput } from '../lib/format-train';
import type { RunCurves } from '../lib/run-curves';
import { metricLabel } from '../lib/run-status';

const LOSS_LINES: CurveLine[] = [
  { key: 'batchLoss', name: 'train loss (in epoch)', color: 'var(--chart-1)', thin: true },
  { key: 'loss', name: 'train loss', color: 'var(--chart-1)', dots: true },
  { key: 'valLoss', name: 'validation loss', color: 'var(--chart-2)', dots: true },
];

const THROUGHPUT_LINES: CurveLine[] = [{ key: 'samplesPerSec', name: 'samples/s', color: 'var(--chart-3)' }];

function last(values: (number | undefined)[]): number | undefined {
  for (let i = values.length - 1; i >= 0; i--) if (values[i] !== undefined) return values[i];
  return undefined;
}

/**
 * Loss (train, in-epoch, validation), the main metric (train, validation) and throughput. Memoised:
 * the run view re-renders on every progress event, the curves change only with metric events.
 */
export const RunCharts = memo(function RunCharts({
  curves,
  metricName,
}: {
  curves: RunCurves;
  metricName: 'accuracy' | 'rmse';
}) {
  const label = metricLabel(metricName);
  const metricLines: CurveLine[] = [
    { key: 'metric', name: `train ${label}`, color: 'var(--chart-3)', dots: true },
    { key: 'valMetric', name: `validation ${label}`, color: 'var(--chart-4)', dots: true },
  ];
  const { points, epochs } = curves;
  const lossSummary = `train ${formatMetric(last(points.map((p) => p.loss ?? p.batchLoss)))} · validation ${formatMetric(
    last(epochs.map((p) => p.valLoss)),
  )}`;
  const metricSummary = `train ${formatMetric(last(epochs.map((p) => p.metric)))} · validation ${formatMetric(
    last(epochs.map((p) => p.valMetric)),
  )}`;
  const throughput = points.filter((p) => p.samplesPerSec !== undefined);
  return (
    <div className="run-charts">
      <CurveChart
        title="Loss"
        testId="loss-chart"
        data={points}
        lines={LOSS_LINES}
        epochs={epochs.length}
        summary={lossSummary}
      />
      <CurveChart
        title={label === 'RMSE' ? 'RMSE' : 'Accuracy'}
        testId="main-metric-chart"
        data={epochs}
        lines={metricLines}
        epochs={epochs.length}
        summary={metricSummary}
      />
      <CurveChart
        title="Throughput"
        testId="throughput-chart"
        data={throughput}
        lines={THROUGHPUT_LINES}
        epochs={epochs.length}
        summary={formatThroughput(curves.samplesPerSec)}
        height={130}
      />
    </div>
  );
});
