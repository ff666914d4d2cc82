import { useMemo } from 'react';
import type { JobRecord } from '../../../../../shared/jobs';
import type { EpochRecord, RunRecord, RunStatus } from '../../../../../shared/train';
import type { MetricPoint } from '../../../store/jobs-state';
import { useJobsStore } from '../../../store/jobs-store';
import { type RunCurves, runCurves } from '../lib/run-curves';
import { liveStatus } from '../lib/run-status';
import { useThrottled } from '../lib/use-throttled';
import { useTrainStore } from '../state/train-store';

const NONE_POINTS: MetricPoint[] = [];
const NONE_EPOCHS: EpochRecord[] = [];

export interface RunLive {
  job: JobRecord | undefined;
  curves: RunCurves;
  /** The run's status, moved on by its job's events before the run record is read again. */
  status: RunStatus;
}

/** A run's curves (stored epochs + its current job's live points), its job and its live status. */
export function useRunLive(run: RunRecord): RunLive {
  const job = useJobsStore((s) => (run.jobId ? s.byId[run.jobId] : undefined));
  const series = useJobsStore((s) => (run.jobId ? (s.metrics[run.jobId] ?? NONE_POINTS) : NONE_POINTS));
  const stored = useTrainStore((s) => s.epochs[run.id] ?? NONE_EPOCHS);
  // Metric events come about four times a second while training; the charts redraw at most
  // every 400 ms (the issue asks for at least twice a second), which keeps the page responsive.
  const shownSeries = useThrottled(series, 400);
  const curves = useMemo(() => runCurves(stored, shownSeries), [stored, shownSeries]);
  return { job, curves, status: liveStatus(run.status, job?.status) };
}
