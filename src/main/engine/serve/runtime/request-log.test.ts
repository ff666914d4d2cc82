import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../../db/connection.js';
import { tempDir } from '../../test-support/temp-workspace.js';
import type { LoggedPrediction } from '../types.js';
import { LogWriterClient } from '../worker/log-writer-client.js';
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

function rows(n: number, from = 0, at = Date.now()): LoggedPrediction[] {
  return Array.from({ length: n }, (_, i) => ({
    predictionId: `p${from + i}`,
    modelName: 'm',
    version: 1,
    features: { x: from + i },
    output: { prediction: 'yes', probabilities: new Float32Array([0.25, 0.75]) },
    latencyMs: 0.5,
    at: at + i,
  }));
}

const count = (db: Db, table = 'prediction_log') =>
  db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

async function until(fn: () => boolean, ms = 10_000): Promise<void> {
  const start = Date.now();
  while (!fn()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('request log', () => {
  it('buffers rows, writes them in the background, and knows their ids before and after', async () => {
    const { log: db, other } = databases();
    const log = new SqliteRequestLog({
      sink: new SqliteLogSink(db),
      lookup: db,
      bufferRows: 1000,
      intervalMs: 20,
      chunkRows: 64,
    });
    log.record(rows(300));
    // record() only buffered them; nothing written yet on this turn.
    expect(count(other)).toBe(0);
    expect(log.has('p299')).toBe(true);
    expect(log.has('p300')).toBe(false);
    await until(() => count(other) === 300);
    expect(log.stats()).toEqual({ buffered: 0, logged: 300, dropped: 0 });
    expect(log.has('p299')).toBe(true);
    const stored = other.prepare("SELECT * FROM prediction_log WHERE prediction_id = 'p7'").get() as Record<
      string,
      unknown
    >;
    expect(JSON.parse(stored.features as string)).toEqual({ x: 7 });
    expect(JSON.parse(stored.output as string)).toEqual({ prediction: 'yes', probabilities: [0.25, 0.75] });
    log.feedback.record([{ predictionId: 'p7', label: 'no', at: 5 }]);
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
    log.record(rows(1234));
    log.feedback.record([{ predictionId: 'p3', label: 2.5, at: 9 }]);
    expect(log.has('p1233')).toBe(true);
    await log.close();
    await writer.close();
    expect(count(other)).toBe(1234);
    expect(other.prepare('SELECT label FROM prediction_feedback').pluck().all()).toEqual(['2.5']);
    expect(log.stats()).toEqual({ buffered: 0, logged: 1234, dropped: 0 });
    expect(log.has('p1233')).toBe(true);
    expect(warnings).toEqual([]);
  });

  it('drops rows beyond the buffer and counts them', async () => {
    const { log: db, other } = databases();
    const dropped: number[] = [];
    const log = new SqliteRequestLog({
      sink: new SqliteLogSink(db),
      lookup: db,
      bufferRows: 100,
      intervalMs: 20,
      onDrop: (n) => dropped.push(n),
    });
    log.record(rows(60));
    log.record(rows(60, 60));
    expect(log.stats()).toEqual({ buffered: 100, logged: 0, dropped: 20 });
    expect(dropped).toEqual([20]);
    expect(log.has('p99')).toBe(true);
    expect(log.has('p100')).toBe(false);
    await log.close();
    expect(count(other)).toBe(100);
  });

  it('keeps rows buffered while another connection holds the write lock, then writes them', async () => {
    const { log: db, other } = databases();
    const log = new SqliteRequestLog({
      sink: new SqliteLogSink(db),
      lookup: db,
      bufferRows: 1000,
      intervalMs: 10,
    });
    other.prepare('BEGIN IMMEDIATE').run();
    log.record(rows(50));
    await new Promise((r) => setTimeout(r, 100));
    expect(log.stats()).toEqual({ buffered: 50, logged: 0, dropped: 0 });
    other.prepare('COMMIT').run();
    await until(() => log.stats().logged === 50);
    expect(count(other)).toBe(50);
    await log.close();
  });

  it('retention deletes the oldest rows, by age and by count', async () => {
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
    log.record(rows(1000, 0, now - 40 * day));
    log.record(rows(3000, 1000, now - 2 * day));
    await log.close();
    expect(count(other)).toBe(4000);
    expect(await applyRetention(db, { days: 30, rows: 1_000_000 }, now)).toBe(1000);
    expect(other.prepare('SELECT min(prediction_id) FROM prediction_log').pluck().get()).toBe('p1000');
    expect(await applyRetention(db, { days: 30, rows: 2000 }, now)).toBe(1000);
    expect(count(other)).toBe(2000);
    // The newest 2000 are kept.
    expect(
      other.prepare("SELECT count(*) FROM prediction_log WHERE prediction_id = 'p3999'").pluck().get(),
    ).toBe(1);
    expect(
      other.prepare("SELECT count(*) FROM prediction_log WHERE prediction_id = 'p1999'").pluck().get(),
    ).toBe(0);
    expect(await applyRetention(db, { days: 30, rows: 2000 }, now)).toBe(0);
  });
});
