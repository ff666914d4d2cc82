import type { Db } from '../../db/connection.js';
import type { MlServices } from '../services.js';

/**
 * On start, after jobs are recovered: runs and tunings left queued or running by a process that
 * died become `interrupted` (a run can then be resumed from its last checkpoint).
 */
export function recoverRuns(db: Db, ml: MlServices): string[] {
  const ids: string[] = [];
  for (const run of ml.runs.orphaned()) {
    ml.runs.finish(run.id, 'interrupted', {
      error: 'the process running it stopped; resume it to continue from the last epoch',
    });
    ids.push(run.id);
  }
  db.prepare(
    `UPDATE tunings SET status = 'interrupted', finished_at = datetime('now')
     WHERE status IN ('queued','running') AND (job_id IS NULL OR job_id IN (SELECT id FROM jobs WHERE status NOT IN ('queued','running')))`,
  ).run();
  return ids;
}
