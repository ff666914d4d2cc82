import { useEffect } from 'react';
import { ProgressBar } from '../../../../components/jobs/ProgressBar';
import { formatEta } from '../../../../lib/format-time';
import { isCancellable } from '../../../../lib/job-status';
import { useJobsStore } from '../../../../store/jobs-store';
import { demoNumbers } from '../lib/demo-result';
import { adoptRunningDemo, cancelDemo, dismissDemo } from '../state/demo-actions';
import { useDemoStore } from '../state/demo-store';
import '../improve.css';

/** The running demo's progress (percent, message, time left) with Cancel. */
function DemoProgress({ jobId }: { jobId: string }) {
  const job = useJobsStore((s) => s.byId[jobId]);
  if (!job || !isCancellable(job.status)) return null;
  const percent = Math.round(Math.min(1, Math.max(0, job.progress)) * 100);
  const eta = job.status === 'running' ? formatEta(job.etaSeconds) || 'estimating the time left…' : 'queued';
  return (
    <section
      className="demo-status"
      data-testid="demo-progress"
      data-status={job.status}
      data-percent={percent}
      aria-label="Demo progress"
    >
      <div className="demo-status-head">
        <span className="demo-status-title">Running the demo · {percent}%</span>
        <span className="muted">{eta}</span>
        <button
          type="button"
          className="button button-small button-danger"
          data-testid="demo-cancel"
          onClick={() => void cancelDemo()}
        >
          Cancel
        </button>
      </div>
      <ProgressBar percent={percent} label="Demo progress" status={job.status} />
      <span className="muted demo-status-message" data-testid="demo-message">
        {job.message}
      </span>
    </section>
  );
}

/**
 * The demo wherever it was started from: its progress while it runs, then what it measured (the
 * live metric before the drift, after it, and after retraining; the version promoted; the time),
 * or why it did not finish.
 */
export function DemoStatus() {
  const jobId = useDemoStore((s) => s.jobId);
  const error = useDemoStore((s) => s.error);
  const result = useDemoStore((s) => s.result);
  // A demo started before a reload (or from the CLI) is followed again once the jobs are listed.
  const jobsListed = useJobsStore((s) => s.order.length);
  useEffect(() => {
    if (jobsListed > 0) adoptRunningDemo();
  }, [jobsListed]);
  return (
    <>
      {jobId && <DemoProgress jobId={jobId} />}
      {error && (
        <div className="demo-status" data-testid="demo-error">
          <p className="error-text" role="alert">
            {error}
          </p>
          <button type="button" className="button button-small button-quiet" onClick={dismissDemo}>
            Dismiss
          </button>
        </div>
      )}
      {result && (
        <section className="demo-status" data-testid="demo-result" aria-labelledby="demo-result-title">
          <div className="demo-status-head">
            <h3 id="demo-result-title" className="demo-status-title">
              The demo finished: {result.modelName}
            </h3>
            <button type="button" className="button button-small button-quiet" onClick={dismissDemo}>
              Dismiss
            </button>
          </div>
          <dl className="demo-numbers">
            {demoNumbers(result).map((n) => (
              <div key={n.label} className="demo-number">
                <dt>{n.label}</dt>
                <dd>{n.value}</dd>
              </div>
            ))}
          </dl>
          {result.port !== null && (
            <p className="muted">
              The inference server keeps serving on port {result.port}: the drift, the cycle and its timeline
              are below.
            </p>
          )}
        </section>
      )}
    </>
  );
}
