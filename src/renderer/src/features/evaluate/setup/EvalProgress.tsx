import { ProgressBar } from '../../../components/jobs/ProgressBar';
import { formatEta } from '../../../lib/format-time';
import { isCancellable } from '../../../lib/job-status';
import { useJobsStore } from '../../../store/jobs-store';
import { useEvaluateStore } from '../state/evaluate-store';
import { cancelEvaluation } from '../state/job-actions';

/** The running evaluation's progress (percent, ETA, message) with Cancel; a finished job's failure. */
export function EvalProgress() {
  const jobId = useEvaluateStore((s) => s.jobId);
  const jobFor = useEvaluateStore((s) => s.jobFor);
  const jobError = useEvaluateStore((s) => s.jobError);
  const job = useJobsStore((s) => (jobId ? s.byId[jobId] : undefined));
  const active = job !== undefined && isCancellable(job.status);
  const percent = Math.round(Math.min(1, Math.max(0, job?.progress ?? 0)) * 100);
  const eta = job?.status === 'running' ? formatEta(job.etaSeconds) || 'estimating the time left…' : 'queued';
  return (
    <>
      {active && job && (
        <div
          className="eval-progress"
          data-testid="eval-progress"
          data-status={job.status}
          data-percent={percent}
        >
          <div className="eval-progress-head">
            <span className="eval-progress-title">
              Evaluating {jobFor ? `${jobFor.modelName} v${jobFor.version}` : ''} · {percent}%
            </span>
            <span className="muted">{eta}</span>
            <button
              type="button"
              className="button button-small button-danger"
              data-testid="eval-cancel"
              onClick={() => void cancelEvaluation()}
            >
              Cancel
            </button>
          </div>
          <ProgressBar percent={percent} label="Evaluation progress" status={job.status} />
          <span className="muted eval-progress-message">{job.message}</span>
        </div>
      )}
      {jobError && (
        <p className="error-text" role="alert" data-testid="eval-job-error">
          The evaluation did not finish: {jobError}
        </p>
      )}
    </>
  );
}
