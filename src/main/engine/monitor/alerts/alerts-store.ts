import {
  AlertEvidence,
  type AlertKind,
  type AlertRecord,
  type AlertSeverity,
} from '../../../../shared/alerts.js';
import type { Db } from '../../db/connection.js';

interface AlertRow {
  id: string;
  model_name: string;
  version: number | null;
  kind: AlertKind;
  severity: AlertSeverity;
  title: string;
  message: string;
  evidence: string;
  dedupe_key: string;
  created_at: string;
  last_seen_at: string;
  count: number;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  webhook_status: string | null;
}

const toRecord = (r: AlertRow): AlertRecord => ({
  id: r.id,
  modelName: r.model_name,
  version: r.version,
  kind: r.kind,
  severity: r.severity,
  title: r.title,
  message: r.message,
  evidence: AlertEvidence.parse(JSON.parse(r.evidence)),
  dedupeKey: r.dedupe_key,
  createdAt: r.created_at,
  lastSeenAt: r.last_seen_at,
  count: r.count,
  acknowledgedAt: r.acknowledged_at,
  acknowledgedBy: r.acknowledged_by,
  webhookStatus: r.webhook_status,
});

/** What a later raise of an open alert changes: its latest words, evidence and severity. */
export interface AlertBump {
  version: number | null;
  severity: AlertSeverity;
  title: string;
  message: string;
  evidence: AlertEvidence;
  at: string;
}

/** Filters of a list of alerts. */
export interface AlertFilter {
  /** Only this model's alerts. */
  modelName?: string | undefined;
  /** true: only unacknowledged; false: only acknowledged; absent: both. */
  open?: boolean | undefined;
  /** Most alerts returned (newest first). */
  limit: number;
}

/** The alerts table: plain reads and writes, no policy (alerts-service.ts decides). */
export class AlertsStore {
  constructor(private readonly db: Db) {}

  /** Run `fn` in one IMMEDIATE transaction (a raise reads then writes). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  /** Store a new alert. */
  insert(a: AlertRecord): void {
    this.db
      .prepare(
        `INSERT INTO alerts (id, model_name, version, kind, severity, title, message, evidence, dedupe_key,
           created_at, last_seen_at, count, acknowledged_at, acknowledged_by, webhook_status)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        a.id,
        a.modelName,
        a.version,
        a.kind,
        a.severity,
        a.title,
        a.message,
        JSON.stringify(a.evidence),
        a.dedupeKey,
        a.createdAt,
        a.lastSeenAt,
        a.count,
        a.acknowledgedAt,
        a.acknowledgedBy,
        a.webhookStatus,
      );
  }

  /** The unacknowledged alert with this key, if any (there is at most one). */
  openByKey(dedupeKey: string): AlertRecord | null {
    const row = this.db
      .prepare('SELECT * FROM alerts WHERE dedupe_key = ? AND acknowledged_at IS NULL')
      .get(dedupeKey) as AlertRow | undefined;
    return row ? toRecord(row) : null;
  }

  /** Count one more raise of an open alert, keeping the latest words and evidence. */
  bump(id: string, b: AlertBump): void {
    this.db
      .prepare(
        `UPDATE alerts SET count = count + 1, last_seen_at = ?, version = ?, severity = ?, title = ?,
           message = ?, evidence = ? WHERE id = ?`,
      )
      .run(b.at, b.version, b.severity, b.title, b.message, JSON.stringify(b.evidence), id);
  }

  /** One alert, or null. */
  get(id: string): AlertRecord | null {
    const row = this.db.prepare('SELECT * FROM alerts WHERE id = ?').get(id) as AlertRow | undefined;
    return row ? toRecord(row) : null;
  }

  /** Alerts, newest first. */
  list(f: AlertFilter): AlertRecord[] {
    const where: string[] = [];
    const params: unknown[] = [];
    if (f.modelName !== undefined) {
      where.push('model_name = ?');
      params.push(f.modelName);
    }
    if (f.open === true) where.push('acknowledged_at IS NULL');
    if (f.open === false) where.push('acknowledged_at IS NOT NULL');
    const sql = `SELECT * FROM alerts ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY created_at DESC, rowid DESC LIMIT ?`;
    return (this.db.prepare(sql).all(...params, f.limit) as AlertRow[]).map(toRecord);
  }

  /** Unacknowledged alerts (of one model, or all). */
  openCount(modelName?: string): number {
    const row = (
      modelName === undefined
        ? this.db.prepare('SELECT count(*) AS n FROM alerts WHERE acknowledged_at IS NULL').get()
        : this.db
            .prepare('SELECT count(*) AS n FROM alerts WHERE acknowledged_at IS NULL AND model_name = ?')
            .get(modelName)
    ) as { n: number };
    return row.n;
  }

  /** Mark an open alert acknowledged; false when it was not open (unknown or already acknowledged). */
  acknowledge(id: string, actor: string, at: string): boolean {
    const res = this.db
      .prepare(
        'UPDATE alerts SET acknowledged_at = ?, acknowledged_by = ? WHERE id = ? AND acknowledged_at IS NULL',
      )
      .run(at, actor, id);
    return res.changes === 1;
  }

  /** Keep the last webhook delivery's outcome on the alert. */
  setWebhookStatus(id: string, status: string): void {
    this.db.prepare('UPDATE alerts SET webhook_status = ? WHERE id = ?').run(status, id);
  }
}
