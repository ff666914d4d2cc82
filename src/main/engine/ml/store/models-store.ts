import type { TaskType } from '../../../../shared/data.js';
import { AppError } from '../../../../shared/errors.js';
import type { Metrics, ModelVersionRecord } from '../../../../shared/train.js';
import type { Db } from '../../db/connection.js';
import { newId, nowIso } from '../../util/ids.js';

interface VersionRow {
  id: string;
  model_name: string;
  version: number;
  stage: ModelVersionRecord['stage'];
  run_id: string;
  artifact_dir: string;
  metrics: string | null;
  test_metrics: string | null;
  created_at: string;
  task: TaskType;
}

const toRecord = (r: VersionRow): ModelVersionRecord => ({
  id: r.id,
  modelName: r.model_name,
  version: r.version,
  stage: r.stage,
  runId: r.run_id,
  task: r.task,
  artifactDir: r.artifact_dir,
  metrics: r.metrics ? (JSON.parse(r.metrics) as Metrics) : null,
  testMetrics: r.test_metrics ? (JSON.parse(r.test_metrics) as Metrics) : null,
  createdAt: r.created_at,
});

/** Named models and their versions (made from runs), and their stages (the registry moves them). */
export class ModelsStore {
  constructor(private readonly db: Db) {}

  /** The next version number of a model (1 for a new model). */
  nextVersion(name: string): number {
    return (
      ((this.db.prepare('SELECT max(version) FROM model_versions WHERE model_name = ?').pluck().get(name) as
        | number
        | null) ?? 0) + 1
    );
  }

  /** Record a model version (creating the model if new), atomically. */
  addVersion(args: {
    name: string;
    version: number;
    task: TaskType;
    runId: string;
    artifactDir: string;
    metrics: Metrics | null;
    testMetrics: Metrics | null;
  }): ModelVersionRecord {
    const id = newId('mv');
    this.db.transaction(() => {
      const existing = this.db.prepare('SELECT task FROM models WHERE name = ?').pluck().get(args.name) as
        | TaskType
        | undefined;
      if (existing && existing !== args.task) {
        throw new AppError(
          'conflict',
          `Model "${args.name}" is a ${existing} model; this run is ${args.task}. Use another model name.`,
        );
      }
      if (!existing)
        this.db
          .prepare('INSERT INTO models (name, task, created_at) VALUES (?, ?, ?)')
          .run(args.name, args.task, nowIso());
      this.db
        .prepare(
          'INSERT INTO model_versions (id, model_name, version, run_id, artifact_dir, metrics, test_metrics, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          id,
          args.name,
          args.version,
          args.runId,
          args.artifactDir,
          args.metrics ? JSON.stringify(args.metrics) : null,
          args.testMetrics ? JSON.stringify(args.testMetrics) : null,
          nowIso(),
        );
    })();
    return this.require(id);
  }

  get(id: string): ModelVersionRecord | undefined {
    const r = this.db
      .prepare(
        'SELECT v.*, m.task FROM model_versions v JOIN models m ON m.name = v.model_name WHERE v.id = ?',
      )
      .get(id) as VersionRow | undefined;
    return r ? toRecord(r) : undefined;
  }

  require(id: string): ModelVersionRecord {
    const v = this.get(id);
    if (!v) throw new AppError('not_found', `No model version ${id}.`);
    return v;
  }

  list(): { name: string; task: TaskType; versions: ModelVersionRecord[]; production: number | null }[] {
    const models = this.db.prepare('SELECT name, task FROM models ORDER BY name').all() as {
      name: string;
      task: TaskType;
    }[];
    const versions = (
      this.db
        .prepare(
          'SELECT v.*, m.task FROM model_versions v JOIN models m ON m.name = v.model_name ORDER BY v.model_name, v.version',
        )
        .all() as VersionRow[]
    ).map(toRecord);
    return models.map((m) => {
      const own = versions.filter((v) => v.modelName === m.name);
      return { ...m, versions: own, production: own.find((v) => v.stage === 'production')?.version ?? null };
    });
  }

  /** A model's name and task, if it exists. */
  model(name: string): { name: string; task: TaskType } | undefined {
    return this.db.prepare('SELECT name, task FROM models WHERE name = ?').get(name) as
      | { name: string; task: TaskType }
      | undefined;
  }

  /** A model's versions, oldest first (empty for an unknown model). */
  versionsOf(name: string): ModelVersionRecord[] {
    return (
      this.db
        .prepare(
          'SELECT v.*, m.task FROM model_versions v JOIN models m ON m.name = v.model_name WHERE v.model_name = ? ORDER BY v.version',
        )
        .all(name) as VersionRow[]
    ).map(toRecord);
  }

  /** One version by model name and number. */
  byNumber(name: string, version: number): ModelVersionRecord | undefined {
    const r = this.db
      .prepare(
        'SELECT v.*, m.task FROM model_versions v JOIN models m ON m.name = v.model_name WHERE v.model_name = ? AND v.version = ?',
      )
      .get(name, version) as VersionRow | undefined;
    return r ? toRecord(r) : undefined;
  }

  /** The version in production, if any (at most one: the database enforces it). */
  production(name: string): ModelVersionRecord | undefined {
    return this.versionsOf(name).find((v) => v.stage === 'production');
  }

  /** Move a version to a stage (the registry records why, in the same transaction). */
  setStage(id: string, stage: ModelVersionRecord['stage']): void {
    this.db.prepare('UPDATE model_versions SET stage = ? WHERE id = ?').run(stage, id);
  }

  /** Model names, for messages that say what exists. */
  names(): string[] {
    return this.db.prepare('SELECT name FROM models ORDER BY name').pluck().all() as string[];
  }

  count(): number {
    return this.db.prepare('SELECT count(*) FROM model_versions').pluck().get() as number;
  }
}
