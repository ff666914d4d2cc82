import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../../db/connection.js';
import { tempDir } from '../../test-support/temp-workspace.js';
import type { LoggedRequest } from '../types.js';
import { LogWriterClient } from '../worker/log-writer-client.js';
import { expandRequest, fromStored, type StoredRequestRow } from './expand-logged.js';
import { applyRetention } from './log-retention.js';
import { SqliteLogSink } from './log-sink.js';
import { SqliteRequestLog } from './request-log.js';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.reverse()) c();
  cleanups = [];
});

/** Two connections to one fresh workspace database: the log's own (no busy timeout) and another. */
function databases(): { log: Db; other: Db; path: string } {
  const { dir, cleanup } = tempDir();
  const path = join(dir, 'factory.db');
  const other = openDatabase({ path });
  const log = openDatabase({ path });
  log.pragma('busy_timeout = 0');
  cleanups.push(
    cleanup,
    () => other.close(),
    () => log.close(),
  );
  return { log, other, path };
}

const PREFIX = 'a1b2c3d4e5f6';
const idOf = (seq: number) => `${PREFIX}-${seq.toString(36)}`;

/** One logged request of `n` rows with ids first..first+n-1 (v1 instances, two classes). */
function request(n: number, first = 1, at = Date.now()): LoggedRequest {
  const outputs = new Float32Array(n * 2);
  for (let i = 0; i < n; i++) {
    outputs[2 * i] = 0.25;
    outputs[2 * i + 1] = 0.75;
  }
  return {
    modelName: 'm',
    version: 1,
    idPrefix: PREFIX,
    firstSeq: first,
    rows: n,
    format: 'v1-instances',
    body: JSON.stringify({ instances: Array.from({ length: n }, (_, i) => ({ x: first + i })) }),
    jsonLength: null,
    labels: '["no","yes"]',
    outputs,
    latencyMs: 0.5,
    at,
  };
}

const count = (db: Db, table = 'prediction_requests') =>
  db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const loggedRows = (db: Db) =>
  db.prepare('SELECT coalesce(sum(rows), 0) FROM prediction_requests').pluck().get() as number;

async function until(fn: () => boolean, ms = 10_000): Promise<void> {
  const start = Date.now();
  while (!fn()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('request log', () => {
  it('stores a request as one entry; has() finds ids inside its block before and after the flush', async () => {
    const { log: db, other } = databases();
    const log = new SqliteRequestLog({
      sink: new SqliteLogSink(db),
      lookup: db,
      bufferRows: 10_000,
      intervalMs: 20,
      chunkRows: 64,
    });
    log.record(request(1000, 100));
    // record() only buffered it; nothing written yet on this turn.
    expect(count(other)).toBe(0);
    for (const seq of [100, 555, 1099]) expect(log.has(idOf(seq))).toBe(true);
    expect(log.has(idOf(1100))).toBe(false);
    expect(log.has(idOf(99))).toBe(false);
    expect(log.has(`ffffffffffff-${(500).toString(36)}`)).toBe(false);
    expect(log.has('not-an-id!')).toBe(false);
    await until(() => count(other) === 1);
    expect(log.stats()).toEqual({ buffered: 0, logged: 1000, dropped: 0 });
    // Now found in the database (nothing pending any more).
    for (const seq of [100, 555, 1099]) expect(log.has(idOf(seq))).toBe(true);
    expect(log.has(idOf(1100))).toBe(false);
    expect(log.has(idOf(99))).toBe(false);
    const stored = other.prepare('SELECT * FROM prediction_requests').get() as StoredRequestRow;
    expect([stored.id_prefix, stored.first_seq, stored.rows, stored.format]).toEqual([
      PREFIX,
      100,
      1000,
      'v1-instances',
    ]);
    const rows = expandRequest(fromStored(stored));
    expect(rows).toHaveLength(1000);
    expect(rows[7]).toEqual({
      predictionId: idOf(107),
      features: { x: 107 },
      output: { prediction: 'yes', probabilities: [0.25, 0.75] },
      latencyMs: 0.5,
      at: stored.at,
    });
    log.feedback.record([{ predictionId: idOf(107), label: 'no', at: 5 }]);
    await until(() => count(other, 'prediction_feedback') === 1);
    await log.close();
  });

  it('writes through the log-writer thread, and flushes everything on close', async () => {
    const { other, path } = databases();
    const warnings: string[] = [];
    const writer = await LogWriterClient.start(
      { databasePath: path, retention: { days: 30, rows: 1_000_000 }, retentionIntervalMs: 60_000 },
      (m) => warnings.push(m),
    );
    const log = new SqliteRequestLog({ sink: writer, lookup: other, bufferRows: 10_000, intervalMs: 1000 });
    log.record(request(1234, 1));
    log.record(request(1, 1235));
    log.feedback.record([{ predictionId: idOf(3), label: 2.5, at: 9 }]);
    expect(log.has(idOf(1235))).toBe(true);
    await log.close();
    await writer.close();
    expect(count(other)).toBe(2);
    expect(loggedRows(other)).toBe(1235);
    expect(other.prepare('SELECT label FROM prediction_feedback').pluck().all()).toEqual(['2.5']);
    expect(log.stats()).toEqual({ buffered: 0, logged: 1235, dropped: 0 });
    expect(log.has(idOf(1235))).toBe(true);
    expect(log.has(idOf(1236))).toBe(false);
    const outputs = other
      .prepare('SELECT outputs FROM prediction_requests WHERE first_seq = 1')
      .pluck()
      .get();
    expect((outputs as Buffer).byteLength).toBe(1234 * 2 * 4);
    expect(warnings).toEqual([]);
  });

  it('drops whole requests beyond the buffer and counts their rows', async () => {
    const { log: db, other } = databases();
    const dropped: number[] = [];
    const log = new SqliteRequestLog({
      sink: new SqliteLogSink(db),
      lookup: db,
      bufferRows: 100,
      intervalMs: 20,
      onDrop: (n) => dropped.push(n),
    });
    log.record(request(60, 1));
    log.record(request(60, 61));
    log.record(request(40, 121));
    expect(log.stats()).toEqual({ buffered: 100, logged: 0, dropped: 60 });
    expect(dropped).toEqual([60]);
    expect(log.has(idOf(60))).toBe(true);
    expect(log.has(idOf(61))).toBe(false);
    expect(log.has(idOf(160))).toBe(true);
    await log.close();
    expect(count(other)).toBe(2);
    expect(loggedRows(other)).toBe(100);
    expect(log.stats()).toEqual({ buffered: 0, logged: 100, dropped: 60 });
  });

  it('keeps requests buffered while another connection holds the write lock, then writes them', async () => {
    const { log: db, other } = databases();
    const log = new SqliteRequestLog({
      sink: new SqliteLogSink(db),
      lookup: db,
      bufferRows: 1000,
      intervalMs: 10,
    });
    other.prepare('BEGIN IMMEDIATE').run();
    log.record(request(50));
    await new Promise((r) => setTimeout(r, 100));
    expect(log.stats()).toEqual({ buffered: 50, logged: 0, dropped: 0 });
    expect(log.has(idOf(50))).toBe(true);
    other.prepare('COMMIT').run();
    await until(() => log.stats().logged === 50);
    expect(count(other)).toBe(1);
    expect(log.has(idOf(50))).toBe(true);
    await log.close();
  });

  it('retention deletes the oldest requests, by age, and by rows (predictions, not requests)', async () => {
    const { log: db, other } = databases();
    const log = new SqliteRequestLog({
      sink: new SqliteLogSink(db),
      lookup: db,
      bufferRows: 100_000,
      intervalMs: 10,
      chunkRows: 2000,
    });
    const now = Date.UTC(2026, 0, 31);
    const day = 86_400_000;
    // 1,000 old rows in 10 requests; then 3,000 recent rows: 1,000 single-row requests and two of 1,000.
    for (let k = 0; k < 10; k++) log.record(request(100, 1 + k * 100, now - 40 * day));
    for (let k = 0; k < 1000; k++) log.record(request(1, 1001 + k, now - 2 * day));
    log.record(request(1000, 2001, now - day));
    log.record(request(1000, 3001, now - day));
    await log.close();
    expect([count(other), loggedRows(other)]).toEqual([1012, 4000]);
    // By age: the 10 old requests (1,000 rows) go.
    expect(await applyRetention(db, { days: 30, rows: 1_000_000 }, now)).toBe(10);
    expect([count(other), loggedRows(other)]).toEqual([1002, 3000]);
    // By rows: at most 2,500 rows kept → the two 1,000-row requests and the newest 500 single-row
    // ones stay (a count of requests would have kept all 1,002).
    expect(await applyRetention(db, { days: 30, rows: 2500 }, now)).toBe(500);
    expect([count(other), loggedRows(other)]).toEqual([502, 2500]);
    expect(other.prepare('SELECT min(first_seq) FROM prediction_requests').pluck().get()).toBe(1501);
    // Whole requests only: 1,500 rows allowed keeps just the newest request of 1,000.
    expect(await applyRetention(db, { days: 30, rows: 1500 }, now)).toBe(501);
    expect(other.prepare('SELECT first_seq FROM prediction_requests').pluck().all()).toEqual([3001]);
    expect(await applyRetention(db, { days: 30, rows: 1500 }, now)).toBe(0);
  });
});
