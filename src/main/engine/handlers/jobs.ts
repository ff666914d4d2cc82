import { AppError } from '../../../shared/errors.js';
import type { EngineContext } from '../context.js';
import type { Handlers } from './types.js';

export function jobsHandlers(
  ctx: EngineContext,
): Pick<Handlers, 'jobs.list' | 'jobs.get' | 'jobs.start' | 'jobs.cancel' | 'jobs.events'> {
  const requireJob = (id: string) => {
    const job = ctx.jobs.get(id);
    if (!job)
      throw new AppError('not_found', `No job with id ${id}. List jobs with \`ai-factory jobs list\`.`);
    return job;
  };
  return {
    'jobs.list': (input) =>
      ctx.jobs.list({ limit: input.limit, ...(input.status ? { status: input.status } : {}) }),
    'jobs.get': ({ id }) => requireJob(id),
    'jobs.start': async (spec) => {
      // Jobs load the backend chosen at start; wait for the probe so they never run on a guess.
      await ctx.backend.get();
      return ctx.runner.submit(spec.kind, spec.params);
    },
    'jobs.cancel': ({ id }) => ctx.runner.cancel(id),
    'jobs.events': ({ id, afterSeq, limit }) => {
      requireJob(id);
      return ctx.jobs.events(id, afterSeq, limit);
    },
  };
}
