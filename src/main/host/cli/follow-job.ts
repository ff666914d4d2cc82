import { SingleBar } from 'cli-progress';
import type { EngineEvent } from '../../../shared/events.js';
import { FINISHED_STATUSES, type JobRecord } from '../../../shared/jobs.js';
import type { Engine } from '../../engine/index.js';

function formatEta(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '--';
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  return `${Math.floor(seconds / 60)}m${String(Math.ceil(seconds % 60)).padStart(2, '0')}s`;
}

/**
 * Wait for a job to finish, drawing a progress bar (percent, ETA) on a TTY or plain progress
 * lines otherwise, on stderr. Ctrl-C cancels the job (a second Ctrl-C quits at once).
 */
export async function followJob(
  engine: Engine,
  job: JobRecord,
  opts: { quiet: boolean },
): Promise<JobRecord> {
  const tty = Boolean(process.stderr.isTTY) && !opts.quiet;
  const bar = tty
    ? new SingleBar(
        {
          format: ` ${job.kind} [{bar}] {percentage}% | ETA {etaText} | {message}`,
          barsize: 30,
          hideCursor: true,
          stream: process.stderr,
        },
        undefined,
      )
    : null;
  bar?.start(100, 0, { etaText: '--', message: 'queued' });
  let lastPrinted = -1;
  let sigints = 0;
  const onSigint = () => {
    sigints += 1;
    if (sigints > 1) process.exit(130);
    process.stderr.write('\ncancelling… (Ctrl-C again to quit now)\n');
    void engine.invoke('jobs.cancel', { id: job.id });
  };
  process.on('SIGINT', onSigint);
  try {
    return await new Promise<JobRecord>((resolve) => {
      const done = (j: JobRecord) => {
        unsubscribe();
        resolve(j);
      };
      const unsubscribe = engine.subscribe((ev: EngineEvent) => {
        if (ev.type === 'job.progress' && ev.jobId === job.id) {
          const pct = Math.round(ev.fraction * 100);
          if (bar) bar.update(pct, { etaText: formatEta(ev.etaSeconds), message: ev.message.slice(0, 50) });
          else if (!opts.quiet && pct >= lastPrinted + 10) {
            lastPrinted = pct;
            process.stderr.write(`${job.kind}: ${pct}% (ETA ${formatEta(ev.etaSeconds)}) ${ev.message}\n`);
          }
        } else if (
          ev.type === 'job.updated' &&
          ev.job.id === job.id &&
          FINISHED_STATUSES.includes(ev.job.status)
        ) {
          if (bar) {
            if (ev.job.status === 'succeeded')
              bar.update(100, { etaText: '0s', message: ev.job.message.slice(0, 50) });
            bar.stop();
          }
          done(ev.job);
        }
      });
      // It may have finished before we subscribed.
      void engine.invoke('jobs.get', { id: job.id }).then((r) => {
        if (r.ok && FINISHED_STATUSES.includes((r.value as JobRecord).status)) {
          bar?.stop();
          done(r.value as JobRecord);
        }
      });
    });
  } finally {
    process.off('SIGINT', onSigint);
  }
}
