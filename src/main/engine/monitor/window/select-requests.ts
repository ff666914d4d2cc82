/**
 * The logged requests of a window, newest first, through the (model_name, at) index: the reader
 * stops as soon as its windows are full, so a count window reads only the requests it needs. Time
 * order is `at`, then the log's id (arrival order) on ties. Rows come back as arrays and become
 * LoggedRequests (the shape serve/runtime/expand-logged.ts reads) without copying their outputs:
 * per-request overhead is most of the cost when clients send one row per request.
 */
import type { Db } from '../../db/connection.js';
import type { LoggedFormat, LoggedRequest } from '../../serve/types.js';

/** Which requests: a model, optionally one version, optionally a time range [from, to). */
export interface RequestFilter {
  model: string;
  version?: number;
  from?: number;
  to?: number;
}

type RawRequest = [
  version: number,
  idPrefix: string,
  firstSeq: number,
  rows: number,
  format: string,
  labels: string | null,
  outputs: Buffer,
  latencyMs: number,
  at: number,
  body: string | Buffer,
  jsonLength: number | null,
  id: number,
];

const FORMATS: readonly string[] = ['v1-instances', 'v1-inputs', 'v2-json', 'v2-binary'];

/** A float32 BLOB as a Float32Array: a view when aligned, else a copy. */
function floats(b: Buffer): Float32Array {
  const n = b.byteLength >> 2;
  if (b.byteOffset % 4 === 0) return new Float32Array(b.buffer, b.byteOffset, n);
  const out = new Float32Array(n);
  new Uint8Array(out.buffer).set(b.subarray(0, n * 4));
  return out;
}

/** Requests read per query: pages of arrays are cheaper than a row-by-row cursor. */
const PAGE = 1024;

function toLogged(model: string, r: RawRequest): LoggedRequest {
  return {
    modelName: model,
    version: r[0],
    idPrefix: r[1],
    firstSeq: r[2],
    rows: r[3],
    format: (FORMATS.includes(r[4]) ? r[4] : 'v1-instances') as LoggedFormat,
    outputs: floats(r[6]),
    labels: r[5],
    latencyMs: r[7],
    at: r[8],
    body: r[9],
    jsonLength: r[10],
  };
}

/**
 * The requests matching `f`, newest first, as logged, read in pages (never more requests than
 * `wantRows` rows could need: every request has a row). `withBody: false` leaves the bodies out
 * (less to read when no feature is wanted); their `body` is then ''.
 */
export function* requestsNewestFirst(
  db: Db,
  f: RequestFilter,
  withBody: boolean,
  wantRows = Number.POSITIVE_INFINITY,
): Generator<LoggedRequest> {
  const where = ['model_name = ?'];
  const params: (string | number)[] = [f.model];
  if (f.version !== undefined) {
    where.push('version = ?');
    params.push(f.version);
  }
  if (f.from !== undefined) {
    where.push('at >= ?');
    params.push(f.from);
  }
  if (f.to !== undefined) {
    where.push('at < ?');
    params.push(f.to);
  }
  const columns = `version, id_prefix, first_seq, rows, format, labels, outputs, latency_ms, at, ${withBody ? 'body, json_length' : "'', NULL"}, id`;
  const head = `SELECT ${columns} FROM prediction_requests WHERE ${where.join(' AND ')}`;
  const first = db.prepare(`${head} ORDER BY at DESC, id DESC LIMIT ?`).raw();
  // Keyset paging: the requests before the last one read, in (at, id) order.
  const next = db
    .prepare(`${head} AND at <= ? AND (at < ? OR id < ?) ORDER BY at DESC, id DESC LIMIT ?`)
    .raw();
  let yielded = 0;
  const limit = () => Math.max(1, Math.min(PAGE, wantRows - yielded));
  let asked = limit();
  let page = first.all(...params, asked) as RawRequest[];
  for (;;) {
    for (const r of page) {
      yielded += r[3];
      yield toLogged(f.model, r);
    }
    if (page.length < asked) return;
    const last = page[page.length - 1] as RawRequest;
    asked = limit();
    page = next.all(...params, last[8], last[8], last[11], asked) as RawRequest[];
  }
}
