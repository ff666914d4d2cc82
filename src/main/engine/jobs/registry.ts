import type { JobKind } from '../../../shared/jobs.js';
import type { JobKindModule } from './job-kind.js';

/**
 * The module of every job kind, loaded inside the worker thread. Static imports, so the
 * Electron bundle contains them. A kind in the contract without a module here fails typecheck.
 */
export const JOB_KIND_MODULES: { [K in JobKind]: () => Promise<JobKindModule> } = {
  'workspace.check': () => import('./kinds/workspace-check.js') as Promise<JobKindModule>,
  'backend.benchmark': () => import('./kinds/backend-benchmark.js') as Promise<JobKindModule>,
};
