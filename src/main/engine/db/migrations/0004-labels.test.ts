import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.js';

describe('migration 0004-labels', () => {
  it('keeps one current label per annotator and row, with history', () => {
    const db = new Database(':memory:');
    migrate(db, 3);
    expect(migrate(db, 4)).toBe(4);
    db.pragma('foreign_keys = ON');
    db.prepare("INSERT INTO datasets VALUES ('d', 'x', '/x.csv', 'csv', 1, 'now')").run();
    const add = db.prepare(
      "INSERT INTO labels (dataset_id, row_id, label, annotator, at, state) VALUES ('d', ?, ?, ?, 'now', ?)",
    );
    add.run(7, 'spam', 'ann', 'current');
    expect(() => add.run(7, 'ham', 'ann', 'current')).toThrow(/UNIQUE/);
    add.run(7, 'ham', 'ann', 'superseded');
    add.run(7, 'ham', 'bob', 'current');
    expect(() => add.run(8, 'x', 'ann', 'deleted')).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO labels (dataset_id, row_id, label, annotator, at) VALUES ('nope', 1, 'a', 'b', 'now')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare("INSERT INTO label_sets VALUES ('d', 'label', '[]', 'now')").run();
    db.prepare("INSERT INTO label_scores VALUES ('d', 'run_1', 7, 0.69, 0.01, 'now')").run();
    db.prepare("DELETE FROM datasets WHERE id = 'd'").run();
    expect(db.prepare('SELECT count(*) FROM labels').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM label_scores').pluck().get()).toBe(0);
    db.close();
  });
});
