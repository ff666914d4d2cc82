import type { JobEventRecord, JobRecord, JobStatus } from '../../../shared/jobs.js';
import { nowIso } from '../util/ids.js';
import type { Db } from './connection.js';

interface JobRow {
  id: string;
  kind: string;
  params: string;
  status: JobStatus;
  progress: number;
  message: string;
  eta_seconds: number | null;
  result: string | null;
  error: string | null;
  artifact_dir: string | null;
  owner: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

function toRecord(row: JobRow): JobRecord {
  return {
    id: row.id,
    kind: row.kind,
    params: JSON.parse(row.params) as Record<string, unknown>,
    status: row.status,
    progress: row.progress,
    message: row.message,
    etaSeconds: row.eta_seconds,
    result: row.result === null ? null : (JSON.parse(row.result) as unknown),
    error: row.error === null ? null : (JSON.parse(row.error) as { kind: string; message: string }),
    artifactDir: row.artifact_dir,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

export interface JobOwnerRow {
  id: string;
  owner: string | null;
}

/** Jobs and job events in factory.db. */
export class JobsStore {
  private readonly nextSeq = new Map<string, number>();

  constructor(private readonly db: Db) {}

  create(id: string, kind: string, params: unknown, owner: string): JobRecord {
    this.db
      .prepare(
        "INSERT INTO jobs (id, kind, params, status, owner, created_at) VALUES (?, ?, ?, 'queued', ?, ?)",
      )
      .run(id, kind, JSON.stringify(params ?? {}), owner, nowIso());
    return this.require(id);
  }

  get(id: string): JobRecord | undefined {
    const row = this.db.prepare('SELECT * FROM jobs WHERE id = ?').get(id) as JobRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  require(id: string): JobRecord {
    const job = this.get(id);
    if (!job) throw new Error(`job ${id} vanished from the database`);
    return job;
  }

  list(opts: { status?: JobStatus[]; limit: number }): JobRecord[] {
    const statuses = opts.status ?? [];
    const where = statuses.length ? `WHERE status IN (${statuses.map(() => '?').join(',')})` : '';
    const rows = this.db
      .prepare(`SELECT * FROM jobs ${where} ORDER BY created_at DESC, id DESC LIMIT ?`)
      .all(...statuses, opts.limit) as JobRow[];
    return rows.map(toRecord);
  }

  countByStatus(): Record<JobStatus, number> {
    const counts: Record<JobStatus, number> = {
      queued: 0,
      running: 0,
      succeeded: 0,
      failed: 0,
      cancelled: 0,
      interrupted: 0,
    };
    for (const r of this.db.prepare('SELECT status, count(*) AS n FROM jobs GROUP BY status').all() as {
      status: JobStatus;
      n: number;
    }[]) {
      counts[r.status] = r.n;
    }
    return counts;
  }

  markRunning(id: string, owner: string): void {
    this.db
      .prepare(
        "UPDATE jobs SET status = 'running', owner = ?, started_at = ?, message = 'started' WHERE id = ?",
      )
      .run(owner, nowIso(), id);
  }

  updateProgress(id: string, progress: number, message: string, etaSeconds: number | null): void {
    this.db
      .prepare(
        "UPDATE jobs SET progress = ?, message = ?, eta_seconds = ? WHERE id = ? AND status = 'running'",
      )
      .run(progress, message, etaSeconds, id);
  }

  /** Move a job to a final state. Returns false if it was already final. */
  finish(
    id: string,
    status: Exclude<JobStatus, 'queued' | 'running'>,
    fields: {
      result?: unknown;
      error?: { kind: string; message: string };
      message: string;
      artifactDir?: string | null;
    },
  ): boolean {
    const info = this.db
      .prepare(
        `UPDATE jobs SET status = ?, result = ?, error = ?, message = ?, artifact_dir = ?, eta_seconds = NULL,
           progress = CASE WHEN ? = 'succeeded' THEN 1 ELSE progress END, finished_at = ?
         WHERE id = ? AND status IN ('queued','running')`,
      )
      .run(
        status,
        fields.result === undefined ? null : JSON.stringify(fields.result),
        fields.error ? JSON.stringify(fields.error) : null,
        fields.message,
        fields.artifactDir ?? null,
        status,
        nowIso(),
        id,
      );
    return info.changes > 0;
  }

  /** Jobs another process left running or queued (their owner is recorded). */
  unfinished(): JobOwnerRow[] {
    return this.db
      .prepare("SELECT id, owner FROM jobs WHERE status IN ('running','queued')")
      .all() as JobOwnerRow[];
  }

  appendEvent(jobId: string, type: JobEventRecord['type'], payload: Record<string, unknown>): JobEventRecord {
    let seq = this.nextSeq.get(jobId);
    if (seq === undefined) {
      const row = this.db.prepare('SELECT max(seq) AS s FROM job_events WHERE job_id = ?').get(jobId) as {
        s: number | null;
      };
      seq = row.s ?? 0;
    }
    seq += 1;
    this.nextSeq.set(jobId, seq);
    const at = nowIso();
    this.db
      .prepare('INSERT INTO job_events (job_id, seq, at, type, payload) VALUES (?, ?, ?, ?, ?)')
      .run(jobId, seq, at, type, JSON.stringify(payload));
    return { jobId, seq, at, type, payload };
  }

  forgetSeq(jobId: string): void {
    this.nextSeq.delete(jobId);
  }

  events(jobId: string, afterSeq: number, limit: number): JobEventRecord[] {
    const rows = this.db
      .prepare(
        'SELECT job_id, seq, at, type, payload FROM job_events WHERE job_id = ? AND seq > ? ORDER BY seq LIMIT ?',
      )
      .all(jobId, afterSeq, limit) as {
      job_id: string;
      seq: number;
      at: string;
      type: JobEventRecord['type'];
      payload: string;
    }[];
    return rows.map((r) => ({
      jobId: r.job_id,
      seq: r.seq,
      at: r.at,
      type: r.type,
      payload: JSON.parse(r.payload) as Record<string, unknown>,
    }));
  }
}
