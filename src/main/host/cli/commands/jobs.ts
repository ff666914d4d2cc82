import type { Command } from 'commander';
import { AppError } from '../../../../shared/errors.js';
import { JOB_KINDS, type JobRecord, JobSpec } from '../../../../shared/jobs.js';
import { EXIT } from '../exit-codes.js';
import { followJob } from '../follow-job.js';
import type { CliContext } from '../main.js';

function jobLine(j: JobRecord): string {
  const pct = `${Math.round(j.progress * 100)}%`.padStart(4);
  return `${j.id}  ${j.kind.padEnd(18)} ${j.status.padEnd(11)} ${pct}  ${j.createdAt}  ${j.message}`;
}

function parseParams(raw: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  try {
    const v = JSON.parse(raw) as unknown;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('not an object');
    return v as Record<string, unknown>;
  } catch (err) {
    throw new AppError(
      'invalid_input',
      `--params must be a JSON object, e.g. '{"seconds": 3}' (${(err as Error).message})`,
    );
  }
}

export function registerJobs(program: Command, ctx: () => CliContext): void {
  const jobs = program.command('jobs').description('list, run, show and cancel jobs');

  jobs
    .command('list')
    .description('jobs, newest first')
    .option('--status <status...>', 'only these statuses')
    .option('--limit <n>', 'at most this many', '20')
    .action(async (opts: { status?: string[]; limit: string }) => {
      const c = ctx();
      const engine = await c.engine();
      const list = await engine.call('jobs.list', {
        limit: Number(opts.limit),
        ...(opts.status ? { status: opts.status as never } : {}),
      });
      c.out.result({ jobs: list }, () => (list.length ? list.map(jobLine).join('\n') : 'No jobs yet.'));
    });

  jobs
    .command('show <id>')
    .description('one job with its result or error')
    .action(async (id: string) => {
      const c = ctx();
      const engine = await c.engine();
      const job = await engine.call('jobs.get', { id });
      c.out.result(job, () => `${jobLine(job)}\n${JSON.stringify(job.result ?? job.error, null, 2)}`);
    });

  jobs
    .command('cancel <id>')
    .description('cancel a queued or running job of this process')
    .action(async (id: string) => {
      const c = ctx();
      const engine = await c.engine();
      const job = await engine.call('jobs.cancel', { id });
      c.out.result(job, () => jobLine(job));
    });

  jobs
    .command('run <kind>')
    .description(`run a job and wait for it, with progress (kinds: ${JOB_KINDS.join(', ')})`)
    .option('--params <json>', 'the job parameters as a JSON object')
    .action(async (kind: string, opts: { params?: string }) => {
      const c = ctx();
      const parsed = JobSpec.safeParse({ kind, params: parseParams(opts.params) });
      if (!parsed.success) {
        if (!(JOB_KINDS as string[]).includes(kind)) {
          throw new AppError('invalid_input', `Unknown job kind "${kind}". Kinds: ${JOB_KINDS.join(', ')}.`);
        }
        throw new AppError(
          'invalid_input',
          `Invalid --params for ${kind}: ${parsed.error.issues.map((i) => `${i.path.slice(1).join('.')}: ${i.message}`).join('; ')}`,
        );
      }
      const engine = await c.engine();
      const started = await engine.call('jobs.start', parsed.data);
      const job = await followJob(engine, started, { quiet: c.globals.quiet || c.globals.json });
      c.out.result(
        {
          jobId: job.id,
          kind: job.kind,
          status: job.status,
          result: job.result,
          error: job.error,
          artifactDir: job.artifactDir,
        },
        () =>
          `${jobLine(job)}${job.result ? `\n${JSON.stringify(job.result, null, 2)}` : ''}${job.error ? `\nerror: ${job.error.message}` : ''}`,
      );
      if (job.status === 'cancelled' || job.status === 'interrupted') c.setExitCode(EXIT.cancelled);
      else if (job.status !== 'succeeded') c.setExitCode(EXIT.failed);
    });
}
