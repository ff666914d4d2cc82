import type { JobStatus } from '../../../../shared/jobs';

/** A determinate progress bar, 0–100, coloured by the job's status. */
export function ProgressBar({
  percent,
  label,
  status,
}: {
  percent: number;
  label: string;
  status: JobStatus;
}) {
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      data-status={status}
    >
      <div className="progress-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
