import { ProgressBar } from '../../../components/jobs/ProgressBar';
import { isCancellable, kindLabel } from '../../../lib/job-status';
import { cancelJob } from '../../../store/engine-actions';
import { useJobsStore } from '../../../store/jobs-store';

/** A running job's progress where it was started (the jobs panel shows it too), with Cancel. */
export function JobProgress({ jobId }: { jobId: string | null }) {
  const job = useJobsStore((s) => (jobId ? s.byId[jobId] : undefined));
  if (!job || !isCancellable(job.status)) return null;
  const percent = Math.round(Math.min(1, Math.max(0, job.progress)) * 100);
  const label = kindLabel(job.kind);
  return (
    <div className="job-inline" data-testid="job-inline">
      <ProgressBar percent={percent} label={`${label} progress`} status={job.status} />
      <div className="job-inline-meta">
        <span className="muted">
          {percent}% {job.message}
        </span>
        <button
          type="button"
          className="button button-small button-danger"
          onClick={() => void cancelJob(job.id)}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}
