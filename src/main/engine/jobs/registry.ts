import type { DataJobKind } from '../../../shared/data-jobs.js';
import type { JobKind } from '../../../shared/jobs.js';
import type { JobKindModule } from './job-kind.js';

type AnyKind = JobKind | DataJobKind | 'train' | 'evaluate' | 'improve.dataset';
const load = (p: Promise<unknown>) => p as Promise<JobKindModule>;

/**
 * The module of every job kind, loaded inside the worker thread. Static imports, so the
 * Electron bundle contains them. A kind without a module here fails typecheck.
 */
export const JOB_KIND_MODULES: { [K in AnyKind]: () => Promise<JobKindModule> } = {
  'workspace.check': () => load(import('./kinds/workspace-check.js')),
  'backend.benchmark': () => load(import('./kinds/backend-benchmark.js')),
  'data.import': () => load(import('./kinds/data-import.js')),
  'data.recipe': () => load(import('./kinds/data-recipe.js')),
  'data.profile': () => load(import('./kinds/data-profile.js')),
  'data.export': () => load(import('./kinds/data-export.js')),
  'data.split': () => load(import('./kinds/data-split.js')),
  'data.pipeline': () => load(import('./kinds/data-pipeline.js')),
  train: () => load(import('./kinds/train.js')),
  evaluate: () => load(import('./kinds/evaluate.js')),
  'improve.dataset': () => load(import('./kinds/improve-dataset.js')),
};
