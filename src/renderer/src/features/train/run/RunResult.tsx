import type { RunRecord } from '../../../../../shared/train';
import { formatMetric } from '../lib/format-train';

function MetricList({
  title,
  metrics,
  testId,
}: {
  title: string;
  metrics: Record<string, number>;
  testId: string;
}) {
  return (
    <div className="metric-block" data-testid={testId}>
      <h5 className="metric-block-title">{title}</h5>
      <dl className="metric-list">
        {Object.entries(metrics).map(([k, v]) => (
          <div key={k} className="metric-item" data-metric={k}>
            <dt>{k}</dt>
            <dd>{formatMetric(v)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** A finished run's validation (best epoch) and test metrics, and the model version it made. */
export function RunResult({ run }: { run: RunRecord }) {
  if (!run.metrics && !run.testMetrics && !run.modelName) return null;
  return (
    <div className="run-result">
      {run.metrics && (
        <MetricList
          title={`Validation${run.bestEpoch !== null ? ` (best epoch ${run.bestEpoch})` : ''}`}
          metrics={run.metrics}
          testId="run-val-metrics"
        />
      )}
      {run.testMetrics && (
        <MetricList
          title={run.testVersionId ? 'Test (separate version)' : 'Test split'}
          metrics={run.testMetrics}
          testId="run-test-metrics"
        />
      )}
      {run.modelName && run.modelVersion !== null && (
        <p className="run-model" data-testid="run-model">
          Candidate model: <strong>{run.modelName}</strong> version <strong>{run.modelVersion}</strong>
        </p>
      )}
    </div>
  );
}
