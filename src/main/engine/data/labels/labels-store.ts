import type { LabelClass, LabelRecord, LabelSet, LabelStats } from '../../../../shared/data.js';
import { AppError } from '../../../../shared/errors.js';
import type { Db } from '../../db/connection.js';
import { nowIso } from '../../util/ids.js';
import { cohenKappa } from './kappa.js';

interface LabelRow {
  row_id: number;
  label: string;
  annotator: string;
  at: string;
  resolution: number;
}

const toRecord = (r: LabelRow): LabelRecord => ({
  rowId: r.row_id,
  label: r.label,
  annotator: r.annotator,
  at: r.at,
});

/**
 * Labels in factory.db. Every label is kept: a relabel supersedes the annotator's previous one,
 * an undo retracts the latest and restores the one before, a reviewer's resolution of a
 * disagreement wins over the annotators' labels. Nothing is deleted.
 */
export class LabelsStore {
  constructor(private readonly db: Db) {}

  getSet(datasetId: string): LabelSet | null {
    const r = this.db.prepare('SELECT column, classes FROM label_sets WHERE dataset_id = ?').get(datasetId) as
      | { column: string; classes: string }
      | undefined;
    return r ? { datasetId, column: r.column, classes: JSON.parse(r.classes) as LabelClass[] } : null;
  }

  setSet(set: LabelSet): LabelSet {
    const names = new Set<string>();
    const keys = new Set<string>();
    for (const c of set.classes) {
      if (names.has(c.name))
        throw new AppError('invalid_input', `Two classes are named "${c.name}"; class names must differ.`);
      if (keys.has(c.shortcut))
        throw new AppError(
          'invalid_input',
          `Two classes use the shortcut key "${c.shortcut}"; give each its own key.`,
        );
      names.add(c.name);
      keys.add(c.shortcut);
    }
    this.db
      .prepare(
        'INSERT INTO label_sets (dataset_id, column, classes, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (dataset_id) DO UPDATE SET column = excluded.column, classes = excluded.classes, updated_at = excluded.updated_at',
      )
      .run(set.datasetId, set.column, JSON.stringify(set.classes), nowIso());
    return set;
  }

  /** Record one annotator's label for a row (superseding their previous one). */
  submit(datasetId: string, rowId: number, label: string, annotator: string): LabelRecord {
    const at = nowIso();
    this.db.transaction(() => {
      this.db
        .prepare(
          "UPDATE labels SET state = 'superseded' WHERE dataset_id = ? AND annotator = ? AND row_id = ? AND state = 'current' AND resolution = 0",
        )
        .run(datasetId, annotator, rowId);
      this.db
        .prepare('INSERT INTO labels (dataset_id, row_id, label, annotator, at) VALUES (?, ?, ?, ?, ?)')
        .run(datasetId, rowId, label, annotator, at);
    })();
    return { rowId, label, annotator, at };
  }

  /** Many labels at once (bulk accept from a column), one transaction. Returns how many were written. */
  submitMany(datasetId: string, pairs: Iterable<readonly [number, string]>, annotator: string): number {
    const at = nowIso();
    const supersede = this.db.prepare(
      "UPDATE labels SET state = 'superseded' WHERE dataset_id = ? AND annotator = ? AND row_id = ? AND state = 'current' AND resolution = 0",
    );
    const insert = this.db.prepare(
      'INSERT INTO labels (dataset_id, row_id, label, annotator, at) VALUES (?, ?, ?, ?, ?)',
    );
    let n = 0;
    this.db.transaction(() => {
      for (const [rowId, label] of pairs) {
        supersede.run(datasetId, annotator, rowId);
        insert.run(datasetId, rowId, label, annotator, at);
        n++;
      }
    })();
    return n;
  }

  /** Retract the annotator's most recent label in this dataset and restore the one it replaced. */
  undo(datasetId: string, annotator: string): LabelRecord | null {
    return this.db.transaction(() => {
      const last = this.db
        .prepare(
          "SELECT id, row_id, label, annotator, at, resolution FROM labels WHERE dataset_id = ? AND annotator = ? AND state = 'current' AND resolution = 0 ORDER BY id DESC LIMIT 1",
        )
        .get(datasetId, annotator) as (LabelRow & { id: number }) | undefined;
      if (!last) return null;
      this.db.prepare("UPDATE labels SET state = 'retracted' WHERE id = ?").run(last.id);
      const prev = this.db
        .prepare(
          "SELECT id FROM labels WHERE dataset_id = ? AND annotator = ? AND row_id = ? AND state = 'superseded' AND resolution = 0 ORDER BY id DESC LIMIT 1",
        )
        .get(datasetId, annotator, last.row_id) as { id: number } | undefined;
      if (prev) this.db.prepare("UPDATE labels SET state = 'current' WHERE id = ?").run(prev.id);
      return toRecord(last);
    })();
  }

  /** A reviewer settles a row annotators disagree on. */
  resolve(datasetId: string, rowId: number, label: string, reviewer: string): LabelRecord {
    const at = nowIso();
    this.db.transaction(() => {
      this.db
        .prepare(
          "UPDATE labels SET state = 'superseded' WHERE dataset_id = ? AND row_id = ? AND state = 'current' AND resolution = 1",
        )
        .run(datasetId, rowId);
      this.db
        .prepare(
          'INSERT INTO labels (dataset_id, row_id, label, annotator, at, resolution) VALUES (?, ?, ?, ?, ?, 1)',
        )
        .run(datasetId, rowId, label, reviewer, at);
    })();
    return { rowId, label, annotator: reviewer, at };
  }

  /** Every label ever given to a row, oldest first (the history). */
  history(datasetId: string, rowId: number): (LabelRecord & { state: string; resolution: boolean })[] {
    return (
      this.db
        .prepare(
          'SELECT row_id, label, annotator, at, state, resolution FROM labels WHERE dataset_id = ? AND row_id = ? ORDER BY id',
        )
        .all(datasetId, rowId) as (LabelRow & { state: string })[]
    ).map((r) => ({ ...toRecord(r), state: r.state, resolution: r.resolution === 1 }));
  }

  /** Current (annotator) labels of some rows. */
  currentFor(datasetId: string, rowIds: readonly number[]): Map<number, LabelRecord[]> {
    const out = new Map<number, LabelRecord[]>();
    const stmt = this.db.prepare(
      "SELECT row_id, label, annotator, at, resolution FROM labels WHERE dataset_id = ? AND row_id = ? AND state = 'current' ORDER BY id",
    );
    for (const id of rowIds) {
      const rows = stmt.all(datasetId, id) as LabelRow[];
      if (rows.length) out.set(id, rows.map(toRecord));
    }
    return out;
  }

  /** Row ids the annotator has a current label for. */
  labeledBy(datasetId: string, annotator: string): number[] {
    return this.db
      .prepare(
        "SELECT row_id FROM labels WHERE dataset_id = ? AND annotator = ? AND state = 'current' AND resolution = 0",
      )
      .pluck()
      .all(datasetId, annotator) as number[];
  }

  /**
   * The label each row ends up with: a reviewer's resolution if any, else the majority of the
   * annotators' current labels (ties: the most recent label).
   */
  effectiveLabels(datasetId: string): Map<number, string> {
    const rows = this.db
      .prepare(
        "SELECT row_id, label, annotator, at, resolution FROM labels WHERE dataset_id = ? AND state = 'current' ORDER BY row_id, id",
      )
      .iterate(datasetId) as IterableIterator<LabelRow>;
    const out = new Map<number, string>();
    let curRow = -1;
    let votes = new Map<string, { n: number; last: number }>();
    let resolved: string | null = null;
    let seq = 0;
    const flush = () => {
      if (curRow < 0) return;
      if (resolved !== null) {
        out.set(curRow, resolved);
        return;
      }
      let best: string | null = null;
      let bestN = -1;
      let bestLast = -1;
      for (const [label, v] of votes) {
        if (v.n > bestN || (v.n === bestN && v.last > bestLast)) {
          best = label;
          bestN = v.n;
          bestLast = v.last;
        }
      }
      if (best !== null) out.set(curRow, best);
    };
    for (const r of rows) {
      if (r.row_id !== curRow) {
        flush();
        curRow = r.row_id;
        votes = new Map();
        resolved = null;
      }
      seq++;
      if (r.resolution === 1) resolved = r.label;
      else {
        const v = votes.get(r.label) ?? { n: 0, last: 0 };
        v.n++;
        v.last = seq;
        votes.set(r.label, v);
      }
    }
    flush();
    return out;
  }

  /** Rows whose annotators' current labels differ and that no reviewer has resolved. */
  disagreements(datasetId: string, limit: number, offset = 0): { rowId: number; labels: LabelRecord[] }[] {
    const ids = this.db
      .prepare(
        `SELECT row_id FROM labels WHERE dataset_id = ? AND state = 'current' GROUP BY row_id
         HAVING count(DISTINCT CASE WHEN resolution = 0 THEN label END) > 1 AND sum(resolution) = 0
         ORDER BY row_id LIMIT ? OFFSET ?`,
      )
      .pluck()
      .all(datasetId, limit, offset) as number[];
    const current = this.currentFor(datasetId, ids);
    return ids.map((rowId) => ({ rowId, labels: current.get(rowId) ?? [] }));
  }

  stats(datasetId: string, totalRows: number): LabelStats {
    const labeledRows = this.db
      .prepare("SELECT count(DISTINCT row_id) FROM labels WHERE dataset_id = ? AND state = 'current'")
      .pluck()
      .get(datasetId) as number;
    const disagreements = this.db
      .prepare(
        `SELECT count(*) FROM (SELECT row_id FROM labels WHERE dataset_id = ? AND state = 'current' GROUP BY row_id
         HAVING count(DISTINCT CASE WHEN resolution = 0 THEN label END) > 1 AND sum(resolution) = 0)`,
      )
      .pluck()
      .get(datasetId) as number;
    const annotators = this.db
      .prepare(
        "SELECT annotator AS name, count(*) AS labeled FROM labels WHERE dataset_id = ? AND state = 'current' AND resolution = 0 GROUP BY annotator ORDER BY labeled DESC, annotator",
      )
      .all(datasetId) as { name: string; labeled: number }[];
    const effective = this.effectiveLabels(datasetId);
    const counts = new Map<string, number>();
    for (const l of effective.values()) counts.set(l, (counts.get(l) ?? 0) + 1);
    return {
      datasetId,
      totalRows,
      labeledRows,
      disagreements,
      annotators,
      kappa: this.kappa(datasetId),
      classCounts: [...counts.entries()]
        .map(([label, count]) => ({ label, count }))
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    };
  }

  /** Cohen's kappa between the two annotators who share the most labeled rows. */
  private kappa(datasetId: string): LabelStats['kappa'] {
    const best = this.db
      .prepare(
        `SELECT a.annotator AS a, b.annotator AS b, count(*) AS shared
         FROM labels a JOIN labels b ON a.dataset_id = b.dataset_id AND a.row_id = b.row_id AND a.annotator < b.annotator
         WHERE a.dataset_id = ? AND a.state = 'current' AND b.state = 'current' AND a.resolution = 0 AND b.resolution = 0
         GROUP BY a.annotator, b.annotator ORDER BY shared DESC, a.annotator, b.annotator LIMIT 1`,
      )
      .get(datasetId) as { a: string; b: string; shared: number } | undefined;
    if (!best) return null;
    const pairs = this.db
      .prepare(
        `SELECT a.label AS la, b.label AS lb FROM labels a JOIN labels b ON a.dataset_id = b.dataset_id AND a.row_id = b.row_id
         WHERE a.dataset_id = ? AND a.annotator = ? AND b.annotator = ? AND a.state = 'current' AND b.state = 'current' AND a.resolution = 0 AND b.resolution = 0`,
      )
      .all(datasetId, best.a, best.b) as { la: string; lb: string }[];
    const value = cohenKappa(pairs.map((p) => [p.la, p.lb] as const));
    return { a: best.a, b: best.b, value: Number.isFinite(value) ? value : 0, sharedRows: best.shared };
  }
}
