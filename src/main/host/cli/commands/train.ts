import type { Command } from 'commander';
import { type TaskType as Task, TaskType } from '../../../../shared/data.js';
import { AppError } from '../../../../shared/errors.js';
import type { RunDetail, RunRecord, TrainParamsInput } from '../../../../shared/train.js';
import type { CliContext } from '../main.js';
import { awaitJob } from '../run-job-command.js';

const num = (name: string, value: string | undefined, int: boolean): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || (int && !Number.isInteger(n))) {
    throw new AppError(
      'invalid_input',
      `${name} must be ${int ? 'a whole number' : 'a number'}, not "${value}".`,
    );
  }
  return n;
};

const fmtMetrics = (m: Record<string, number> | null | undefined) =>
  m
    ? Object.entries(m)
        .map(([k, v]) => `${k} ${Number(v.toFixed(4))}`)
        .join(', ')
    : '—';

export function formatRun(r: RunRecord): string {
  return `${r.id}  ${r.status.padEnd(11)} ${r.template.padEnd(4)} ${String(r.epochsDone).padStart(3)} ep  val ${fmtMetrics(r.metrics)}  test ${fmtMetrics(r.testMetrics)}${r.modelName ? `  → ${r.modelName} v${r.modelVersion}` : ''}`;
}

function formatDetail(d: RunDetail): string {
  const lines = [
    formatRun(d),
    `dataset version ${d.versionId} (${d.versionHash.slice(0, 12)}…), target ${d.target} (${d.task}), seed ${d.seed}, backend ${d.backend} on ${d.device}`,
    `epoch   loss      valLoss   ${d.metricName.padEnd(9)} val${d.metricName}`,
    ...d.epochs.map(
      (e) =>
        `${String(e.epoch).padStart(5)}   ${e.loss.toFixed(4).padEnd(9)} ${(e.valLoss ?? Number.NaN).toFixed(4).padEnd(9)} ${(e.metric ?? Number.NaN).toFixed(4).padEnd(9)} ${(e.valMetric ?? Number.NaN).toFixed(4)}`,
    ),
  ];
  if (d.error) lines.push(`error: ${d.error}`);
  return lines.join('\n');
}

interface TrainResultOut {
  runId: string;
  modelName: string | null;
  modelVersion: number | null;
  metrics: Record<string, number>;
  testMetrics: Record<string, number> | null;
  epochsDone: number;
  bestEpoch: number | null;
}

export function registerTrain(program: Command, ctx: () => CliContext): void {
  program
    .command('train <version>')
    .description(
      'train a model on a dataset version (id, NAME@N, or a dataset name); the run becomes a candidate model version',
    )
    .option('--target <column>', "set the version's target column first")
    .option('--task <task>', 'binary, multiclass or regression (with --target)')
    .option('--template <t>', 'mlp or text (default: text when there is a free-text column)')
    .option('--epochs <n>', 'most epochs (early stopping may end sooner)')
    .option('--batch-size <n>', 'batch size')
    .option('--lr <x>', 'learning rate')
    .option('--seed <n>', 'random seed')
    .option('--test-version <version>', 'report test metrics on this version (e.g. a separate test file)')
    .option('--model-name <name>', 'model name (default: the dataset name)')
    .action(
      async (
        ref: string,
        o: {
          target?: string;
          task?: string;
          template?: string;
          epochs?: string;
          batchSize?: string;
          lr?: string;
          seed?: string;
          testVersion?: string;
          modelName?: string;
        },
      ) => {
        const c = ctx();
        const engine = await c.engine();
        let versionId = ref;
        if (o.target) {
          let task: Task | undefined;
          if (o.task) {
            const t = TaskType.safeParse(o.task);
            if (!t.success)
              throw new AppError('invalid_input', `--task must be one of ${TaskType.options.join(', ')}.`);
            task = t.data;
          }
          versionId = (
            await engine.call('data.configure', {
              versionId: ref,
              target: o.target,
              ...(task ? { task } : {}),
            })
          ).id;
        }
        const params: TrainParamsInput = {};
        if (o.template) params.template = o.template as never;
        const epochs = num('--epochs', o.epochs, true);
        const batch = num('--batch-size', o.batchSize, true);
        const lr = num('--lr', o.lr, false);
        const seed = num('--seed', o.seed, true);
        if (epochs !== undefined) params.epochs = epochs;
        if (batch !== undefined) params.batchSize = batch;
        if (lr !== undefined) params.learningRate = lr;
        if (seed !== undefined) params.seed = seed;
        const started = await engine.call('train.start', {
          versionId,
          params,
          ...(o.testVersion ? { testVersionId: o.testVersion } : {}),
          ...(o.modelName ? { modelName: o.modelName } : {}),
        });
        const r = (await awaitJob(c, engine, started.job)) as TrainResultOut;
        c.out.result(r, () =>
          [
            `Run ${r.runId}: ${r.epochsDone} epochs (best ${r.bestEpoch ?? '—'})`,
            `validation: ${fmtMetrics(r.metrics)}`,
            `test:       ${fmtMetrics(r.testMetrics)}`,
            r.modelName ? `model ${r.modelName} version ${r.modelVersion} (candidate)` : '',
          ]
            .filter(Boolean)
            .join('\n'),
        );
      },
    );

  program
    .command('tune <version>')
    .description('tune hyperparameters (trials are runs); the best trial becomes a candidate model version')
    .option('--strategy <s>', 'random or hyperband', 'hyperband')
    .option('--trials <n>', 'most trials', '20')
    .option('--time-budget <minutes>', 'stop starting trials after this many minutes')
    .option('--max-epochs <n>', 'most epochs per trial', '27')
    .option('--concurrency <n>', 'trials trained at once', '1')
    .option('--template <t>', 'mlp or text', 'mlp')
    .option('--seed <n>', 'random seed', '1')
    .option('--test-version <version>', 'report test metrics on this version')
    .option('--model-name <name>', 'model name (default: the dataset name)')
    .action(
      async (
        ref: string,
        o: {
          strategy: string;
          trials: string;
          timeBudget?: string;
          maxEpochs: string;
          concurrency: string;
          template: string;
          seed: string;
          testVersion?: string;
          modelName?: string;
        },
      ) => {
        const c = ctx();
        const engine = await c.engine();
        const budget = num('--time-budget', o.timeBudget, false);
        const started = await engine.call('tune.start', {
          versionId: ref,
          strategy: o.strategy as never,
          trials: num('--trials', o.trials, true) as number,
          maxEpochs: num('--max-epochs', o.maxEpochs, true) as number,
          concurrency: num('--concurrency', o.concurrency, true) as number,
          template: o.template as never,
          seed: num('--seed', o.seed, true) as number,
          ...(budget !== undefined ? { timeBudgetMinutes: budget } : {}),
          ...(o.testVersion ? { testVersionId: o.testVersion } : {}),
          ...(o.modelName ? { modelName: o.modelName } : {}),
        });
        const r = (await awaitJob(c, engine, started.job)) as {
          tuningId: string;
          bestRunId: string | null;
          modelName: string | null;
          modelVersion: number | null;
          metrics: Record<string, number> | null;
          testMetrics: Record<string, number> | null;
          trials: number;
          totalEpochs: number;
        };
        c.out.result(r, () =>
          [
            `Tuning ${r.tuningId}: ${r.trials} trials, ${r.totalEpochs} epochs in all`,
            `best run ${r.bestRunId ?? '—'}: validation ${fmtMetrics(r.metrics)}; test ${fmtMetrics(r.testMetrics)}`,
            r.modelName ? `model ${r.modelName} version ${r.modelVersion} (candidate)` : '',
          ]
            .filter(Boolean)
            .join('\n'),
        );
      },
    );

  const runs = program.command('runs').description('training runs');
  runs
    .command('list')
    .description('runs, newest first')
    .option('--version <version>', 'only runs on this dataset version')
    .option('--limit <n>', 'at most this many', '50')
    .action(async (o: { version?: string; limit: string }) => {
      const c = ctx();
      const list = await (await c.engine()).call('runs.list', {
        limit: Number(o.limit),
        ...(o.version ? { versionId: o.version } : {}),
      });
      c.out.result({ runs: list }, () => (list.length ? list.map(formatRun).join('\n') : 'No runs yet.'));
    });
  runs
    .command('show <run>')
    .description('one run with its per-epoch curves')
    .action(async (id: string) => {
      const c = ctx();
      const d = await (await c.engine()).call('runs.get', { runId: id });
      c.out.result(
        {
          ...d,
          epochs: d.epochs.map((e) => ({
            ...e,
            [d.metricName]: e.metric,
            [`val${d.metricName[0]?.toUpperCase()}${d.metricName.slice(1)}`]: e.valMetric,
          })),
        },
        () => formatDetail(d),
      );
    });
  runs
    .command('resume <run>')
    .description('resume a cancelled, failed or interrupted run from its last epoch')
    .action(async (id: string) => {
      const c = ctx();
      const engine = await c.engine();
      const started = await engine.call('runs.resume', { runId: id });
      const r = (await awaitJob(c, engine, started.job)) as TrainResultOut;
      c.out.result(
        r,
        () =>
          `Run ${r.runId} finished: ${r.epochsDone} epochs; validation ${fmtMetrics(r.metrics)}; test ${fmtMetrics(r.testMetrics)}`,
      );
    });
  runs
    .command('cancel <run>')
    .description("stop a run's job (resume it later)")
    .action(async (id: string) => {
      const c = ctx();
      const r = await (await c.engine()).call('runs.cancel', { runId: id });
      c.out.result(r, () => formatRun(r));
    });
}
