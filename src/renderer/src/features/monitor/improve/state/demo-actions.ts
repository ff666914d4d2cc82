import type { JobRecord } from '../../../../../../shared/jobs';
import { isCancellable } from '../../../../lib/job-status';
import { useAppStore } from '../../../../store/app-store';
import { cancelJob } from '../../../../store/engine-actions';
import { useJobsStore } from '../../../../store/jobs-store';
import { call, errorMessage } from '../../../../transport/client';
import { jobFailure, waitForJob } from '../../../data/state/job-watch';
import { refreshModels, selectModel } from '../../state/monitor-actions';
import { demoResultOf } from '../lib/demo-result';
import { setDemo, useDemoStore } from './demo-store';

/** The job kind demo.start queues (a running one is picked up again after a reload). */
export const DEMO_JOB_KIND = 'demo';

const isDemoJob = (job: JobRecord) => job.kind === DEMO_JOB_KIND || job.kind.startsWith(`${DEMO_JOB_KIND}.`);

/** Start the demo and follow its job to the end. */
export async function startDemo(): Promise<void> {
  const s = useDemoStore.getState();
  if (s.starting || s.jobId) return;
  setDemo({ starting: true, error: null, result: null });
  try {
    const { job } = await call('demo.start', {});
    setDemo({ jobId: job.id, starting: false });
    await follow(job);
  } catch (err) {
    setDemo({ starting: false, error: `Could not start the demo: ${errorMessage(err)}` });
  }
}

/** Cancel the running demo (what it built so far stays in the workspace). */
export async function cancelDemo(): Promise<void> {
  const jobId = useDemoStore.getState().jobId;
  if (jobId) await cancelJob(jobId);
}

/** Follow a demo job that runs already (started before a reload, or from the CLI on this workspace). */
export function adoptRunningDemo(): void {
  if (useDemoStore.getState().jobId || useDemoStore.getState().starting) return;
  const jobs = useJobsStore.getState();
  const running = jobs.order
    .map((id) => jobs.byId[id])
    .find((j): j is JobRecord => j !== undefined && isDemoJob(j) && isCancellable(j.status));
  if (!running) return;
  setDemo({ jobId: running.id, error: null });
  void follow(running);
}

/** Clear the last demo's result or failure. */
export function dismissDemo(): void {
  setDemo({ result: null, error: null });
}

async function follow(job: JobRecord): Promise<void> {
  const done = await waitForJob(job);
  if (useDemoStore.getState().jobId !== job.id) return;
  if (done.status !== 'succeeded') {
    setDemo({ jobId: null, error: `The demo did not finish: ${jobFailure(done)}` });
    return;
  }
  const result = demoResultOf(done.result);
  setDemo({ jobId: null, result, error: result ? null : 'The demo finished but reported no result.' });
  if (result) await showInMonitor(result.modelName);
}

/** Open the Monitor step on the demo's model (its production version, its drift and its improvement loop). */
async function showInMonitor(modelName: string): Promise<void> {
  await selectModel(modelName);
  useAppStore.getState().selectStep('monitor');
  // The Monitor step re-lists the models when it opens; when it was open already, list them here.
  await refreshModels();
}
