import { formatWhen } from '../../data/lib/format';
import { useEvaluateStore } from '../state/evaluate-store';
import { openEvaluation } from '../state/model-actions';

/** The open model's evaluations, newest first; one click shows its report. */
export function HistoryList() {
  const history = useEvaluateStore((s) => s.history);
  const loaded = useEvaluateStore((s) => s.historyLoaded);
  const error = useEvaluateStore((s) => s.historyError);
  const shown = useEvaluateStore((s) => s.report?.id ?? null);
  return (
    <section
      className="eval-panel eval-history"
      aria-labelledby="eval-history-title"
      data-testid="eval-history"
    >
      <h3 id="eval-history-title" className="section-title">
        History
      </h3>
      {error && (
        <p className="error-text" role="alert">
          Could not list the evaluations: {error}
        </p>
      )}
      {loaded && history.length === 0 && !error && <p className="muted">No evaluations of this model yet.</p>}
      {history.length > 0 && (
        <ul className="eval-history-list">
          {history.map((h) => (
            <li key={h.id}>
              <button
                type="button"
                className="eval-history-item"
                data-testid="eval-history-item"
                data-id={h.id}
                aria-current={h.id === shown ? 'true' : undefined}
                onClick={() => void openEvaluation(h.id)}
              >
                <span className="eval-history-line">
                  <strong>v{h.version}</strong>
                  <span className="pill" data-tone={h.passed ? 'done' : 'failed'}>
                    {h.passed ? 'passed' : 'blocked'}
                  </span>
                  <span className="muted eval-history-when">{formatWhen(h.createdAt)}</span>
                </span>
                <span className="eval-history-summary">{h.summary}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
