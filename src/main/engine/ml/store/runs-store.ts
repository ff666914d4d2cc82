import type { TaskType } from '../../../../shared/data.js';
import { AppError } from '../../../../shared/errors.js';
import type {
  EpochRecord,
  Metrics,
  RunDetail,
  RunRecord,
  RunStatus,
  TemplateId,
  TrainParams,
} from '../../../../shared/train.js';
import type { Db } from '../../db/connection.js';
import { newId, nowIso } from '../../util/ids.js';

interface RunRow {
  id: string;
  kind: 'train' | 'trial';
  tuning_id: string | null;
  trial_values: string | null;
  trial_rung: number;
  status: RunStatus;
  dataset_id: string;
  version_id: string;
  version_hash: string;
  test_version_id: string | null;
  target: string;
  task: TaskType;
  template: TemplateId;
  params: string;
  seed: number;
  backend: string;
  device: string;
  app_version: string;
  metric_name: 'accuracy' | 'rmse';
  epochs_done: number;
  best_epoch: number | null;
  metrics: string | null;
  test_metrics: string | null;
  duration_ms: number;
  samples_per_sec: number | null;
  error: string | null;
  job_id: string | null;
  model_name: string | null;
  created_at: string;
  finished_at: string | null;
}

const json = <T>(s: string | null): T | null => (s === null ? null : (JSON.parse(s) as T));

export interface NewRun {
  kind: 'train' | 'trial';
  tuningId?: string | null;
  trialValues?: Record<string, string | number | boolean> | null;
  datasetId: string;
  versionId: string;
  versionHash: string;
  testVersionId: string | null;
  target: string;
  task: TaskType;
  params: TrainParams;
  appVersion: string;
  modelName: string | null;
}

export interface RunInternal extends RunRecord {
  trialValues: Record<string, string | number | boolean> | null;
  trialRung: number;
}

/** Runs and their per-epoch curves in factory.db. */
export class RunsStore {
  constructor(private readonly db: Db) {}

  private toRecord(r: RunRow): RunInternal {
    const version = r.model_name
      ? (this.db
          .prepare('SELECT version FROM model_versions WHERE run_id = ? ORDER BY version DESC LIMIT 1')
          .pluck()
          .get(r.id) as number | undefined)
      : undefined;
    return {
      id: r.id,
      kind: r.kind,
      tuningId: r.tuning_id,
      trialValues: json(r.trial_values),
      trialRung: r.trial_rung,
      status: r.status,
      datasetId: r.dataset_id,
      versionId: r.version_id,
      versionHash: r.version_hash,
      testVersionId: r.test_version_id,
      target: r.target,
      task: r.task,
      template: r.template,
      params: JSON.parse(r.params) as TrainParams,
      seed: r.seed,
      backend: r.backend,
      device: r.device,
      appVersion: r.app_version,
      metricName: r.metric_name,
      epochsDone: r.epochs_done,
      bestEpoch: r.best_epoch,
      metrics: json<Metrics>(r.metrics),
      testMetrics: json<Metrics>(r.test_metrics),
      durationMs: r.duration_ms,
      samplesPerSec: r.samples_per_sec,
      error: r.error,
      jobId: r.job_id,
      modelName: r.model_name,
      modelVersion: version ?? null,
      createdAt: r.created_at,
      finishedAt: r.finished_at,
    };
  }

  create(run: NewRun): RunInternal {
    const id = newId('run');
    this.db
      .prepare(
        `INSERT INTO runs (id, kind, tuning_id, trial_values, status, dataset_id, version_id, version_hash, test_version_id, target, task,
           template, params, seed, app_version, metric_name, model_name, created_at)
         VALUES (?, ?, ?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        run.kind,
        run.tuningId ?? null,
        run.trialValues ? JSON.stringify(run.trialValues) : null,
        run.datasetId,
        run.versionId,
        run.versionHash,
        run.testVersionId,
        run.target,
        run.task,
        run.params.template,
        JSON.stringify(run.params),
        run.params.seed,
        run.appVersion,
        run.task === 'regression' ? 'rmse' : 'accuracy',
        run.modelName,
        nowIso(),
      );
    return this.require(id);
  }

  get(id: string): RunInternal | undefined {
    const r = this.db.prepare('SELECT * FROM runs WHERE id = ?').get(id) as RunRow | undefined;
    return r ? this.toRecord(r) : undefined;
  }

  require(id: string): RunInternal {
    const r = this.get(id);
    if (!r) throw new AppError('not_found', `No run ${id}. List runs with \`ai-factory runs list\`.`);
    return r;
  }

  list(opts: {
    versionId?: string;
    tuningId?: string;
    kind?: 'train' | 'trial';
    limit: number;
  }): RunInternal[] {
    const where: string[] = [];
    const args: unknown[] = [];
    if (opts.versionId) {
      where.push('version_id = ?');
      args.push(opts.versionId);
    }
    if (opts.tuningId) {
      where.push('tuning_id = ?');
      args.push(opts.tuningId);
    }
    if (opts.kind) {
      where.push('kind = ?');
      args.push(opts.kind);
    }
    const rows = this.db
      .prepare(
        `SELECT * FROM runs ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, id DESC LIMIT ?`,
      )
      .all(...args, opts.limit) as RunRow[];
    return rows.map((r) => this.toRecord(r));
  }

  epochs(id: string): EpochRecord[] {
    return (
      this.db.prepare('SELECT * FROM run_epochs WHERE run_id = ? ORDER BY epoch').all(id) as {
        epoch: number;
        loss: number;
        val_loss: number | null;
        metric: number | null;
        val_metric: number | null;
        learning_rate: number;
        samples_per_sec: number;
        duration_ms: number;
      }[]
    ).map((e) => ({
      epoch: e.epoch,
      loss: e.loss,
      valLoss: e.val_loss,
      metric: e.metric,
      valMetric: e.val_metric,
      learningRate: e.learning_rate,
      samplesPerSec: e.samples_per_sec,
      durationMs: e.duration_ms,
    }));
  }

  detail(id: string): RunDetail {
    const { trialValues: _v, trialRung: _r, ...run } = this.require(id);
    return { ...run, epochs: this.epochs(id) };
  }

  /** A job starts (or resumes) the run. */
  started(id: string, jobId: string): void {
    this.db
      .prepare(
        "UPDATE runs SET status = 'running', job_id = ?, error = NULL, finished_at = NULL WHERE id = ?",
      )
      .run(jobId, id);
  }

  /** Link the run to the job that will run it: running if that job already started, else queued. */
  attachJob(id: string, jobId: string): void {
    this.db
      .prepare(
        `UPDATE runs SET job_id = ?, error = NULL, finished_at = NULL,
           status = CASE WHEN (SELECT status FROM jobs WHERE id = ?) = 'running' THEN 'running' ELSE 'queued' END
         WHERE id = ?`,
      )
      .run(jobId, jobId, id);
  }

  setBackend(id: string, backend: string, device: string): void {
    this.db.prepare('UPDATE runs SET backend = ?, device = ? WHERE id = ?').run(backend, device, id);
  }

  /** Record an epoch (idempotent: a resumed run may report an epoch again). */
  addEpoch(id: string, e: EpochRecord): void {
    this.db
      .prepare(
        `INSERT INTO run_epochs (run_id, epoch, loss, val_loss, metric, val_metric, learning_rate, samples_per_sec, duration_ms)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (run_id, epoch) DO UPDATE SET loss = excluded.loss, val_loss = excluded.val_loss, metric = excluded.metric,
           val_metric = excluded.val_metric, learning_rate = excluded.learning_rate, samples_per_sec = excluded.samples_per_sec, duration_ms = excluded.duration_ms`,
      )
      .run(
        id,
        e.epoch,
        e.loss,
        e.valLoss,
        e.metric,
        e.valMetric,
        e.learningRate,
        e.samplesPerSec,
        e.durationMs,
      );
    this.db.prepare('UPDATE runs SET epochs_done = max(epochs_done, ?) WHERE id = ?').run(e.epoch, id);
  }

  /** Forget epochs after `epoch` (a resume restarts from the checkpoint of `epoch`). */
  truncateEpochs(id: string, epoch: number): void {
    this.db.prepare('DELETE FROM run_epochs WHERE run_id = ? AND epoch > ?').run(id, epoch);
    this.db.prepare('UPDATE runs SET epochs_done = ? WHERE id = ?').run(epoch, id);
  }

  finish(
    id: string,
    status: Exclude<RunStatus, 'queued' | 'running'>,
    fields: {
      metrics?: Metrics | null;
      testMetrics?: Metrics | null;
      bestEpoch?: number | null;
      epochsDone?: number;
      durationMs?: number;
      samplesPerSec?: number | null;
      error?: string | null;
    } = {},
  ): void {
    const r = this.require(id);
    this.db
      .prepare(
        `UPDATE runs SET status = ?, metrics = ?, test_metrics = ?, best_epoch = ?, epochs_done = ?, duration_ms = ?, samples_per_sec = ?,
           error = ?, finished_at = ? WHERE id = ?`,
      )
      .run(
        status,
        fields.metrics === undefined
          ? r.metrics
            ? JSON.stringify(r.metrics)
            : null
          : fields.metrics
            ? JSON.stringify(fields.metrics)
            : null,
        fields.testMetrics === undefined
          ? r.testMetrics
            ? JSON.stringify(r.testMetrics)
            : null
          : fields.testMetrics
            ? JSON.stringify(fields.testMetrics)
            : null,
        fields.bestEpoch === undefined ? r.bestEpoch : fields.bestEpoch,
        fields.epochsDone ?? r.epochsDone,
        fields.durationMs ?? r.durationMs,
        fields.samplesPerSec === undefined ? r.samplesPerSec : fields.samplesPerSec,
        fields.error === undefined ? r.error : fields.error,
        nowIso(),
        id,
      );
  }

  setTrialRung(id: string, rung: number): void {
    this.db.prepare('UPDATE runs SET trial_rung = ? WHERE id = ?').run(rung, id);
  }

  /** Runs whose job is in this list (e.g. interrupted jobs at start). */
  byJob(jobId: string): RunInternal | undefined {
    const r = this.db.prepare('SELECT * FROM runs WHERE job_id = ?').get(jobId) as RunRow | undefined;
    return r ? this.toRecord(r) : undefined;
  }

  /** Runs left queued or running whose job is no longer queued or running (killed process). */
  orphaned(): RunInternal[] {
    const rows = this.db
      .prepare(
        `SELECT r.* FROM runs r LEFT JOIN jobs j ON j.id = r.job_id
         WHERE r.status IN ('queued','running') AND (j.id IS NULL OR j.status NOT IN ('queued','running'))`,
      )
      .all() as RunRow[];
    return rows.map((r) => this.toRecord(r));
  }
}
