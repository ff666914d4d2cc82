import { useAppStore } from '../../store/app-store';
import { useJobsStore } from '../../store/jobs-store';
import { JobRow } from './JobRow';

/** Every job, newest first, following the engine's events live. */
export function JobsPanel() {
  const order = useJobsStore((s) => s.order);
  const counts = useAppStore((s) => s.summary?.jobs);
  return (
    <section className="card jobs-panel" aria-label="Jobs">
      <div className="card-header">
        <h2 className="card-title">Jobs</h2>
        {counts && (
          <p className="muted jobs-counts">
            {counts.running} running · {counts.queued} queued
          </p>
        )}
      </div>
      {order.length === 0 ? (
        <p className="muted jobs-empty">
          No jobs yet. Start one from Workspace tools; it shows here with its progress.
        </p>
      ) : (
        <ul className="job-list">
          {order.map((id) => (
            <JobRow key={id} id={id} />
          ))}
        </ul>
      )}
    </section>
  );
}
