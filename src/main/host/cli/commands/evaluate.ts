import { renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../../../shared/errors.js';
import type { EvaluationReport } from '../../../../shared/evaluate.js';
import { readJsonFile } from '../json-file.js';
import type { CliContext } from '../main.js';
import { awaitJob } from '../run-job-command.js';
import { formatReport } from './evaluate-format.js';
import { versionArg } from './models.js';

function numberOption(name: string, value: string | undefined, int: boolean): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || (int && !Number.isInteger(n)))
    throw new AppError(
      'invalid_input',
      `${name} must be ${int ? 'a whole number' : 'a number'}, not "${value}".`,
    );
  return n;
}

/** Write a file whole or not at all (temp file + rename). */
function writeAtomically(file: string, text: string): string {
  const path = resolve(file);
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
  return path;
}

interface EvaluateOptions {
  dataset?: string;
  loadRate?: string;
  loadSeconds?: string;
  loadConnections?: string;
  loadPort?: string;
  robustness?: boolean;
  threshold?: string;
  report?: string;
}

export function registerEvaluate(program: Command, ctx: () => CliContext): void {
  program
    .command('evaluate <model> <version>')
    .description(
      "evaluate a model version on its held-out test split: metrics, slices, optionally robustness and latency under load, then the model's gate",
    )
    .option(
      '--dataset <version>',
      'evaluate on every labeled row of this dataset version (id, NAME@N) instead',
    )
    .option('--load-rate <r>', 'load test: requests per second against the real inference server')
    .option('--load-seconds <s>', 'load test: how long (default 5 with --load-rate)')
    .option('--load-connections <n>', 'load test: connections (default 8)')
    .option('--load-port <p>', 'load test: the server port on 127.0.0.1 (default: any free port)')
    .option('--robustness', 'run the robustness suite (noise, missing values, unseen categories, shift)')
    .option('--threshold <t>', 'binary models: the decision threshold (default 0.5)')
    .option('--report <file>', 'also write the model card (one self-contained HTML file) here')
    .action(async (model: string, version: string, o: EvaluateOptions) => {
      const c = ctx();
      const rate = numberOption('--load-rate', o.loadRate, true);
      if (rate === undefined && (o.loadSeconds || o.loadConnections || o.loadPort))
        throw new AppError(
          'invalid_input',
          '--load-seconds, --load-connections and --load-port need --load-rate.',
        );
      const load =
        rate === undefined
          ? undefined
          : {
              rate,
              seconds: numberOption('--load-seconds', o.loadSeconds, false) ?? 5,
              connections: numberOption('--load-connections', o.loadConnections, true) ?? 8,
              port: numberOption('--load-port', o.loadPort, true) ?? 0,
            };
      const threshold = numberOption('--threshold', o.threshold, false);
      const engine = await c.engine();
      const { job } = await engine.call('evaluate.start', {
        modelName: model,
        version: versionArg(version),
        robustness: Boolean(o.robustness),
        ...(o.dataset ? { datasetVersionId: o.dataset } : {}),
        ...(load ? { load } : {}),
        ...(threshold !== undefined ? { threshold } : {}),
      });
      const result = (await awaitJob(c, engine, job)) as { evaluationId: string };
      const report: EvaluationReport = await engine.call('evaluate.get', { id: result.evaluationId });
      let written: string | null = null;
      if (o.report) {
        const card = await engine.call('evaluate.modelCard', { id: report.id });
        written = writeAtomically(o.report, card.html);
      }
      c.out.result(report, () => `${formatReport(report)}${written ? `\nmodel card: ${written}` : ''}`);
    });

  const gate = program
    .command('gate')
    .description("a model's gate policy: the checks a version must pass to ship");
  gate
    .command('show <model>')
    .description("the model's policy (its own, or the default) and the metric names checks may use")
    .action(async (model: string) => {
      const c = ctx();
      const info = await (await c.engine()).call('gate.get', { modelName: model });
      c.out.result(info, () =>
        [
          `${model}: ${info.source === 'model' ? `own policy (set ${info.updatedAt})` : 'default policy'}`,
          JSON.stringify(info.policy, null, 2),
          `metrics: ${info.knownMetrics.join(', ')}`,
        ].join('\n'),
      );
    });
  gate
    .command('set <model>')
    .description('set the policy from a JSON file, e.g. {"checks": [{"metric": "accuracy", "min": 0.85}]}')
    .requiredOption('--policy <file>', 'the policy JSON file')
    .action(async (model: string, o: { policy: string }) => {
      const c = ctx();
      const policy = readJsonFile(o.policy, 'policy', '{"checks": [{"metric": "accuracy", "min": 0.85}]}');
      const info = await (await c.engine()).call('gate.set', { modelName: model, policy } as never);
      c.out.result(
        info,
        () =>
          `${model}: policy set (${info.policy.checks.length} checks). Evaluations from now on are judged by it.`,
      );
    });
}
