import { useEffect } from 'react';
import type { JobRecord } from '../../../../../shared/jobs';
import { isFinished } from '../../../lib/job-status';
import { useJobsStore } from '../../../store/jobs-store';
import { throttle } from '../lib/throttle';
import { loadRunDetail, refreshModels, refreshRuns } from './run-actions';
import { loadDatasets } from './setup-actions';
import { useTrainStore } from './train-store';
import { refreshTuning, refreshTunings } from './tune-actions';

const ML_KINDS = new Set(['train', 'tune']);
/** Jobs that make or change dataset versions (a target set elsewhere shows here after a reload of the list). */
const DATA_KINDS = new Set(['data.import', 'data.recipe', 'data.split']);

/** After a training or tuning job changes state: runs, models, the open run and tuning. */
function refreshAfterStateChange(): void {
  void refreshRuns();
  void refreshModels();
  void refreshTunings();
  const s = useTrainStore.getState();
  if (s.selectedRunId) void loadRunDetail(s.selectedRunId);
  if (s.selectedTuningId) void refreshTuning(s.selectedTuningId);
}

function refreshOpenTuning(): void {
  const id = useTrainStore.getState().selectedTuningId;
  if (id) void refreshTuning(id);
}

/**
 * Keep the Train step in step with the engine: its data on mount, then, from the jobs store
 * (which follows the engine's job events), a refresh when a training or tuning job changes state,
 * the open tuning's trial table about once a second while it runs, and the runs table's epoch
 * counts every few seconds while a run trains.
 */
export function useTrainSync(): void {
  useEffect(() => {
    void loadDatasets();
    void refreshRuns();
    void refreshModels();
    void refreshTunings();

    const stateChanged = throttle(refreshAfterStateChange, 300);
    const tuningMoved = throttle(refreshOpenTuning, 800);
    const runsMoved = throttle(() => void refreshRuns(), 3000);
    const dataMoved = throttle(() => void loadDatasets(), 300);
    const seen = new Map<string, JobRecord['status']>();
    for (const job of Object.values(useJobsStore.getState().byId)) seen.set(job.id, job.status);

    const unsubscribe = useJobsStore.subscribe((s, prev) => {
      if (s.byId === prev.byId) return;
      let changed = false;
      let tuneMoved = false;
      let trainMoved = false;
      for (const id of s.order.slice(0, 60)) {
        const job = s.byId[id];
        if (!job) continue;
        const statusChanged = seen.get(id) !== job.status;
        if (statusChanged) seen.set(id, job.status);
        if (DATA_KINDS.has(job.kind) && statusChanged && job.status === 'succeeded') dataMoved();
        if (!ML_KINDS.has(job.kind)) continue;
        if (statusChanged) changed = true;
        if (prev.byId[id] !== job && !isFinished(job.status)) {
          if (job.kind === 'tune') tuneMoved = true;
          else trainMoved = true;
        }
      }
      if (changed) stateChanged();
      const open = useTrainStore.getState();
      const tuning = open.tunings.find((t) => t.id === open.selectedTuningId);
      const tuningRunning = tuning && (tuning.status === 'running' || tuning.status === 'queued');
      if (tuneMoved || (trainMoved && tuningRunning)) tuningMoved();
      if (trainMoved) runsMoved();
    });
    return () => {
      unsubscribe();
      stateChanged.cancel();
      tuningMoved.cancel();
      runsMoved.cancel();
      dataMoved.cancel();
    };
  }, []);
}
