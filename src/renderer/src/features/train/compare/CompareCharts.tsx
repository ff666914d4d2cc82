import { useMemo } from 'react';
import type { EpochRecord, RunRecord } from '../../../../../shared/train';
import { CurveChart, type CurveLine } from '../charts/CurveChart';
import { overlayCurves } from '../lib/compare-curves';
import { runColor } from '../lib/run-colors';
import { shortId } from '../lib/run-status';

/** The compared runs' validation loss and validation metric, one colour per run. */
export function CompareCharts({
  runs,
  epochs,
}: {
  runs: RunRecord[];
  epochs: Record<string, EpochRecord[]>;
}) {
  const withEpochs = useMemo(
    () => runs.map((r) => ({ id: r.id, epochs: epochs[r.id] ?? [] })),
    [runs, epochs],
  );
  const loss = useMemo(() => overlayCurves(withEpochs, (e) => e.valLoss), [withEpochs]);
  const metric = useMemo(() => overlayCurves(withEpochs, (e) => e.valMetric), [withEpochs]);
  const lines: CurveLine[] = runs.map((r, i) => ({
    key: r.id,
    name: `${shortId(r.id)} (${r.template})`,
    color: runColor(i),
    dots: true,
  }));
  const metricNames = new Set(runs.map((r) => r.metricName));
  const metricTitle =
    metricNames.size === 1 && metricNames.has('rmse') ? 'Validation RMSE' : 'Validation accuracy';
  return (
    <div className="run-charts compare-charts">
      <CurveChart
        title="Validation loss"
        testId="compare-loss-chart"
        data={loss}
        lines={lines}
        epochs={loss.length}
        summary={`${runs.length} runs`}
      />
      <CurveChart
        title={metricNames.size > 1 ? 'Validation metric (accuracy or RMSE)' : metricTitle}
        testId="compare-metric-chart"
        data={metric}
        lines={lines}
        epochs={metric.length}
        summary={`${runs.length} runs`}
      />
    </div>
  );
}
