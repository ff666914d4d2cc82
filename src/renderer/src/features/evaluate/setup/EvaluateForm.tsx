import { useEvaluateStore } from '../state/evaluate-store';
import { startEvaluation } from '../state/job-actions';
import { DataSourceFields } from './DataSourceFields';
import { EvalProgress } from './EvalProgress';
import { LoadTestFields } from './LoadTestFields';

/** The "Evaluate" form: which rows, which extra suites, Start; then the job's progress. */
export function EvaluateForm() {
  const version = useEvaluateStore((s) => s.selectedVersion);
  const starting = useEvaluateStore((s) => s.starting);
  const running = useEvaluateStore((s) => s.jobId !== null);
  const startError = useEvaluateStore((s) => s.startError);
  const disabled = version === null || starting || running;
  return (
    <form
      className="eval-form"
      aria-label="Evaluate"
      onSubmit={(e) => {
        e.preventDefault();
        if (!disabled) void startEvaluation();
      }}
    >
      <div className="eval-form-grid">
        <DataSourceFields />
        <LoadTestFields />
      </div>
      <div className="eval-form-actions">
        <button type="submit" className="button button-primary" data-testid="eval-start" disabled={disabled}>
          {running ? 'Evaluating…' : `Evaluate${version === null ? '' : ` v${version}`}`}
        </button>
        <span className="muted field-help">
          Metrics and slices always; then the gate decides whether the version may ship.
        </span>
      </div>
      {startError && (
        <p className="error-text" role="alert" data-testid="eval-start-error">
          Could not start the evaluation: {startError}
        </p>
      )}
      <EvalProgress />
    </form>
  );
}
