import type { JobStatus } from '../../../../../shared/jobs';
import type { RunRecord, RunStatus } from '../../../../../shared/train';

export const RUN_STATUS_LABEL: Record<RunStatus, string> = {
  queued: 'Queued',
  running: 'Running',
  succeeded: 'Succeeded',
  failed: 'Failed',
  cancelled: 'Cancelled',
  interrupted: 'Interrupted',
  stopped: 'Stopped',
};

/** Queued or training now: it can be stopped. */
export function isRunActive(status: RunStatus): boolean {
  return status === 'queued' || status === 'running';
}

/** Stopped before it finished: it can continue from its last epoch. */
export function isResumable(run: Pick<RunRecord, 'status' | 'kind'>): boolean {
  return (
    run.kind === 'train' &&
    (run.status === 'cancelled' || run.status === 'failed' || run.status === 'interrupted')
  );
}

/** The run's main metric in words, e.g. "accuracy" or "RMSE". */
export function metricLabel(name: RunRecord['metricName']): string {
  return name === 'rmse' ? 'RMSE' : 'accuracy';
}

/**
 * A short id for tables: the last six characters (ids are a time part, then a random part, so
 * runs started together differ at the end): "run_mwyl1lok415f2fd5" → "f2fd5"… six of them.
 */
export function shortId(id: string): string {
  const bare = id.replace(/^[a-z]+_/, '');
  return bare.length > 6 ? bare.slice(-6) : bare;
}

/**
 * A run's status moved on by its job's: the job's events arrive before the run record is read
 * again, so a queued run whose job runs is running, and one whose job ended is what the job ended as.
 */
export function liveStatus(run: RunStatus, job: JobStatus | undefined): RunStatus {
  if (!job || (run !== 'queued' && run !== 'running')) return run;
  if (job === 'running') return 'running';
  if (job === 'cancelled' || job === 'failed' || job === 'interrupted') return job;
  return run;
}
