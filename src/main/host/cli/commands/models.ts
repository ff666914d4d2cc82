import type { Command } from 'commander';
import { AppError } from '../../../../shared/errors.js';
import { type Lineage, type ModelDetail, Stage, type StageEvent } from '../../../../shared/serve.js';
import type { ModelVersionRecord } from '../../../../shared/train.js';
import type { CliContext } from '../main.js';

const fmtMetrics = (m: Record<string, number> | null | undefined) =>
  m
    ? Object.entries(m)
        .map(([k, v]) => `${k} ${Number(v.toFixed(4))}`)
        .join(', ')
    : '—';

/** A version number as typed: `2` or `v2`. */
export function versionArg(value: string): number {
  const n = Number(value.replace(/^v/i, ''));
  if (!Number.isInteger(n) || n < 1)
    throw new AppError('invalid_input', `VERSION must be a version number like 2 or v2, not "${value}".`);
  return n;
}

function stageArg(value: string | undefined): Stage | undefined {
  if (value === undefined) return undefined;
  const s = Stage.safeParse(value);
  if (!s.success) throw new AppError('invalid_input', `--stage must be one of ${Stage.options.join(', ')}.`);
  return s.data;
}

const fmtVersion = (v: ModelVersionRecord) =>
  `  v${v.version}  ${v.stage.padEnd(10)} run ${v.runId}  test ${fmtMetrics(v.testMetrics)}`;

const fmtEvent = (e: StageEvent) =>
  `  ${e.at}  v${e.version} ${e.fromStage} → ${e.toStage} (${e.action}) by ${e.actor}: ${e.reason}`;

function formatDetail(d: ModelDetail): string {
  return [
    `${d.name} (${d.task}), production: ${d.production === null ? 'none' : `v${d.production}`}`,
    ...d.versions.map(fmtVersion),
    d.events.length ? 'history (newest first):' : 'no stage changes yet',
    ...d.events.map(fmtEvent),
  ].join('\n');
}

function formatLineage(l: Lineage): string {
  const ds = l.dataset;
  return [
    `${l.modelName} v${l.version}`,
    `dataset: ${ds.name ?? '(deleted)'}${ds.versionNumber === null ? '' : ` v${ds.versionNumber}`} (${ds.versionId}, content ${ds.contentHash.slice(0, 12)}…)`,
    `run: ${l.run.id} (${l.run.kind}${l.run.tuningId ? ` of tuning ${l.run.tuningId}` : ''}), ${l.run.template} on ${l.run.backend}, finished ${l.run.finishedAt ?? '—'}`,
    `  validation ${fmtMetrics(l.run.metrics)}; test ${fmtMetrics(l.run.testMetrics)}`,
    `evaluations: ${l.evaluations.length ? l.evaluations.map((e) => `${e.id} ${e.passed ? 'passed' : 'failed'}`).join(', ') : 'none'}`,
    l.deployments.length ? 'deployments (oldest first):' : 'deployments: none',
    ...l.deployments.map(fmtEvent),
  ].join('\n');
}

export function registerModels(program: Command, ctx: () => CliContext): void {
  const models = program
    .command('models')
    .description('the model registry: versions, stages, promotion, rollback, lineage');
  models
    .command('list')
    .description('models with their versions and stages')
    .action(async () => {
      const c = ctx();
      const list = await (await c.engine()).call('models.list', {});
      c.out.result({ models: list }, () =>
        list.length
          ? list.map((m) => [`${m.name} (${m.task})`, ...m.versions.map(fmtVersion)].join('\n')).join('\n')
          : 'No models yet. Train one with `ai-factory train VERSION`.',
      );
    });
  models
    .command('show <name>')
    .description('a model: its versions, stages and stage history')
    .action(async (name: string) => {
      const c = ctx();
      const d = await (await c.engine()).call('models.get', { name });
      c.out.result(d, () => formatDetail(d));
    });
  models
    .command('promote <name> <version>')
    .description(
      'move a version to a stage (default production; the production version it replaces is archived)',
    )
    .option('--stage <stage>', `target stage: ${Stage.options.join(', ')}`, 'production')
    .requiredOption('--reason <text>', 'why (kept in the model history)')
    .option('--actor <name>', 'who (default: the OS user)')
    .option('--override-gate', 'promote to production without a passing evaluation (the reason must say why)')
    .action(
      async (
        name: string,
        version: string,
        o: { stage?: string; reason: string; actor?: string; overrideGate?: boolean },
      ) => {
        const c = ctx();
        const stage = stageArg(o.stage);
        const input = {
          name,
          version: versionArg(version),
          reason: o.reason,
          ...(stage ? { stage } : {}),
          ...(o.actor ? { actor: o.actor } : {}),
          ...(o.overrideGate ? { overrideGate: true } : {}),
        };
        const v = await (await c.engine()).call('models.promote', input);
        c.out.result(v, () => `${v.modelName} v${v.version} is now in ${v.stage}.`);
      },
    );
  models
    .command('rollback <name>')
    .description('put the previous production version back; the current one is archived')
    .option('--reason <text>', 'why (kept in the model history)', 'rollback')
    .option('--actor <name>', 'who (default: the OS user)')
    .action(async (name: string, o: { reason: string; actor?: string }) => {
      const c = ctx();
      const r = await (await c.engine()).call('models.rollback', {
        name,
        reason: o.reason,
        ...(o.actor ? { actor: o.actor } : {}),
      });
      c.out.result(r, () => `${r.modelName}: v${r.to} is in production again; v${r.from} is archived.`);
    });
  models
    .command('lineage <name> <version>')
    .description('where a version came from (dataset version, run) and where it went (stage changes)')
    .action(async (name: string, version: string) => {
      const c = ctx();
      const l = await (await c.engine()).call('models.lineage', { name, version: versionArg(version) });
      c.out.result(l, () => formatLineage(l));
    });
}
