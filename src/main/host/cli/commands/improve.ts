import type { Command } from 'commander';
import { AppError } from '../../../../shared/errors.js';
import type {
  DemoResult,
  ImprovementCycle,
  PolicyRecord,
  TimelineEvent,
} from '../../../../shared/improve.js';
import { loopFor } from '../../../engine/monitor/improve/loop/improvement-loop.js';
import { readJsonFile } from '../json-file.js';
import type { CliContext } from '../main.js';
import { awaitJob } from '../run-job-command.js';

const EXAMPLE =
  '{"policies": [{"name": "retrain on drift", "triggers": {"driftWindows": 3, "metricDrop": true}, "minIntervalMinutes": 60, "promotion": "auto"}]}';

/** A policy file: {"policies": [...]}, a list of policies, or one policy. */
export function policiesOf(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (json && typeof json === 'object' && 'policies' in json) {
    const list = (json as { policies: unknown }).policies;
    if (Array.isArray(list)) return list;
  }
  if (json && typeof json === 'object') return [json];
  throw new AppError('invalid_input', `A policy file holds an object or a list of them, e.g. ${EXAMPLE}.`);
}

const num = (x: number) => String(Number(x.toPrecision(4)));

export function formatPolicies(model: string, list: PolicyRecord[]): string {
  if (list.length === 0)
    return `${model}: no policies (the loop does nothing for it). Set some with: ai-factory policy set ${model} --file F`;
  return list
    .map((p) => {
      const t = p.policy.triggers;
      const triggers = [
        t.driftWindows !== null ? `drift in ${t.driftWindows} windows` : null,
        t.metricDrop ? 'live metric drop' : null,
        t.newLabels !== null ? `${t.newLabels} new labels` : null,
        t.everyHours !== null ? `every ${t.everyHours} h` : null,
      ].filter(Boolean);
      const state = [
        p.state.lastRunAt ? `last run ${p.state.lastRunAt}` : 'never run',
        p.state.failures ? `${p.state.failures} failures, backing off until ${p.state.backoffUntil}` : null,
      ].filter(Boolean);
      return `${p.policy.name}${p.policy.enabled ? '' : ' (disabled)'}: ${p.policy.action} when ${triggers.join(' or ')}; at most every ${p.policy.minIntervalMinutes} min; ${p.policy.promotion === 'auto' ? 'promotes automatically' : 'waits for approval'}; watch ${p.policy.watch.labeledRows} labels, roll back below −${p.policy.watch.maxDrop} — ${state.join('; ')}`;
    })
    .join('\n');
}

export function formatTimeline(events: TimelineEvent[], cycles: ImprovementCycle[]): string {
  if (events.length === 0) return 'No decisions yet: the loop writes here when a policy starts a cycle.';
  const lines = cycles.map(
    (c) =>
      `cycle ${c.id}: ${c.status} at ${c.stage}; champion v${c.championVersion}${c.challengerVersion ? ` → challenger v${c.challengerVersion}` : ''} (policy "${c.policyName}", ${c.trigger.kind.replace('_', ' ')})`,
  );
  if (lines.length) lines.push('');
  for (const e of [...events].reverse()) {
    const values = Object.entries(e.values)
      .map(([k, v]) => `${k}=${num(v)}`)
      .join(' ');
    const links = Object.entries(e.links)
      .map(
        ([k, v]) =>
          `${k}=${typeof v === 'object' ? `${new Date(v.from).toISOString()}…${new Date(v.to).toISOString()}` : v}`,
      )
      .join(' ');
    lines.push(`${e.at}  ${e.kind.padEnd(11)} ${e.title}`);
    lines.push(`    ${e.message}`);
    if (values) lines.push(`    ${values}`);
    if (links) lines.push(`    → ${links}`);
  }
  return lines.join('\n');
}

export function formatDemo(r: DemoResult): string {
  const m = r.liveMetric;
  const f = (x: number | null) => (x === null ? '—' : x.toFixed(3));
  return [
    ...r.stages.map((s) => `${s.name.padEnd(14)} ${s.seconds.toFixed(1).padStart(6)} s  ${s.message}`),
    '',
    `live ${m.name}: before drift ${f(m.beforeDrift)}, after drift ${f(m.afterDrift)}, after the automatic retrain ${f(m.afterRetrain)}`,
    `${r.promotedVersion ? `promoted ${r.modelName} v${r.promotedVersion}` : 'nothing promoted'}; ${r.seconds.toFixed(1)} s in all. See: ai-factory timeline ${r.modelName}`,
  ].join('\n');
}

export function registerImprove(program: Command, ctx: () => CliContext): void {
  const policy = program.command('policy').description("a model's continuous-improvement policies");
  policy
    .command('list <model>')
    .description("the model's policies and their state")
    .action(async (model: string) => {
      const c = ctx();
      const list = await (await c.engine()).call('policy.list', { modelName: model });
      c.out.result(list, () => formatPolicies(model, list));
    });
  policy
    .command('set <model>')
    .description(`replace the model's policies with those in a JSON file, e.g. ${EXAMPLE}`)
    .requiredOption('--file <file>', 'the policies JSON file')
    .action(async (model: string, o: { file: string }) => {
      const c = ctx();
      const policies = policiesOf(readJsonFile(o.file, 'policy', EXAMPLE));
      const list = await (await c.engine()).call('policy.set', { modelName: model, policies } as never);
      c.out.result(
        list,
        () =>
          `${model}: ${list.length} polic${list.length === 1 ? 'y' : 'ies'} set.\n${formatPolicies(model, list)}`,
      );
    });
  policy
    .command('run <model>')
    .description('start a cycle now (a manual trigger) and wait for it to reach a verdict')
    .option('--policy <name>', "which policy (default: the model's first)")
    .action(async (model: string, o: { policy?: string }) => {
      const c = ctx();
      const engine = await c.engine();
      const started = await engine.call('improve.runNow', {
        modelName: model,
        ...(o.policy ? { policyName: o.policy } : {}),
      });
      const ended = (await loopFor(engine.context).settle(model, 30 * 60_000)) ?? started;
      const events = await engine.call('timeline.list', {
        modelName: model,
        cycleId: started.id,
        limit: 100,
      });
      c.out.result(ended, () => formatTimeline(events, [ended]));
    });
  policy
    .command('decide <cycle>')
    .description('approve or reject a challenger waiting for approval')
    .option('--approve', 'promote it')
    .option('--reject', 'keep the champion')
    .requiredOption('--reason <text>', 'why (kept on the timeline)')
    .action(async (cycle: string, o: { approve?: boolean; reject?: boolean; reason: string }) => {
      const c = ctx();
      if (Boolean(o.approve) === Boolean(o.reject))
        throw new AppError('invalid_input', 'Give exactly one of --approve or --reject.');
      const r = await (await c.engine()).call('improve.decide', {
        cycleId: cycle,
        approve: Boolean(o.approve),
        reason: o.reason,
      });
      c.out.result(r, () => `cycle ${r.id}: ${r.status}`);
    });
  program
    .command('timeline <model>')
    .description("every decision of the model's improvement loop, oldest first, with its numbers and links")
    .option('--limit <n>', 'the newest N entries', '200')
    .action(async (model: string, o: { limit: string }) => {
      const c = ctx();
      const limit = Number(o.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
        throw new AppError(
          'invalid_input',
          `--limit must be a whole number from 1 to 1000, not "${o.limit}".`,
        );
      const engine = await c.engine();
      const events = await engine.call('timeline.list', { modelName: model, limit });
      const cycles = await engine.call('improve.cycles', { modelName: model, limit: 20 });
      c.out.result({ cycles, events }, () => formatTimeline(events, cycles));
    });
  program
    .command('demo')
    .description(
      'the whole loop on a synthetic credit stream with a known drift onset: import → train → evaluate → deploy → traffic → drift → labels → retrain → gate → promote',
    )
    .option('--seed <n>', 'the random seed of the data', '7')
    .option('--port <n>', 'the inference port (0: any free port)', '0')
    .action(async (o: { seed: string; port: string }) => {
      const c = ctx();
      const seed = Number(o.seed);
      const port = Number(o.port);
      if (!Number.isInteger(seed))
        throw new AppError('invalid_input', `--seed must be a whole number, not "${o.seed}".`);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new AppError('invalid_input', `--port must be 0–65535, not "${o.port}".`);
      const engine = await c.engine();
      const { job } = await engine.call('demo.start', { seed, port });
      const result = (await awaitJob(c, engine, job)) as DemoResult;
      c.out.result(result, () => formatDemo(result));
    });
}
