import { AppError, ERROR_KINDS, type ErrorKind } from '../../../shared/errors.js';
import type { EngineContext } from '../context.js';

/** Submit a job and wait for it; its result, or its error as an AppError. */
export async function runJob(ctx: EngineContext, kind: string, params: unknown): Promise<unknown> {
  await ctx.backend.get();
  const job = ctx.runner.submit(kind, params);
  const done = await ctx.runner.settled(job.id);
  if (done.status === 'succeeded') return done.result;
  const kindOf = (ERROR_KINDS as readonly string[]).includes(done.error?.kind ?? '')
    ? (done.error?.kind as ErrorKind)
    : 'internal';
  if (done.status === 'cancelled') throw new AppError('cancelled', `${kind} was cancelled.`);
  throw new AppError(kindOf, done.error?.message ?? `${kind} ${done.status}`);
}
