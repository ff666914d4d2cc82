import { AppError } from '../../../../shared/errors.js';
import type { SearchSpace, TrialRecord, TuneSpec, TuningRecord } from '../../../../shared/train.js';
import type { Db } from '../../db/connection.js';
import { newId, nowIso } from '../../util/ids.js';
import type { RunsStore } from './runs-store.js';

interface TuningRow {
  id: string;
  job_id: string | null;
  status: TuningRecord['status'];
  spec: string;
  space: string;
  metric_name: 'accuracy' | 'rmse';
  best_run_id: string | null;
  total_epochs: number;
  created_at: string;
  finished_at: string | null;
}

/** Tunings; their trials are the runs that carry the tuning's id. */
export class TuningsStore {
  constructor(
    private readonly db: Db,
    private readonly runs: RunsStore,
  ) {}

  create(spec: TuneSpec, space: SearchSpace, metricName: 'accuracy' | 'rmse'): string {
    const id = newId('tune');
    this.db
      .prepare(
        "INSERT INTO tunings (id, status, spec, space, metric_name, created_at) VALUES (?, 'queued', ?, ?, ?, ?)",
      )
      .run(id, JSON.stringify(spec), JSON.stringify(space), metricName, nowIso());
    return id;
  }

  attachJob(id: string, jobId: string): void {
    this.db.prepare('UPDATE tunings SET job_id = ? WHERE id = ?').run(jobId, id);
  }

  setStatus(id: string, status: TuningRecord['status']): void {
    const finished = status !== 'queued' && status !== 'running';
    this.db
      .prepare('UPDATE tunings SET status = ?, finished_at = ? WHERE id = ?')
      .run(status, finished ? nowIso() : null, id);
  }

  setResult(id: string, bestRunId: string | null, totalEpochs: number): void {
    this.db
      .prepare('UPDATE tunings SET best_run_id = ?, total_epochs = ? WHERE id = ?')
      .run(bestRunId, totalEpochs, id);
  }

  /** Keep the trials as the tuning reports them, and the epochs trained so far. */
  setTrials(id: string, trials: TrialRecord[]): void {
    const total = trials.reduce((n, t) => n + t.epochsDone, 0);
    this.db
      .prepare('UPDATE tunings SET trials = ?, total_epochs = ? WHERE id = ?')
      .run(JSON.stringify(trials), total, id);
  }

  /** The trials: as last reported, with each run's current state. */
  trials(id: string): TrialRecord[] {
    const reported = JSON.parse(
      (this.db.prepare('SELECT trials FROM tunings WHERE id = ?').pluck().get(id) as string | undefined) ??
        '[]',
    ) as TrialRecord[];
    if (reported.length) {
      return reported.map((t) => {
        const run = this.runs.get(t.runId);
        if (!run) return t;
        return {
          ...t,
          status: t.status === 'stopped' ? 'stopped' : run.status,
          epochsDone: run.epochsDone,
          metric: run.metrics?.[run.metricName] ?? t.metric,
          ...(run.error ? { error: run.error } : {}),
        };
      });
    }
    return this.runsAsTrials(id);
  }

  private runsAsTrials(id: string): TrialRecord[] {
    return this.runs
      .list({ tuningId: id, limit: 10_000 })
      .reverse()
      .map((r) => ({
        runId: r.id,
        values: r.trialValues ?? {},
        status: r.status,
        epochsDone: r.epochsDone,
        metric: r.metrics?.[r.metricName] ?? null,
        rung: r.trialRung,
      }));
  }

  get(id: string): TuningRecord | undefined {
    const r = this.db.prepare('SELECT * FROM tunings WHERE id = ?').get(id) as TuningRow | undefined;
    if (!r) return undefined;
    return {
      id: r.id,
      jobId: r.job_id,
      status: r.status,
      spec: JSON.parse(r.spec) as TuneSpec,
      space: JSON.parse(r.space) as SearchSpace,
      metricName: r.metric_name,
      trials: this.trials(r.id),
      bestRunId: r.best_run_id,
      totalEpochs: r.total_epochs,
      createdAt: r.created_at,
      finishedAt: r.finished_at,
    };
  }

  require(id: string): TuningRecord {
    const t = this.get(id);
    if (!t) throw new AppError('not_found', `No tuning ${id}.`);
    return t;
  }

  list(limit: number): TuningRecord[] {
    const ids = this.db
      .prepare('SELECT id FROM tunings ORDER BY created_at DESC, id DESC LIMIT ?')
      .pluck()
      .all(limit) as string[];
    return ids.map((id) => this.require(id));
  }

  byJob(jobId: string): string | undefined {
    return this.db.prepare('SELECT id FROM tunings WHERE job_id = ?').pluck().get(jobId) as
      | string
      | undefined;
  }
}
