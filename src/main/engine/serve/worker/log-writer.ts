/**
 * The request-log writer thread: its own writable connection (WAL, busy timeout: waiting for the
 * lock blocks only this thread), one transaction per chunk the server sends, and the retention
 * of the log (settings serve.logRetentionDays / serve.logRetentionRows), applied periodically.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../db/connection.js';
import { applyRetention } from '../runtime/log-retention.js';
import { SqliteLogSink } from '../runtime/log-sink.js';
import type { FromLogWriter, LogWriterStart, ToLogWriter } from './log-writer-protocol.js';

const port = parentPort;
if (!port) throw new Error('log-writer must run in a worker thread');
const start = workerData as LogWriterStart;
const send = (m: FromLogWriter) => port.postMessage(m);

try {
  const db = openDatabase({
    path: start.databasePath,
    ...(start.nativeBinding ? { nativeBinding: start.nativeBinding } : {}),
  });
  const sink = new SqliteLogSink(db);
  const retention = () => {
    applyRetention(db, start.retention).catch((err: Error) =>
      send({ type: 'warning', message: `request log retention: ${err.message}` }),
    );
  };
  retention();
  const timer = setInterval(retention, start.retentionIntervalMs);
  port.on('message', (m: ToLogWriter) => {
    if (m.type === 'close') {
      clearInterval(timer);
      db.close();
      send({ type: 'closed' });
      port.close();
      return;
    }
    try {
      if (m.type === 'log') sink.writeLog(m.requests);
      else sink.writeFeedback(m.rows);
      send({ type: 'done', id: m.id });
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      send({
        type: 'done',
        id: m.id,
        error: { message: (err as Error).message, code: typeof code === 'string' ? code : null },
      });
    }
  });
  send({ type: 'ready' });
} catch (err) {
  send({ type: 'failed', message: (err as Error).message });
  port.close();
}
