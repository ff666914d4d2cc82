import type { ProductionLabelReason } from '../../../../../../shared/improve';
import { formatCount } from '../../../data/lib/format';
import { useMonitorStore } from '../../state/monitor-store';
import { valueText } from '../lib/label-queue';
import { filterReason, setAnnotator } from '../state/labels-actions';
import { useProductionLabelsStore } from '../state/labels-store';
import { useLabelsSync } from '../state/use-labels-sync';
import { CurrentItem } from './CurrentItem';
import { PendingTable } from './PendingTable';
import '../production-labels.css';

const REASONS: { value: ProductionLabelReason | null; label: string }[] = [
  { value: null, label: 'All' },
  { value: 'drift', label: 'From drifted windows' },
  { value: 'uncertain', label: 'Least certain' },
];

/**
 * Label production predictions: those from drifted windows and the model's least certain answers.
 * A label counts as feedback: it feeds the live metric and the next retraining.
 */
export function ProductionLabelsPanel() {
  useLabelsSync();
  const modelName = useMonitorStore((s) => s.selectedModel);
  const queue = useProductionLabelsStore((s) => s.queue);
  const loaded = useProductionLabelsStore((s) => s.loaded);
  const error = useProductionLabelsStore((s) => s.error);
  const reason = useProductionLabelsStore((s) => s.reason);
  const selectedId = useProductionLabelsStore((s) => s.selectedId);
  const submitError = useProductionLabelsStore((s) => s.submitError);
  const last = useProductionLabelsStore((s) => s.lastLabeled);
  const annotator = useProductionLabelsStore((s) => s.annotator);
  if (!modelName) return null;
  const pending = queue?.items.filter((i) => i.label === null) ?? [];
  const current = pending.find((i) => i.predictionId === selectedId) ?? null;
  return (
    <section
      className="monitor-panel plabel-panel"
      aria-labelledby="plabel-title"
      data-testid="production-labels"
      data-pending={queue?.pending ?? 0}
      data-labeled={queue?.labeled ?? 0}
    >
      <div className="section-head">
        <h3 id="plabel-title" className="section-title">
          Label production predictions of {modelName}
        </h3>
        {queue && (
          <span className="muted" data-testid="production-label-counts">
            {formatCount(queue.pending)} pending · {formatCount(queue.labeled)} labeled
          </span>
        )}
      </div>
      <div className="plabel-filters">
        <div className="field">
          <label className="field-label" htmlFor="plabel-reason">
            Show
          </label>
          <select
            id="plabel-reason"
            className="input"
            value={reason ?? ''}
            onChange={(e) =>
              void filterReason(e.target.value === '' ? null : (e.target.value as ProductionLabelReason))
            }
          >
            {REASONS.map((r) => (
              <option key={r.label} value={r.value ?? ''}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="plabel-annotator">
            Annotator
          </label>
          <input
            id="plabel-annotator"
            className="input"
            value={annotator}
            onChange={(e) => setAnnotator(e.target.value)}
          />
        </div>
      </div>
      {error && (
        <p className="error-text" role="alert">
          Could not read the labeling queue: {error}
        </p>
      )}
      {submitError && (
        <p className="error-text" role="alert" data-testid="production-label-error">
          {submitError}
        </p>
      )}
      {last && (
        <p className="success-text" role="status" data-testid="production-label-saved">
          Labeled {valueText(last.label)}: it counts as feedback (live metric, next retraining).
        </p>
      )}
      {!loaded ? (
        <p className="muted">Reading the labeling queue…</p>
      ) : pending.length === 0 ? (
        <p className="muted" data-testid="production-labels-empty">
          Nothing to label: predictions from drifted windows and the model’s least certain answers queue here.
        </p>
      ) : (
        <>
          {current && <CurrentItem item={current} classes={queue?.classes ?? null} />}
          <PendingTable items={pending} selectedId={selectedId} />
        </>
      )}
    </section>
  );
}
