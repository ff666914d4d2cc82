import { loadStoredMetrics } from '../../../store/engine-actions';
import { refreshSummarySoon } from '../../../store/engine-sync';
import { useJobsStore } from '../../../store/jobs-store';
import { useNotificationsStore } from '../../../store/notifications-store';
import { call, errorMessage } from '../../../transport/client';
import { paramErrors } from '../lib/field-errors';
import { paramsDiff } from '../lib/params-diff';
import { setTrain, upsertRuns, useTrainStore } from './train-store';

function warn(title: string, err: unknown): void {
  useNotificationsStore.getState().add({
    id: `train:${Date.now()}:${Math.random().toString(36).slice(2)}`,
    severity: 'warning',
    title,
    message: errorMessage(err),
    at: new Date().toISOString(),
  });
}

export async function refreshRuns(): Promise<void> {
  try {
    const runs = await call('runs.list', { limit: 200 });
    setTrain({ runs, runsLoaded: true });
    const s = useTrainStore.getState();
    if (!s.selectedRunId || !runs.some((r) => r.id === s.selectedRunId)) {
      const first = runs.find((r) => r.kind === 'train') ?? runs[0];
      if (first) void selectRun(first.id);
    }
  } catch (err) {
    setTrain({ runsLoaded: true });
    warn('Could not list the runs', err);
  }
}

export async function refreshModels(): Promise<void> {
  try {
    setTrain({ models: await call('models.list', {}) });
  } catch (err) {
    warn('Could not list the models', err);
  }
}

/** A run's record and stored epochs, and the metric events of the job training it now. */
export async function loadRunDetail(runId: string): Promise<void> {
  try {
    const { epochs, ...run } = await call('runs.get', { runId });
    upsertRuns([run]);
    setTrain((s) => ({ epochs: { ...s.epochs, [runId]: epochs } }));
    if (run.jobId) {
      if (!useJobsStore.getState().byId[run.jobId]) {
        const job = await call('jobs.get', { id: run.jobId }).catch(() => null);
        if (job) useJobsStore.getState().upsert([job]);
      }
      void loadStoredMetrics(run.jobId);
    }
  } catch (err) {
    warn('Could not load the run', err);
  }
}

export async function selectRun(runId: string): Promise<void> {
  setTrain({ selectedRunId: runId });
  await loadRunDetail(runId);
}

/** Start a run with what the form holds (only what differs from the defaults is sent). */
export async function startTraining(): Promise<boolean> {
  const s = useTrainStore.getState();
  if (!s.versionId || !s.defaults || !s.draft) return false;
  setTrain({ busy: true, startErrors: null });
  try {
    const { run, job } = await call('train.start', {
      versionId: s.versionId,
      ...(s.testVersionId ? { testVersionId: s.testVersionId } : {}),
      params: paramsDiff(s.defaults.params, s.draft),
      ...(s.modelName.trim() ? { modelName: s.modelName.trim() } : {}),
    });
    useJobsStore.getState().upsert([job]);
    upsertRuns([run]);
    setTrain((x) => ({ selectedRunId: run.id, epochs: { ...x.epochs, [run.id]: [] } }));
    refreshSummarySoon();
    return true;
  } catch (err) {
    setTrain({ startErrors: paramErrors(errorMessage(err), 'params') });
    return false;
  } finally {
    setTrain({ busy: false });
  }
}

/** Stop a run's job; it can be resumed from its last finished epoch. */
export async function stopRun(runId: string): Promise<void> {
  try {
    upsertRuns([await call('runs.cancel', { runId })]);
  } catch (err) {
    warn('Could not stop the run', err);
  }
}

/** Continue a stopped run from its last epoch (a new job on the same run). */
export async function resumeRun(runId: string): Promise<void> {
  try {
    const { run, job } = await call('runs.resume', { runId });
    useJobsStore.getState().upsert([job]);
    upsertRuns([run]);
    await loadRunDetail(runId);
  } catch (err) {
    warn('Could not resume the run', err);
  }
}

export function toggleCompare(runId: string): void {
  setTrain((s) => ({
    compareIds: s.compareIds.includes(runId)
      ? s.compareIds.filter((id) => id !== runId)
      : [...s.compareIds, runId],
  }));
  if (!useTrainStore.getState().epochs[runId]) void loadRunDetail(runId);
}
