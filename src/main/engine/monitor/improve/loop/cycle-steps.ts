/**
 * The steps of one improvement cycle. Each step is a job (dataset → train or tune → evaluate on
 * the most recent labeled window → evaluate on the new test split); between jobs the loop takes a
 * decision (gate, promote or wait for a person, watch, roll back) and writes it to the timeline.
 * Nothing reaches production except through models.promote, the last act of a passing cycle, so a
 * failure or a crash anywhere before it leaves the champion serving.
 */
import { AppError } from '../../../../../shared/errors.js';
import type {
  ImprovementPolicy,
  PolicyRecord,
  TimelineKind,
  TimelineLinks,
} from '../../../../../shared/improve.js';
import type { JobRecord } from '../../../../../shared/jobs.js';
import { alertsFor } from '../../alerts/alerts-for.js';
import type { ImproveDatasetResult } from '../dataset/commit.js';
import type { CycleRecord } from '../store/cycles-store.js';
import { liveOf, worseBy } from './live-of.js';
import type { LoopDeps } from './loop-deps.js';
import { backoffMs } from './triggers.js';

/** How much better the champion may be on the most recent labeled window before the challenger is refused. */
const RECENT_TOLERANCE = 0.005;
/** A watch that never gets its labels ends without a verdict after this long. */
const WATCH_MAX_MS = 7 * 24 * 3_600_000;

function note(
  d: LoopDeps,
  c: CycleRecord,
  kind: TimelineKind,
  title: string,
  message: string,
  values: Record<string, number> = {},
  links: TimelineLinks = {},
): void {
  d.timeline.add({ modelName: c.modelName, cycleId: c.id, kind, title, message, values, links });
  d.ctx.emit({ type: 'improve.changed', modelName: c.modelName });
}

/** End a cycle as failed: the champion keeps serving; the policy backs off (longer after each failure in a row). */
export function failCycle(d: LoopDeps, c: CycleRecord, why: string): CycleRecord {
  const ended = d.cycles.update(c.id, { status: 'failed', stage: 'done', jobId: null, error: why });
  let values: Record<string, number> = {};
  let backoff = '';
  if (c.policyId && d.policies.get(c.policyId)) {
    const failures = (d.policies.get(c.policyId)?.state.failures ?? 0) + 1;
    const ms = backoffMs(c.policy.minIntervalMinutes, failures);
    const until = new Date(Date.now() + ms).toISOString();
    d.policies.markFailure(c.policyId, until);
    values = { failures, backoffMinutes: ms / 60_000 };
    backoff = ` Policy "${c.policyName}" backs off for ${Math.round(ms / 60_000)} min (failure ${failures} in a row).`;
  }
  note(
    d,
    c,
    'failure',
    `Cycle failed at ${c.stage}`,
    `${why} Champion v${c.championVersion} keeps serving.${backoff}`,
    values,
    c.jobId ? { jobId: c.jobId } : {},
  );
  alertLoop(
    d,
    c,
    'warning',
    `Retraining ${c.modelName} failed at ${c.stage}`,
    `${why} v${c.championVersion} keeps serving.${backoff}`,
    values,
  );
  return ended;
}

/** Something a person should see about the loop (banner, desktop notification, webhook). */
function alertLoop(
  d: LoopDeps,
  c: CycleRecord,
  severity: 'info' | 'warning' | 'critical',
  title: string,
  message: string,
  values: Record<string, number> = {},
): void {
  try {
    alertsFor(d.ctx).raise({
      modelName: c.modelName,
      version: c.challengerVersion ?? c.championVersion,
      kind: 'loop',
      severity,
      title,
      message,
      evidence: {
        values,
        window: null,
        links: {
          ...(c.jobId ? { jobId: c.jobId } : {}),
          ...(c.datasetVersionId ? { datasetVersionId: c.datasetVersionId } : {}),
          ...(c.runId ? { runId: c.runId } : {}),
          ...(c.evaluationId ? { evaluationId: c.evaluationId } : {}),
        },
        details: { cycleId: c.id, policy: c.policyName },
      },
      dedupeKey: `loop:${c.id}:${title}`,
    });
  } catch {
    // an alert that cannot be stored must not stop the loop; the timeline has the entry
  }
}

function settle(d: LoopDeps, c: CycleRecord): void {
  if (c.policyId) d.policies.markSettled(c.policyId);
}

/** Start a cycle: the dataset job (previous training data + labeled production rows). */
export async function startCycle(
  d: LoopDeps,
  name: string,
  policy: { record: PolicyRecord | null; policy: ImprovementPolicy },
  trigger: CycleRecord['trigger'],
): Promise<CycleRecord> {
  const { ctx } = d;
  const champion = ctx.ml.models.production(name);
  if (!champion)
    throw new AppError('conflict', `${name} has no production version to improve; promote one first.`);
  const run = ctx.ml.runs.get(champion.runId);
  if (!run) throw new AppError('not_found', `The run that trained ${name} v${champion.version} is gone.`);
  const before = liveOf(ctx.db, name, champion.version, { lastRows: ctx.settings.get('monitor.windowRows') });
  let c: CycleRecord;
  try {
    c = d.cycles.create({
      modelName: name,
      policyId: policy.record?.id ?? null,
      policy: policy.policy,
      trigger,
      championVersion: champion.version,
      baseline: { name: before.name, value: before.value, labeled: before.labeled },
    });
  } catch (err) {
    if (/UNIQUE/.test((err as Error).message))
      throw new AppError(
        'conflict',
        `${name} already has an improvement cycle under way; wait for it or decide on it.`,
      );
    throw err;
  }
  if (policy.record) d.policies.markRun(policy.record.id, c.startedAt);
  note(
    d,
    c,
    'trigger',
    `Policy "${c.policyName}" started a cycle (${trigger.kind.replace('_', ' ')})`,
    `${trigger.message}. Champion v${champion.version}: live ${before.name} ${before.value === null ? 'unknown' : before.value.toFixed(3)} on ${before.labeled} labeled predictions.`,
    { ...trigger.values, championLive: before.value ?? Number.NaN },
    {
      ...(trigger.alertId ? { alertId: trigger.alertId } : {}),
      ...(trigger.window ? { window: trigger.window } : {}),
      version: champion.version,
    },
  );
  await ctx.backend.get();
  try {
    const job = ctx.runner.submit('improve.dataset', {
      modelName: name,
      baseVersionId: run.versionId,
      sinceAt: d.cycles.dataUntilFor(name, champion.version),
      maxRows: c.policy.maxProductionRows,
      recencyWeight: c.policy.recencyWeight,
      seed: Date.parse(c.startedAt) % 2_147_483_647,
      defaultSplitSeed: run.seed,
      note: '',
    });
    return d.cycles.update(c.id, { jobId: job.id });
  } catch (err) {
    return failCycle(d, c, `The dataset job could not start: ${(err as Error).message}.`);
  }
}

/** Move a running cycle on when the job it waits for has finished. */
export async function advanceCycle(d: LoopDeps, c: CycleRecord): Promise<CycleRecord> {
  if (c.status === 'watching') return watchCycle(d, c);
  if (c.status !== 'running' || !c.jobId) return c;
  const job = d.ctx.jobs.get(c.jobId);
  if (!job) return failCycle(d, c, `Its job ${c.jobId} is missing.`);
  if (job.status === 'queued' || job.status === 'running') return c;
  if (job.status !== 'succeeded') {
    if (job.status === 'interrupted') return interruptCycle(d, c, job);
    return failCycle(d, c, `The ${job.kind} job ${job.status}: ${job.error?.message ?? 'no reason given'}.`);
  }
  try {
    if (c.stage === 'dataset') return await afterDataset(d, c, job.result as ImproveDatasetResult);
    if (c.stage === 'train') return await afterTrain(d, c);
    if (c.stage === 'evaluate') return await afterEvaluate(d, c, job.result as { evaluationId: string });
    return c;
  } catch (err) {
    return failCycle(d, c, AppError.from(err).message);
  }
}

/** The app stopped while the cycle's job ran: record it; nothing was promoted. */
export function interruptCycle(d: LoopDeps, c: CycleRecord, job?: JobRecord): CycleRecord {
  const ended = d.cycles.update(c.id, {
    status: 'interrupted',
    stage: 'done',
    jobId: null,
    error: 'the app stopped during the cycle',
  });
  note(
    d,
    c,
    'interrupted',
    `Cycle interrupted at ${c.stage}`,
    `The app stopped while the cycle was at "${c.stage}"${job ? ` (job ${job.id}, ${job.kind})` : ''}. Nothing was promoted: champion v${c.championVersion} keeps serving. The policy starts a new cycle when a trigger fires again.`,
    {},
    job ? { jobId: job.id } : {},
  );
  return ended;
}

async function afterDataset(d: LoopDeps, c: CycleRecord, r: ImproveDatasetResult): Promise<CycleRecord> {
  if (!r.versionId) {
    const ended = d.cycles.update(c.id, {
      status: 'skipped',
      stage: 'done',
      jobId: null,
      dataUntil: r.dataUntil,
    });
    settle(d, c);
    note(
      d,
      c,
      'skip',
      'Nothing new to learn from',
      `No labeled production predictions since the champion's training data was made${r.skippedLabels ? ` (${r.skippedLabels} labels could not be read as the target's type)` : ''}, so retraining would give the same model. Label production predictions in the Monitor step (or send feedback), and the next trigger retrains.`,
      { skippedLabels: r.skippedLabels },
    );
    return ended;
  }
  let next = d.cycles.update(c.id, {
    datasetVersionId: r.versionId,
    recentVersionId: r.recentVersionId,
    productionRows: r.productionRows,
    dataUntil: r.dataUntil,
  });
  const v = d.ctx.data.datasets.requireVersion(r.versionId);
  note(
    d,
    c,
    'dataset',
    `New training data: dataset version ${v.number}`,
    `The champion's training data plus ${r.productionRows} labeled production predictions (${r.heldOutRows} held out for evaluation${r.repeatedRows ? `, ${r.repeatedRows} repeats for recency` : ''}${r.skippedLabels ? `, ${r.skippedLabels} labels of the wrong type skipped` : ''}).`,
    {
      rows: v.rows,
      productionRows: r.productionRows,
      heldOutRows: r.heldOutRows,
      repeatedRows: r.repeatedRows,
      skippedLabels: r.skippedLabels,
    },
    { datasetVersionId: r.versionId },
  );
  const champion = d.ctx.ml.models.byNumber(c.modelName, c.championVersion);
  const run = champion ? d.ctx.ml.runs.get(champion.runId) : undefined;
  if (!run) throw new AppError('not_found', `The champion's run is gone.`);
  if (c.policy.action === 'retune') {
    const t = await d.call('tune.start', {
      versionId: r.versionId,
      template: run.template,
      base: run.params,
      trials: c.policy.tuneTrials,
      strategy: 'random',
      maxEpochs: run.params.epochs,
      modelName: c.modelName,
    });
    next = d.cycles.update(c.id, { stage: 'train', tuningId: t.tuning.id, jobId: t.job.id });
  } else {
    const t = await d.call('train.start', {
      versionId: r.versionId,
      params: run.params,
      modelName: c.modelName,
    });
    next = d.cycles.update(c.id, { stage: 'train', runId: t.run.id, jobId: t.job.id });
  }
  return next;
}

async function afterTrain(d: LoopDeps, c: CycleRecord): Promise<CycleRecord> {
  let runId = c.runId;
  if (c.tuningId) runId = (await d.call('tunings.get', { tuningId: c.tuningId })).bestRunId;
  const run = runId ? d.ctx.ml.runs.get(runId) : undefined;
  if (!run || run.modelVersion === null)
    throw new AppError('internal', 'Training finished without registering a model version.');
  const version = run.modelVersion;
  let next = d.cycles.update(c.id, { runId: run.id, challengerVersion: version });
  const val = run.metrics ?? {};
  note(
    d,
    c,
    'train',
    `Trained challenger v${version}${c.tuningId ? ' (best trial of a re-tune)' : ''}`,
    `${run.template} with ${c.tuningId ? 'tuned' : "the champion's"} configuration, ${run.epochsDone} epochs in ${(run.durationMs / 1000).toFixed(1)} s.`,
    Object.fromEntries(Object.entries(val).filter(([, x]) => typeof x === 'number')) as Record<
      string,
      number
    >,
    { runId: run.id, version, ...(c.tuningId ? { tuningId: c.tuningId } : {}) },
  );
  // The most recent labeled window first, then the new test split: the gate reads the latest.
  const target = c.recentVersionId ?? null;
  const started = await d.call('evaluate.start', {
    modelName: c.modelName,
    version,
    robustness: false,
    ...(target ? { datasetVersionId: target } : {}),
  });
  next = d.cycles.update(c.id, { stage: 'evaluate', jobId: started.job.id });
  return next;
}

async function afterEvaluate(d: LoopDeps, c: CycleRecord, r: { evaluationId: string }): Promise<CycleRecord> {
  const version = c.challengerVersion as number;
  if (c.recentVersionId && !c.recentEvaluationId) {
    d.cycles.update(c.id, { recentEvaluationId: r.evaluationId });
    const started = await d.call('evaluate.start', { modelName: c.modelName, version, robustness: false });
    return d.cycles.update(c.id, { jobId: started.job.id });
  }
  const next = d.cycles.update(c.id, { evaluationId: r.evaluationId, stage: 'gate', jobId: null });
  return gateCycle(d, next);
}

function mainMetric(m: { kind: string } & Record<string, unknown>): number | null {
  const v = m.kind === 'regression' ? m.mae : m.accuracy;
  return typeof v === 'number' ? v : null;
}

async function gateCycle(d: LoopDeps, c: CycleRecord): Promise<CycleRecord> {
  const main = await d.call('evaluate.get', { id: c.evaluationId as string });
  const recent = c.recentEvaluationId ? await d.call('evaluate.get', { id: c.recentEvaluationId }) : null;
  const name = main.metrics.kind === 'regression' ? 'mae' : 'accuracy';
  const values: Record<string, number> = {
    challenger: mainMetric(main.metrics) ?? Number.NaN,
    champion: main.production ? (mainMetric(main.production.metrics) ?? Number.NaN) : Number.NaN,
    testRows: main.data.rows,
    checksFailed: main.gate.checks.filter((k) => !k.passed).length,
  };
  const reasons: string[] = [];
  if (!main.gate.passed)
    reasons.push(
      `the gate failed: ${main.gate.checks
        .filter((k) => !k.passed)
        .map((k) => `${k.description}: ${k.observed ?? '—'} (threshold ${k.threshold ?? '—'})`)
        .join('; ')}`,
    );
  if (recent) {
    const ch = mainMetric(recent.metrics);
    const pr = recent.production ? mainMetric(recent.production.metrics) : null;
    values.recentChallenger = ch ?? Number.NaN;
    values.recentChampion = pr ?? Number.NaN;
    values.recentRows = recent.data.rows;
    if (ch !== null && pr !== null && worseBy(name, ch, pr, RECENT_TOLERANCE))
      reasons.push(
        `on the most recent labeled window (${recent.data.rows} rows) the challenger's ${name} ${ch.toFixed(3)} is worse than the champion's ${pr.toFixed(3)}`,
      );
  }
  const links = { evaluationId: main.id, version: c.challengerVersion as number };
  if (reasons.length > 0) {
    const ended = d.cycles.update(c.id, { status: 'rejected', stage: 'done' });
    settle(d, c);
    note(
      d,
      c,
      'gate',
      `Gate refused challenger v${c.challengerVersion}`,
      `${reasons.join('; ')}. Champion v${c.championVersion} keeps serving.`,
      values,
      links,
    );
    return ended;
  }
  note(
    d,
    c,
    'gate',
    `Gate passed challenger v${c.challengerVersion}`,
    `${name} ${values.challenger?.toFixed(3)} against champion v${c.championVersion}'s ${values.champion?.toFixed(3)} on the same ${main.data.rows} test rows${recent ? `; on the most recent labeled window ${values.recentChallenger?.toFixed(3)} against ${values.recentChampion?.toFixed(3)}` : ''}.`,
    values,
    links,
  );
  if (c.policy.promotion === 'approval') {
    const waiting = d.cycles.update(c.id, { status: 'awaiting_approval', stage: 'promote' });
    note(
      d,
      c,
      'approval',
      `Waiting for a person to approve v${c.challengerVersion}`,
      `Policy "${c.policyName}" promotes only with approval: approve or reject it in the Monitor step (or ai-factory policy decide).`,
      {},
      links,
    );
    alertLoop(
      d,
      c,
      'info',
      `${c.modelName} v${c.challengerVersion} waits for approval`,
      `The gate passed the retrained v${c.challengerVersion}; policy "${c.policyName}" needs a person to approve it in the Monitor step.`,
      values,
    );
    return waiting;
  }
  return promoteCycle(d, d.cycles.update(c.id, { stage: 'promote' }), `policy:${c.policyName}`, 'automatic');
}

/** Promote the challenger (hot swap) and start the watch period. */
export async function promoteCycle(
  d: LoopDeps,
  c: CycleRecord,
  actor: string,
  how: string,
): Promise<CycleRecord> {
  const version = c.challengerVersion as number;
  const current = d.ctx.ml.models.production(c.modelName);
  if (current && current.version !== c.championVersion) {
    const ended = d.cycles.update(c.id, { status: 'rejected', stage: 'done', error: 'production changed' });
    settle(d, c);
    note(
      d,
      c,
      'promote',
      `Not promoted: production changed meanwhile`,
      `v${current.version} went to production while the cycle ran (the champion was v${c.championVersion}); the challenger v${version} stays a candidate.`,
      {},
      { version },
    );
    return ended;
  }
  // The bar the challenger is watched against: the champion's live metric on its newest
  // predictions, as many as the watch waits for, so both are measured on the current traffic.
  const before = liveOf(d.ctx.db, c.modelName, c.championVersion, { lastRows: c.policy.watch.labeledRows });
  await d.call('models.promote', {
    name: c.modelName,
    version,
    stage: 'production',
    reason: `${how}: improvement cycle ${c.id} of policy "${c.policyName}" (${c.trigger.kind.replace('_', ' ')}); gate passed`,
    actor,
  });
  const next = d.cycles.update(c.id, {
    status: 'watching',
    stage: 'watch',
    promotedAt: Date.now(),
    baseline: { name: before.name, value: before.value, labeled: before.labeled },
  });
  settle(d, c);
  note(
    d,
    c,
    'promote',
    `Promoted v${version} to production (${how})`,
    `Hot swap: v${version} now answers on the inference port; v${c.championVersion} is archived. Watching the live ${before.name} for ${c.policy.watch.labeledRows} labeled predictions against v${c.championVersion}'s ${before.value === null ? 'unknown' : before.value.toFixed(3)}.`,
    { championLive: before.value ?? Number.NaN, championLabeled: before.labeled },
    { version, ...(c.evaluationId ? { evaluationId: c.evaluationId } : {}) },
  );
  return next;
}

/** The watch period: keep the new version, or roll back when its live metric is worse. */
export async function watchCycle(d: LoopDeps, c: CycleRecord): Promise<CycleRecord> {
  const version = c.challengerVersion as number;
  const since = c.promotedAt ?? Date.now();
  const current = d.ctx.ml.models.production(c.modelName);
  if (current?.version !== version) {
    const ended = d.cycles.update(c.id, { status: 'completed', stage: 'done' });
    note(
      d,
      c,
      'watch',
      'Watch ended: production changed',
      `v${current?.version ?? '—'} replaced v${version} during its watch period; no verdict.`,
    );
    return ended;
  }
  const live = liveOf(d.ctx.db, c.modelName, version, { from: since, to: Date.now() + 1 });
  const base = c.baseline;
  if (live.labeled < c.policy.watch.labeledRows) {
    if (Date.now() - since < WATCH_MAX_MS) return c;
    const ended = d.cycles.update(c.id, { status: 'completed', stage: 'done' });
    note(
      d,
      c,
      'watch',
      `Kept v${version} (watch ran out of time)`,
      `Only ${live.labeled} of ${c.policy.watch.labeledRows} labeled predictions arrived in the watch period; no verdict.`,
      { labeled: live.labeled },
      { version },
    );
    return ended;
  }
  const values = {
    live: live.value ?? Number.NaN,
    championLive: base?.value ?? Number.NaN,
    labeled: live.labeled,
    maxDrop: c.policy.watch.maxDrop,
  };
  if (
    live.value !== null &&
    base?.value != null &&
    worseBy(live.name, live.value, base.value, c.policy.watch.maxDrop)
  ) {
    const rb = await d.call('models.rollback', {
      name: c.modelName,
      reason: `automatic rollback: v${version}'s live ${live.name} ${live.value.toFixed(3)} is worse than v${c.championVersion}'s ${base.value.toFixed(3)} (cycle ${c.id})`,
      actor: `policy:${c.policyName}`,
    });
    const ended = d.cycles.update(c.id, { status: 'rolled_back', stage: 'done' });
    note(
      d,
      c,
      'rollback',
      `Rolled back to v${rb.to}`,
      `v${version}'s live ${live.name} ${live.value.toFixed(3)} on ${live.labeled} labeled predictions is worse than v${c.championVersion}'s ${base.value.toFixed(3)} by more than ${c.policy.watch.maxDrop}.`,
      values,
      { version: rb.to },
    );
    alertLoop(
      d,
      c,
      'warning',
      `${c.modelName} rolled back to v${rb.to}`,
      `v${version}'s live ${live.name} ${live.value.toFixed(3)} was worse than v${c.championVersion}'s ${base.value.toFixed(3)}.`,
      values,
    );
    return ended;
  }
  const ended = d.cycles.update(c.id, { status: 'completed', stage: 'done' });
  note(
    d,
    c,
    'watch',
    `Kept v${version} after its watch period`,
    `Live ${live.name} ${live.value === null ? 'unknown' : live.value.toFixed(3)} on ${live.labeled} labeled predictions (v${c.championVersion} had ${base?.value == null ? 'unknown' : base.value.toFixed(3)}).`,
    values,
    { version },
  );
  return ended;
}
