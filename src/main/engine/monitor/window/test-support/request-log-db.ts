/**
 * Test support (tests only): a real workspace database (migrated) in a temp folder, and logged
 * requests written to it the way the inference server's log writer writes them (SqliteLogSink),
 * with bodies in each format the server accepts.
 */
import { join } from 'node:path';
import { type Db, openDatabase } from '../../../db/connection.js';
import { SqliteLogSink } from '../../../serve/runtime/log-sink.js';
import type { LoggedFormat, LoggedRequest } from '../../../serve/types.js';
import { tempDir } from '../../../test-support/temp-workspace.js';

export interface LogDb {
  /** The writer's connection (migrated). */
  db: Db;
  /** A read-only connection, as monitoring uses. */
  reader: Db;
  sink: SqliteLogSink;
  close(): void;
}

/** A fresh workspace database with a writer and a read-only reader. */
export function openLogDb(): LogDb {
  const { dir, cleanup } = tempDir();
  const path = join(dir, 'factory.db');
  const db = openDatabase({ path });
  const reader = openDatabase({ path, readonly: true });
  return {
    db,
    reader,
    sink: new SqliteLogSink(db),
    close() {
      reader.close();
      db.close();
      cleanup();
    },
  };
}

export const PREFIX = 'a1b2c3d4e5f6';
/** The prediction id of counter `seq` under PREFIX. */
export const idOf = (seq: number, prefix = PREFIX) => `${prefix}-${seq.toString(36)}`;

export interface RequestSpec {
  records: Record<string, unknown>[];
  format: LoggedFormat;
  /** Counter of the first row's id. */
  first: number;
  at: number;
  /** Class names; absent = regression. */
  classes?: string[];
  /** rows × classes probabilities, or rows values (regression). */
  outputs: number[];
  model?: string;
  version?: number;
  latencyMs?: number;
  prefix?: string;
}

function names(records: Record<string, unknown>[]): string[] {
  const seen = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
}

function datatypeOf(values: unknown[]): string {
  const v = values.find((x) => x !== null && x !== undefined);
  return typeof v === 'number' ? 'FP64' : typeof v === 'boolean' ? 'BOOL' : 'BYTES';
}

function v2Binary(records: Record<string, unknown>[]): { body: Uint8Array; jsonLength: number } {
  const parts: Buffer[] = [];
  const inputs = names(records).map((name) => {
    const values = records.map((r) => r[name]);
    const datatype = datatypeOf(values);
    let bytes: Buffer;
    if (datatype === 'FP64') bytes = Buffer.from(Float64Array.from(values as number[]).buffer);
    else if (datatype === 'BOOL') bytes = Buffer.from(values.map((v) => (v ? 1 : 0)));
    else
      bytes = Buffer.concat(
        values.map((v) => {
          const b = Buffer.from(String(v), 'utf8');
          const len = Buffer.alloc(4);
          len.writeUInt32LE(b.length);
          return Buffer.concat([len, b]);
        }),
      );
    parts.push(bytes);
    return { name, shape: [records.length], datatype, parameters: { binary_data_size: bytes.length } };
  });
  const json = Buffer.from(JSON.stringify({ inputs }));
  return { body: new Uint8Array(Buffer.concat([json, ...parts])), jsonLength: json.length };
}

/** The body of `records` in `format` (v2 JSON sends its first input as [N, 1] nested data). */
function bodyOf(records: Record<string, unknown>[], format: LoggedFormat) {
  const n = records.length;
  switch (format) {
    case 'v1-instances':
      return { body: JSON.stringify({ instances: records }), jsonLength: null };
    case 'v1-inputs':
      return {
        body: JSON.stringify({
          inputs: Object.fromEntries(names(records).map((k) => [k, records.map((r) => r[k] ?? null)])),
        }),
        jsonLength: null,
      };
    case 'v2-json':
      return {
        body: JSON.stringify({
          inputs: names(records).map((name, j) => {
            const data = records.map((r) => r[name] ?? null);
            return j === 0
              ? { name, shape: [n, 1], datatype: datatypeOf(data), data: data.map((v) => [v]) }
              : { name, shape: [n], datatype: datatypeOf(data), data };
          }),
        }),
        jsonLength: null,
      };
    case 'v2-binary':
      return v2Binary(records);
  }
}

/** The LoggedRequest the server would have recorded for this request. */
export function loggedRequest(spec: RequestSpec): LoggedRequest {
  return {
    modelName: spec.model ?? 'm',
    version: spec.version ?? 1,
    idPrefix: spec.prefix ?? PREFIX,
    firstSeq: spec.first,
    rows: spec.records.length,
    format: spec.format,
    ...bodyOf(spec.records, spec.format),
    labels: spec.classes ? JSON.stringify(spec.classes) : null,
    outputs: Float32Array.from(spec.outputs),
    latencyMs: spec.latencyMs ?? 1,
    at: spec.at,
  };
}

/** Write requests as the log writer does. */
export function writeRequests(log: LogDb, specs: RequestSpec[]): LoggedRequest[] {
  const requests = specs.map(loggedRequest);
  log.sink.writeLog(requests);
  return requests;
}
