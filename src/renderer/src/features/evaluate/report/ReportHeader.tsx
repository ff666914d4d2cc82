import type { EvaluationReport } from '../../../../../shared/evaluate';
import { formatCount, formatWhen } from '../../data/lib/format';
import { formatMetric } from '../../train/lib/format-train';
import { useEvaluateStore } from '../state/evaluate-store';
import { exportModelCard } from '../state/report-actions';

const SOURCE: Record<EvaluationReport['data']['source'], string> = {
  'test-split': 'its held-out test split',
  'test-version': 'its test dataset version',
  'dataset-version': 'a dataset version',
};

/** Which version was evaluated on which rows and when, and "Export model card". */
export function ReportHeader({ report }: { report: EvaluationReport }) {
  const busy = useEvaluateStore((s) => s.cardBusy);
  const error = useEvaluateStore((s) => s.cardError);
  const pinned = useEvaluateStore((s) => s.pinned);
  const d = report.data;
  const dataset = `${d.datasetName ?? 'a deleted dataset'}${d.versionNumber === null ? '' : ` v${d.versionNumber}`}`;
  return (
    <div className="eval-report-head">
      <div className="eval-report-title">
        <h3 id="eval-report-title" className="section-title">
          {report.modelName} v{report.version} · evaluated {formatWhen(report.createdAt)}
          {pinned ? ' (from the history)' : ''}
        </h3>
        <span className="muted" data-testid="eval-report-data">
          On {SOURCE[d.source]} ({dataset}): {formatCount(d.rows)} rows
          {d.droppedRows > 0
            ? `, ${formatCount(d.droppedRows)} left out (target missing or a class never trained on)`
            : ''}{' '}
          · took {formatMetric(report.seconds)} s
        </span>
      </div>
      <div className="eval-report-actions">
        <button
          type="button"
          className="button"
          data-testid="eval-export-card"
          disabled={busy}
          onClick={() => void exportModelCard()}
        >
          {busy ? 'Exporting…' : 'Export model card'}
        </button>
        {error && (
          <span className="error-text" role="alert">
            Could not export the model card: {error}
          </span>
        )}
      </div>
    </div>
  );
}
