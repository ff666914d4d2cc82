import { AppError } from '../../../shared/errors.js';
import type { JobRecord } from '../../../shared/jobs.js';
import type { Engine } from '../../engine/index.js';
import { EXIT } from './exit-codes.js';
import { followJob } from './follow-job.js';
import type { CliContext } from './main.js';

/**
 * Follow a job a command started (progress on stderr, Ctrl-C cancels) and return its result;
 * a failed job becomes an AppError (so the exit code says why), a cancelled one exits 130.
 */
export async function awaitJob(c: CliContext, engine: Engine, started: JobRecord): Promise<unknown> {
  const job = await followJob(engine, started, { quiet: c.globals.quiet || c.globals.json });
  if (job.status === 'succeeded') return job.result;
  if (job.status === 'cancelled' || job.status === 'interrupted') {
    c.setExitCode(EXIT.cancelled);
    throw new AppError('cancelled', `${job.kind} was ${job.status}; nothing was stored.`);
  }
  const kind = job.error?.kind;
  throw new AppError(
    kind === 'invalid_input' || kind === 'not_found' || kind === 'unavailable' || kind === 'workspace'
      ? kind
      : 'internal',
    job.error?.message ?? `${job.kind} failed`,
  );
}
