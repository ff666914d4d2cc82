import { useMemo } from 'react';
import type { RunRecord } from '../../../../../shared/train';
import { ProgressBar } from '../../../components/jobs/ProgressBar';
import { formatWhen } from '../../data/lib/format';
import { isRunActive, RUN_STATUS_LABEL, shortId } from '../lib/run-status';
import { useTrainStore } from '../state/train-store';
import { RunActions } from './RunActions';
import { RunCharts } from './RunCharts';
import { RunResult } from './RunResult';
import { RunStats } from './RunStats';
import { useRunLive } from './use-run-live';
import { useVersionLabel } from './use-version-label';

/** The selected run, live: status, progress, curves as they arrive, and what it made. */
export function RunView({ run }: { run: RunRecord }) {
  const { job, curves, status } = useRunLive(run);
  const versionLabel = useVersionLabel();
  const started = useMemo(() => formatWhen(run.createdAt), [run.createdAt]);
  const active = isRunActive(status);
  const percent = Math.round(Math.min(1, Math.max(0, job?.progress ?? 0)) * 100);
  return (
    <section
      className="run-view"
      aria-labelledby="run-view-title"
      data-testid="run-view"
      data-run-id={run.id}
      data-status={status}
    >
      <div className="run-head">
        <h3 id="run-view-title" className="section-title">
          Run {shortId(run.id)}
          {run.kind === 'trial' ? ' (tuning trial)' : ''}
        </h3>
        <span className="pill" data-tone={status} data-testid="run-status">
          {RUN_STATUS_LABEL[status]}
        </span>
        <span className="muted run-sub">
          {versionLabel(run.versionId)} · {run.template} · target {run.target} ({run.task}) · started{' '}
          {started}
        </span>
        <span className="run-head-actions">
          <RunActions
            run={run}
            status={status}
            epochsDone={Math.max(run.epochsDone, curves.epochs[curves.epochs.length - 1]?.x ?? 0)}
          />
        </span>
      </div>
      {active && job && (
        <div className="run-progress">
          <ProgressBar percent={percent} label="Training progress" status={job.status} />
          <span className="muted run-message">{job.message}</span>
        </div>
      )}
      <RunStats run={run} job={job} curves={curves} status={status} />
      {run.error && status !== 'succeeded' && (
        <p className="form-error error-text" role="alert" data-testid="run-error">
          {run.error}
        </p>
      )}
      <RunCharts curves={curves} metricName={run.metricName} />
      <RunResult run={run} />
    </section>
  );
}

/** The run chosen in the runs table (or the one just started). */
export function SelectedRun() {
  const run = useTrainStore((s) => s.runs.find((r) => r.id === s.selectedRunId));
  return run ? <RunView run={run} /> : null;
}
