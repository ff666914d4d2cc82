import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.js';

describe('migration 0005-runs', () => {
  it('adds runs with curves, tunings, models and model versions', () => {
    const db = new Database(':memory:');
    migrate(db, 4);
    expect(migrate(db, 5)).toBe(5);
    db.pragma('foreign_keys = ON');
    const run = db.prepare(
      `INSERT INTO runs (id, kind, status, dataset_id, version_id, version_hash, target, task, template, params, seed, app_version, metric_name, created_at)
       VALUES (?, 'train', ?, 'd', 'v', 'h', 'y', 'binary', 'mlp', '{}', 42, '0.1.0', 'accuracy', 'now')`,
    );
    run.run('r1', 'running');
    expect(() => run.run('r2', 'exploded')).toThrow(/CHECK/);
    const epoch = db.prepare(
      'INSERT INTO run_epochs (run_id, epoch, loss, val_loss, metric, val_metric, learning_rate, samples_per_sec, duration_ms) VALUES (?, ?, 0.5, 0.6, 0.8, 0.79, 0.001, 40000, 120)',
    );
    epoch.run('r1', 1);
    expect(() => epoch.run('r1', 1)).toThrow(/PRIMARY KEY|UNIQUE/);
    expect(() => epoch.run('nope', 1)).toThrow(/FOREIGN KEY/);
    db.prepare("INSERT INTO models VALUES ('adult', 'binary', 'now')").run();
    const mv = db.prepare(
      "INSERT INTO model_versions (id, model_name, version, run_id, artifact_dir, created_at) VALUES (?, 'adult', ?, 'r1', 'a', 'now')",
    );
    mv.run('mv1', 1);
    expect(() => mv.run('mv2', 1)).toThrow(/UNIQUE/);
    expect(db.prepare("SELECT stage FROM model_versions WHERE id = 'mv1'").pluck().get()).toBe('candidate');
    db.close();
  });
});
