import type { TemplateId, TuningRecord } from '../../../../../shared/train';
import { cancelJob } from '../../../store/engine-actions';
import { refreshSummarySoon } from '../../../store/engine-sync';
import { useJobsStore } from '../../../store/jobs-store';
import { call, errorMessage } from '../../../transport/client';
import { paramErrors, spaceErrors } from '../lib/field-errors';
import { tuningBase } from '../lib/params-diff';
import { draftsFromSpace, spaceFromDrafts } from '../lib/space-draft';
import { setTrain, upsertTuning, useTrainStore } from './train-store';

let spaceRequest = 0;

/** Fill the space editor with the template's default space. */
export async function loadDefaultSpace(template: TemplateId): Promise<void> {
  const request = ++spaceRequest;
  try {
    const space = await call('tune.defaultSpace', { template });
    if (request === spaceRequest) setTrain({ space: draftsFromSpace(space), tuneErrors: null });
  } catch (err) {
    if (request === spaceRequest)
      setTrain({ tuneErrors: { message: errorMessage(err), dimensions: {}, base: {} } });
  }
}

export async function refreshTunings(): Promise<void> {
  try {
    const tunings = await call('tunings.list', { limit: 50 });
    setTrain((s) => ({
      tunings,
      selectedTuningId: s.selectedTuningId ?? tunings[0]?.id ?? null,
    }));
  } catch {
    // The tuning panel keeps what it showed; the next event refreshes it.
  }
}

export async function refreshTuning(tuningId: string): Promise<TuningRecord | null> {
  try {
    const tuning = await call('tunings.get', { tuningId });
    upsertTuning(tuning);
    return tuning;
  } catch {
    return null;
  }
}

/** Start a tuning with the form's settings and space; the train form's changes are the trials' base. */
export async function startTuning(): Promise<boolean> {
  const s = useTrainStore.getState();
  if (!s.versionId || !s.defaults || !s.draft) return false;
  const { space, errors } = spaceFromDrafts(s.space);
  if (Object.keys(errors).length > 0) return false;
  setTrain({ busy: true, tuneErrors: null });
  try {
    const t = s.tune;
    const { tuning, job } = await call('tune.start', {
      versionId: s.versionId,
      ...(s.testVersionId ? { testVersionId: s.testVersionId } : {}),
      template: s.draft.template,
      base: tuningBase(s.defaults.params, s.draft),
      space,
      strategy: t.strategy,
      trials: t.trials,
      ...(t.timeBudgetMinutes !== null ? { timeBudgetMinutes: t.timeBudgetMinutes } : {}),
      maxEpochs: t.maxEpochs,
      eta: t.eta,
      concurrency: t.concurrency,
      seed: t.seed,
      ...(s.modelName.trim() ? { modelName: s.modelName.trim() } : {}),
    });
    useJobsStore.getState().upsert([job]);
    upsertTuning(tuning);
    setTrain({ selectedTuningId: tuning.id });
    refreshSummarySoon();
    return true;
  } catch (err) {
    const message = errorMessage(err);
    setTrain({
      tuneErrors: { message, dimensions: spaceErrors(message), base: paramErrors(message, 'base').fields },
    });
    return false;
  } finally {
    setTrain({ busy: false });
  }
}

/** Stop a tuning: its job and, with it, the trials it is training. */
export async function stopTuning(tuning: TuningRecord): Promise<void> {
  if (tuning.jobId) await cancelJob(tuning.jobId);
  await refreshTuning(tuning.id);
}
