import { useEffect, useId, useState } from 'react';
import { formatClock, formatElapsed, formatEta } from '../../lib/format-time';
import { isCancellable, isFinished, kindLabel, STATUS_LABEL } from '../../lib/job-status';
import { cancelJob, loadStoredMetrics } from '../../store/engine-actions';
import { useJobsStore } from '../../store/jobs-store';
import { JobDetails } from './JobDetails';
import { ProgressBar } from './ProgressBar';

/** One job: kind, status, progress with ETA, its last message, Cancel, and its details (live chart, result). */
export function JobRow({ id }: { id: string }) {
  const job = useJobsStore((s) => s.byId[id]);
  // A job that is still going when it appears is being watched: open its details (and live chart).
  const [expanded, setExpanded] = useState(() => (job ? !isFinished(job.status) : false));
  const [cancelling, setCancelling] = useState(false);
  const detailsId = useId();

  useEffect(() => {
    if (expanded) void loadStoredMetrics(id);
  }, [expanded, id]);

  if (!job) return null;
  const percent = Math.round(Math.min(1, Math.max(0, job.progress)) * 100);
  const label = kindLabel(job.kind);
  const timing = isFinished(job.status)
    ? formatElapsed(job.startedAt, job.finishedAt)
    : job.status === 'running'
      ? formatEta(job.etaSeconds)
      : 'waiting to start';

  const cancel = async () => {
    setCancelling(true);
    await cancelJob(job.id);
    setCancelling(false);
  };

  return (
    <li className="job-row" data-testid="job-row" data-status={job.status} data-job-id={job.id}>
      <div className="job-head">
        <span className="job-kind">{label}</span>
        <span className="pill" data-tone={job.status}>
          {STATUS_LABEL[job.status]}
        </span>
        <time className="muted job-time" dateTime={job.createdAt}>
          {formatClock(job.createdAt)}
        </time>
      </div>
      <ProgressBar percent={percent} label={`${label} progress`} status={job.status} />
      <div className="job-meta">
        <span className="job-percent">{percent}%</span>
        {timing && <span className="muted job-eta">{timing}</span>}
      </div>
      {job.message && <p className="job-message">{job.message}</p>}
      {job.error && (
        <p className="error-text job-error">
          {job.error.message} <span className="muted">({job.error.kind})</span>
        </p>
      )}
      <div className="button-row">
        {isCancellable(job.status) && (
          <button
            type="button"
            className="button button-small button-danger"
            disabled={cancelling}
            onClick={() => void cancel()}
          >
            Cancel
          </button>
        )}
        <button
          type="button"
          className="button button-small button-quiet"
          aria-expanded={expanded}
          aria-controls={detailsId}
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded ? 'Hide details' : 'Details'}
        </button>
      </div>
      {expanded && <JobDetails id={detailsId} job={job} />}
    </li>
  );
}
