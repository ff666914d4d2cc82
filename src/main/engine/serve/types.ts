/**
 * The seams inside the inference server (all of it runs in one worker thread):
 *
 *   http/ (Fastify app: routes, validation, auth, limits, /metrics, /openapi.json)
 *     └─ ModelResolver → ServedModel.predict(records)  (runtime/: artifacts, batching, hot swap)
 *     └─ RequestLog.record(...)                          (runtime/: one entry per request, batched SQLite writes)
 *     └─ FeedbackSink.record(...)
 *
 * The HTTP layer never touches tfjs or SQLite; the runtime never touches HTTP.
 */
import type { TaskType } from '../../../shared/data.js';
import type { Stage } from '../../../shared/serve.js';
import type { InputSchema } from '../../../shared/train.js';

/** One row's output: the predicted class (classification) or value (regression), and probabilities. */
export interface RowOutput {
  prediction: string | number;
  /** Class probabilities by class index (same order as ServedModel.labels); absent for regression. */
  probabilities?: Float32Array | number[];
}

/** A loaded, warmed model version. */
export interface ServedModel {
  readonly name: string;
  readonly version: number;
  readonly stage: Stage;
  readonly task: TaskType;
  readonly target: string;
  /** The raw features it takes, one per input (Open Inference Protocol datatypes included). */
  readonly inputs: InputSchema;
  /** Class names by output index (classification); null for regression. */
  readonly labels: string[] | null;
  /**
   * Predict raw records (feature → JSON value; null/undefined = missing). Goes through the
   * model's own feature pipeline and the dynamic batcher. Rejects with AppError('invalid_input')
   * naming the row and field when a value cannot be read, AppError('unavailable') when the
   * batch queue is full (→ 503 + Retry-After).
   */
  predict(records: readonly Record<string, unknown>[]): Promise<RowOutput[]>;
}

export interface ModelResolver {
  /**
   * The version to serve: `version` given → that version, whatever its stage (loaded on first
   * use, then kept); else the production version. Throws AppError('not_found') with a
   * message saying what exists (e.g. "model adult has no production version; promote one or
   * call /versions/N").
   */
  resolve(name: string, version?: number): Promise<ServedModel>;
  /** Whether the version is loaded and warmed (for the `ready` endpoints); false if unknown. */
  isReady(name: string, version?: number): boolean;
  /** Models and versions known to the registry (for `GET /v2` listings and metadata). */
  list(): { name: string; versions: { version: number; stage: Stage }[] }[];
}

/** How a logged request body is read back: the endpoint and body layout it came in. */
export type LoggedFormat = 'v1-instances' | 'v1-inputs' | 'v2-json' | 'v2-binary';

/**
 * One predict request as the request log keeps it (one entry per request, not per row): the body
 * exactly as received, the outputs as one typed array, and the block of prediction ids it was
 * given (`${idPrefix}-${(firstSeq + i).toString(36)}` for row i). runtime/expand-logged.ts turns
 * it back into rows for the readers.
 */
export interface LoggedRequest {
  modelName: string;
  version: number;
  idPrefix: string;
  firstSeq: number;
  rows: number;
  format: LoggedFormat;
  /** The body as received: text (JSON) or bytes (binary tensor requests). */
  body: string | Uint8Array;
  /** Binary tensor requests: bytes of the JSON part at the start of `body`; else null. */
  jsonLength: number | null;
  /** Class names (classification; JSON text, the outputs are rows × classes) or null (regression). */
  labels: string | null;
  /** rows × classes probabilities (classification) or rows values (regression). */
  outputs: Float32Array;
  latencyMs: number;
  /** epoch ms */
  at: number;
}

/**
 * The request log: record() only buffers (never blocks the response; O(1) per request); requests
 * reach SQLite in batches. Counts (stats) are in rows (predictions), not requests.
 */
export interface RequestLog {
  record(request: LoggedRequest): void;
  /** Whether a prediction id is known (buffered or stored), for feedback validation. */
  has(predictionId: string): boolean;
  stats(): { buffered: number; logged: number; dropped: number };
}

export interface FeedbackSink {
  /** Ground truth for earlier predictions; buffered like the request log. */
  record(rows: { predictionId: string; label: string | number; at: number }[]): void;
}

/** What the HTTP layer reports per finished request (for the per-second stats the UI draws). */
export interface RequestObservation {
  /** null for requests that named no (known) model, e.g. 404s and /metrics. */
  model: string | null;
  version: number | null;
  status: number;
  latencyMs: number;
  /** Rows predicted (0 for non-predict requests and failures). */
  rows: number;
}

/**
 * Everything buildInferenceApp(deps) in http/app.ts needs. The runtime (runtime/, worker/) builds
 * these and owns their lifetimes; the HTTP layer only calls them.
 */
export interface InferenceAppDeps {
  models: ModelResolver;
  log: RequestLog;
  feedback: FeedbackSink;
  /** Prometheus metrics (created by createServeMetrics() in http/metrics.ts); the batcher also feeds them. */
  metrics: import('./http/metrics.js').ServeMetrics;
  options: import('../../../shared/serve.js').ServeOptions;
  /** Called once per finished request (after the response is sent). */
  observe?: (o: RequestObservation) => void;
  /** App version, for `GET /v2` and the OpenAPI document. */
  appVersion: string;
}
