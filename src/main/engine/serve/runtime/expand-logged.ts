/**
 * Logged requests back into rows, for the readers of the request log (serve.requests, tests,
 * monitoring): each entry holds the body as received, its format, the outputs as one float32
 * array and its id block; this gives one { predictionId, features, output, latencyMs, at } per
 * row. Lenient: the body was validated when it was served, so anything unreadable here (which
 * should not happen) gives empty features rather than an error.
 */
import { parsePredictionId, predictionId } from '../http/prediction-ids.js';
import { parseBinaryInfer } from '../http/v2-binary.js';
import { flatten } from '../http/v2-tensors.js';
import type { LoggedFormat, LoggedRequest } from '../types.js';

export interface ExpandedRow {
  predictionId: string;
  /** Feature → raw JSON value, as sent (v2: null values are left out, as when served). */
  features: Record<string, unknown>;
  output: { prediction: string | number; probabilities?: number[] };
  latencyMs: number;
  /** epoch ms */
  at: number;
}

/** A prediction_requests row as SQLite returns it. */
export interface StoredRequestRow {
  id: number;
  model_name: string;
  version: number;
  id_prefix: string;
  first_seq: number;
  rows: number;
  format: string;
  body: string | Buffer;
  json_length: number | null;
  labels: string | null;
  outputs: Buffer;
  latency_ms: number;
  at: number;
}

const FORMATS: readonly string[] = ['v1-instances', 'v1-inputs', 'v2-json', 'v2-binary'];

/** A stored row as the LoggedRequest it was written from. */
export function fromStored(row: StoredRequestRow): LoggedRequest {
  // Copy: a Buffer from SQLite need not be 4-byte aligned for a Float32Array view.
  const outputs = new Float32Array(Math.floor(row.outputs.byteLength / 4));
  new Uint8Array(outputs.buffer).set(row.outputs.subarray(0, outputs.byteLength));
  return {
    modelName: row.model_name,
    version: row.version,
    idPrefix: row.id_prefix,
    firstSeq: row.first_seq,
    rows: row.rows,
    format: (FORMATS.includes(row.format) ? row.format : 'v1-instances') as LoggedFormat,
    body: row.body,
    jsonLength: row.json_length,
    labels: row.labels,
    outputs,
    latencyMs: row.latency_ms,
    at: row.at,
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** The request body as the parsed JSON object the server saw (binary inputs decoded). */
function parsedBody(r: LoggedRequest): unknown {
  const { body, jsonLength } = r;
  if (typeof body === 'string') return parseJson(body);
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (jsonLength === null) return parseJson(bytes.toString('utf8'));
  if (r.format === 'v2-binary') {
    try {
      return parseBinaryInfer(bytes, String(jsonLength));
    } catch {
      // fall through to the JSON part alone
    }
  }
  return parseJson(bytes.toString('utf8', 0, Math.min(jsonLength, bytes.length)));
}

/** Per-row features of a request body, by format. */
export function loggedFeatures(r: LoggedRequest): Record<string, unknown>[] {
  const n = r.rows;
  const out = new Array<Record<string, unknown>>(n);
  for (let i = 0; i < n; i++) out[i] = {};
  const body = parsedBody(r);
  if (!isRecord(body)) return out;
  if (r.format === 'v1-instances') {
    const rows = Array.isArray(body.instances) ? body.instances : [];
    for (let i = 0; i < n; i++) {
      const row: unknown = rows[i];
      if (isRecord(row)) out[i] = row;
    }
    return out;
  }
  if (r.format === 'v1-inputs') {
    const cols = isRecord(body.inputs) ? body.inputs : {};
    for (const [name, values] of Object.entries(cols)) {
      if (!Array.isArray(values)) continue;
      for (let i = 0; i < n; i++) (out[i] as Record<string, unknown>)[name] = values[i];
    }
    return out;
  }
  const tensors = Array.isArray(body.inputs) ? body.inputs : [];
  for (const t of tensors) {
    if (!isRecord(t) || typeof t.name !== 'string' || !Array.isArray(t.data)) continue;
    let values: unknown[];
    try {
      values = flatten(t.data, t.name);
    } catch {
      continue;
    }
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (v !== null && v !== undefined) (out[i] as Record<string, unknown>)[t.name] = v;
    }
  }
  return out;
}

function parseLabels(text: string | null): string[] | null {
  if (text === null) return null;
  const v = parseJson(text);
  return Array.isArray(v) ? v.map(String) : null;
}

/** Row i's output: the class with the highest probability (first on ties, as served) or the value. */
function rowOutput(outputs: Float32Array, labels: string[] | null, rows: number, i: number) {
  if (labels === null) return { prediction: outputs[i] ?? Number.NaN };
  const width = labels.length > 0 ? labels.length : Math.max(1, Math.floor(outputs.length / rows));
  const probabilities = Array.from(outputs.subarray(i * width, (i + 1) * width));
  let best = 0;
  for (let k = 1; k < probabilities.length; k++)
    if ((probabilities[k] as number) > (probabilities[best] as number)) best = k;
  return { prediction: labels[best] ?? String(best), probabilities };
}

/** Every row of a logged request, in the order they were sent. */
export function expandRequest(r: LoggedRequest): ExpandedRow[] {
  const features = loggedFeatures(r);
  const labels = parseLabels(r.labels);
  const rows = new Array<ExpandedRow>(r.rows);
  for (let i = 0; i < r.rows; i++)
    rows[i] = {
      predictionId: predictionId(r.idPrefix, r.firstSeq + i),
      features: features[i] as Record<string, unknown>,
      output: rowOutput(r.outputs, labels, r.rows, i),
      latencyMs: r.latencyMs,
      at: r.at,
    };
  return rows;
}

/** The row of a logged request with this prediction id, or null when the id is not in its block. */
export function expandOne(r: LoggedRequest, id: string): ExpandedRow | null {
  const p = parsePredictionId(id);
  if (!p || p.prefix !== r.idPrefix || p.seq < r.firstSeq || p.seq >= r.firstSeq + r.rows) return null;
  return expandRequest(r)[p.seq - r.firstSeq] ?? null;
}
