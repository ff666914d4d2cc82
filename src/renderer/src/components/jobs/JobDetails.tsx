import type { JobRecord } from '../../../../shared/jobs';
import { resultLines } from '../../lib/job-result';
import { isFinished } from '../../lib/job-status';
import { useJobsStore } from '../../store/jobs-store';
import { MetricChart } from './MetricChart';

const NO_POINTS: never[] = [];

export function JobDetails({ id, job }: { id: string; job: JobRecord }) {
  const series = useJobsStore((s) => s.metrics[job.id] ?? NO_POINTS);
  const lines = job.status === 'succeeded' ? resultLines(job.kind, job.result) : [];
  return (
    <div id={id} className="job-details">
      {series.length > 0 ? (
        <MetricChart kind={job.kind} series={series} />
      ) : (
        <p className="muted job-details-note">
          {isFinished(job.status)
            ? 'This job recorded no metrics.'
            : 'Metrics appear here as the job reports them.'}
        </p>
      )}
      {lines.length > 0 && (
        <dl className="result-list">
          {lines.map((l) => (
            <div key={l.label} className="result-line">
              <dt>{l.label}</dt>
              <dd>{l.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {job.artifactDir && (
        <p className="muted job-details-note">
          Output in <span className="mono">{job.artifactDir}</span>
        </p>
      )}
    </div>
  );
}
