import type { JobRecord } from '../../../../../shared/jobs';
import { isCancellable } from '../../../lib/job-status';
import { cancelJob } from '../../../store/engine-actions';
import { refreshSummarySoon } from '../../../store/engine-sync';
import { useJobsStore } from '../../../store/jobs-store';
import { call, errorMessage } from '../../../transport/client';
import { jobFailure, waitForJob } from '../../data/state/job-watch';
import { type EvalForm, evaluateInput } from '../lib/eval-form';
import { setEvaluate, useEvaluateStore } from './evaluate-store';
import { loadHistory, loadLatest } from './model-actions';

/** The job kind evaluate.start queues (its params carry modelName and version). */
export const EVALUATE_JOB_KIND = 'evaluate';

/** Change some fields of the Evaluate form (their errors go with the change). */
export function updateForm(patch: Partial<EvalForm>): void {
  setEvaluate((s) => {
    const formErrors = { ...s.formErrors };
    for (const k of Object.keys(patch)) delete formErrors[k as keyof typeof formErrors];
    if ('source' in patch || 'datasetId' in patch) delete formErrors.datasetVersionId;
    return { form: { ...s.form, ...patch }, formErrors };
  });
}

/** Datasets and their versions, for evaluating on a dataset version. */
export async function loadDatasets(): Promise<void> {
  try {
    setEvaluate({ datasets: await call('data.list', {}), datasetsError: null });
  } catch (err) {
    setEvaluate({ datasetsError: errorMessage(err) });
  }
}

/**
 * Follow an evaluation job to its end: then the history, and the version's new report when it is
 * the one open (unless the person pinned an older one); a failure shows the job's error message.
 */
async function followJob(job: JobRecord, target: { modelName: string; version: number }): Promise<void> {
  const done = await waitForJob(job);
  if (useEvaluateStore.getState().jobId !== job.id) return;
  setEvaluate({ jobId: null, jobFor: null, jobError: done.status === 'succeeded' ? null : jobFailure(done) });
  refreshSummarySoon();
  const s = useEvaluateStore.getState();
  if (s.selectedModel !== target.modelName) return;
  void loadHistory();
  if (done.status === 'succeeded' && s.selectedVersion === target.version) {
    setEvaluate({ pinned: false });
    await loadLatest();
  }
}

/** Start evaluating the open version with what the form holds. */
export async function startEvaluation(): Promise<boolean> {
  const s = useEvaluateStore.getState();
  if (!s.selectedModel || s.selectedVersion === null || s.starting) return false;
  const built = evaluateInput(s.form, s.selectedModel, s.selectedVersion);
  if ('errors' in built) {
    setEvaluate({ formErrors: built.errors });
    return false;
  }
  setEvaluate({ starting: true, startError: null, jobError: null, formErrors: {} });
  try {
    const { job } = await call('evaluate.start', built.input);
    const target = { modelName: built.input.modelName, version: built.input.version };
    useJobsStore.getState().upsert([job]);
    setEvaluate({ jobId: job.id, jobFor: target });
    refreshSummarySoon();
    void followJob(job, target);
    return true;
  } catch (err) {
    setEvaluate({ startError: errorMessage(err) });
    return false;
  } finally {
    setEvaluate({ starting: false });
  }
}

/** Cancel the evaluation job this page follows (its end then shows as "Cancelled."). */
export async function cancelEvaluation(): Promise<void> {
  const id = useEvaluateStore.getState().jobId;
  if (id) await cancelJob(id);
}

/**
 * Follow an evaluation of the open version that is already queued or running (started before the
 * page was opened, or from another shell), when the page follows none.
 */
export function adoptRunningJob(): void {
  const s = useEvaluateStore.getState();
  if (s.jobId || !s.selectedModel || s.selectedVersion === null) return;
  const jobs = useJobsStore.getState();
  for (const id of jobs.order) {
    const job = jobs.byId[id];
    if (!job || job.kind !== EVALUATE_JOB_KIND || !isCancellable(job.status)) continue;
    if (job.params.modelName !== s.selectedModel || job.params.version !== s.selectedVersion) continue;
    const target = { modelName: s.selectedModel, version: s.selectedVersion };
    setEvaluate({ jobId: job.id, jobFor: target, jobError: null });
    void followJob(job, target);
    return;
  }
}
