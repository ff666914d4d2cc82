import type { JobStatus } from '../../../shared/jobs';

/** Mirrors FINISHED_STATUSES in shared/jobs.ts without pulling its zod schemas into the bundle. */
const FINISHED = ['succeeded', 'failed', 'cancelled', 'interrupted'] as const satisfies readonly JobStatus[];

export function isFinished(status: JobStatus): boolean {
  return (FINISHED as readonly JobStatus[]).includes(status);
}

export function isCancellable(status: JobStatus): boolean {
  return status === 'queued' || status === 'running';
}

export const STATUS_LABEL: Record<JobStatus, string> = {
  queued: 'Queued',
  running: 'Running',
  succeeded: 'Succeeded',
  failed: 'Failed',
  cancelled: 'Cancelled',
  interrupted: 'Interrupted',
};

const KIND_LABEL: Record<string, string> = {
  'workspace.check': 'Workspace check',
  'backend.benchmark': 'Backend benchmark',
  'data.import': 'Import data',
  'data.recipe': 'Apply recipe',
  'data.profile': 'Profile data',
  'data.export': 'Export CSV',
  'data.split': 'Split data',
  'data.pipeline': 'Fit feature pipeline',
  train: 'Train model',
  tune: 'Tune hyperparameters',
  evaluate: 'Evaluate model',
  'improve.dataset': 'Build retraining data',
  demo: 'Run the demo',
};

/** A job kind in words; unknown kinds (added later) show as they are. */
export function kindLabel(kind: string): string {
  return KIND_LABEL[kind] ?? kind;
}
