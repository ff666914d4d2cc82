import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.js';

function seeded() {
  const db = new Database(':memory:');
  migrate(db, 5);
  db.pragma('foreign_keys = ON');
  db.prepare(
    `INSERT INTO runs (id, kind, status, dataset_id, version_id, version_hash, target, task, template, params, seed, app_version, metric_name, created_at)
     VALUES ('r1', 'train', 'succeeded', 'd', 'v', 'h', 'y', 'binary', 'mlp', '{}', 42, '0.1.0', 'accuracy', 'now')`,
  ).run();
  db.prepare("INSERT INTO models VALUES ('adult', 'binary', 'now')").run();
  const mv = db.prepare(
    "INSERT INTO model_versions (id, model_name, version, stage, run_id, artifact_dir, created_at) VALUES (?, 'adult', ?, ?, 'r1', 'a', 'now')",
  );
  mv.run('mv1', 1, 'production');
  mv.run('mv2', 2, 'candidate');
  return db;
}

describe('migration 0006-registry', () => {
  it('adds the stage history, tied to its model and checked', () => {
    const db = seeded();
    expect(migrate(db, 6)).toBe(6);
    const ev = db.prepare(
      "INSERT INTO model_stage_events (id, model_name, version, from_stage, to_stage, action, reason, actor, at) VALUES (?, ?, 1, 'candidate', ?, ?, 'why', 'me', 'now')",
    );
    ev.run('e1', 'adult', 'production', 'promote');
    expect(() => ev.run('e2', 'adult', 'production', 'launch')).toThrow(/CHECK/);
    expect(() => ev.run('e3', 'adult', 'live', 'promote')).toThrow(/CHECK/);
    expect(() => ev.run('e4', 'nope', 'production', 'promote')).toThrow(/FOREIGN KEY/);
    expect(db.prepare('SELECT count(*) FROM model_stage_events').pluck().get()).toBe(1);
    // Deleting a model deletes its history.
    db.prepare("DELETE FROM model_versions WHERE model_name = 'adult'").run();
    db.prepare("DELETE FROM models WHERE name = 'adult'").run();
    expect(db.prepare('SELECT count(*) FROM model_stage_events').pluck().get()).toBe(0);
    db.close();
  });

  it('allows at most one production version per model', () => {
    const db = seeded();
    migrate(db, 6);
    const setStage = db.prepare('UPDATE model_versions SET stage = ? WHERE id = ?');
    expect(() => setStage.run('production', 'mv2')).toThrow(/UNIQUE/);
    expect(db.prepare("SELECT stage FROM model_versions WHERE id = 'mv2'").pluck().get()).toBe('candidate');
    // Other stages may repeat, and another model may have its own production version.
    setStage.run('archived', 'mv1');
    setStage.run('archived', 'mv2');
    setStage.run('production', 'mv2');
    db.prepare("INSERT INTO models VALUES ('iris', 'multiclass', 'now')").run();
    db.prepare(
      "INSERT INTO model_versions (id, model_name, version, stage, run_id, artifact_dir, created_at) VALUES ('mv3', 'iris', 1, 'production', 'r1', 'b', 'now')",
    ).run();
    expect(db.prepare("SELECT count(*) FROM model_versions WHERE stage = 'production'").pluck().get()).toBe(
      2,
    );
    db.close();
  });

  it('refuses to migrate a workspace that already has two production versions of a model', () => {
    const db = seeded();
    db.prepare("UPDATE model_versions SET stage = 'production' WHERE id = 'mv2'").run();
    expect(() => migrate(db, 6)).toThrow(/UNIQUE/);
    // The failed migration left the database as it was.
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    db.close();
  });
});
