import type { AccuracyMetrics } from '../../../../../shared/evaluate';
import { formatValue } from '../lib/format-eval';
import { summaryCards } from '../lib/report-metrics';

/** The headline metrics as cards (accuracy, balanced accuracy, ROC-AUC, AP, log loss, ECE — or MAE, RMSE, R², MAPE). */
export function SummaryCards({ metrics }: { metrics: AccuracyMetrics }) {
  return (
    <dl className="eval-cards">
      {summaryCards(metrics).map((c) => (
        <div key={c.key} className="eval-card" title={c.hint}>
          <dt>{c.label}</dt>
          <dd data-testid={`eval-metric-${c.key.replace(/_/g, '-')}`} data-value={c.value ?? ''}>
            {formatValue(c.value, c.unit)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
