/**
 * Deployment: the model registry (stages, promotions, lineage) and the local inference server
 * (status, live stats, predictions).
 */
import { z } from 'zod';
import { TaskType } from './data.js';
import { DEFAULT_SETTINGS } from './settings.js';
import { InputSchema, Metrics, ModelVersionRecord } from './train.js';

export const Stage = z.enum(['candidate', 'staging', 'production', 'archived']);
export type Stage = z.infer<typeof Stage>;

/** One change of a version's stage: who, when and why (promotions, rollbacks, archiving). */
export const StageEvent = z.object({
  id: z.string(),
  modelName: z.string(),
  version: z.number().int(),
  fromStage: Stage,
  toStage: Stage,
  /** `promote`, `rollback`, or `demote` (the production version moved aside by a promotion). */
  action: z.enum(['promote', 'rollback', 'demote']),
  reason: z.string(),
  actor: z.string(),
  at: z.string(),
});
export type StageEvent = z.infer<typeof StageEvent>;

/** Where a model version came from and where it went: dataset version → run → evaluations → deployments. */
export const Lineage = z.object({
  modelName: z.string(),
  version: z.number().int(),
  dataset: z.object({
    datasetId: z.string(),
    /** null when the dataset was deleted after training. */
    name: z.string().nullable(),
    versionId: z.string(),
    versionNumber: z.number().int().nullable(),
    contentHash: z.string(),
  }),
  run: z.object({
    id: z.string(),
    kind: z.enum(['train', 'trial']),
    tuningId: z.string().nullable(),
    template: z.string(),
    backend: z.string(),
    metrics: Metrics.nullable(),
    testMetrics: Metrics.nullable(),
    finishedAt: z.string().nullable(),
  }),
  /** The raw features the version takes (its input-schema.json); null if the file is gone. */
  inputs: InputSchema.nullable(),
  /** Evaluation reports of this version, oldest first. */
  evaluations: z.array(
    z.object({ id: z.string(), passed: z.boolean().nullable(), createdAt: z.string(), summary: z.string() }),
  ),
  /** Its stage changes, oldest first. */
  deployments: z.array(StageEvent),
});
export type Lineage = z.infer<typeof Lineage>;

export const ModelSummary = z.object({
  name: z.string(),
  task: TaskType,
  versions: z.array(ModelVersionRecord),
  /** The version serving unversioned requests, if any. */
  production: z.number().int().nullable(),
});
export type ModelSummary = z.infer<typeof ModelSummary>;

export const ModelDetail = ModelSummary.extend({
  /** Every stage change of this model, newest first. */
  events: z.array(StageEvent),
});
export type ModelDetail = z.infer<typeof ModelDetail>;

export const PromoteInput = z
  .object({
    name: z.string().min(1, 'give the model name'),
    version: z.number().int().min(1, 'give the version number (1, 2, ...)'),
    stage: Stage.default('production'),
    reason: z.string().trim().min(1, 'give a reason for the change (it is kept in the model history)'),
    actor: z.string().trim().min(1).max(200).optional(),
    /**
     * Promote to production although the evaluation gate objects (no passing evaluation): a
     * person's decision, recorded with the reason, which must then say why (10+ characters).
     */
    overrideGate: z.boolean().default(false),
  })
  .strict()
  .refine((p) => !p.overrideGate || p.reason.length >= 10, {
    message: 'overriding the gate needs a written reason of at least 10 characters saying why',
    path: ['reason'],
  });
export type PromoteInput = z.infer<typeof PromoteInput>;

export const RollbackInput = z
  .object({
    name: z.string().min(1, 'give the model name'),
    reason: z.string().trim().min(1).default('rollback'),
    actor: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
export type RollbackInput = z.infer<typeof RollbackInput>;

export const RollbackResult = z.object({
  modelName: z.string(),
  /** The version taken out of production (now `archived`). */
  from: z.number().int(),
  /** The version serving again. */
  to: z.number().int(),
});
export type RollbackResult = z.infer<typeof RollbackResult>;

/** Each server option's schema, without defaults (a patch must not fill in what it leaves out). */
const serveOptionFields = {
  host: z.string().min(1),
  port: z.number().int().min(0).max(65_535),
  /** Bearer token every request except the health checks must carry; null = no auth. */
  token: z.string().min(8, 'a token needs at least 8 characters').nullable(),
  /** Allowed CORS origins; empty = CORS off. */
  corsOrigins: z.array(z.string().min(1)),
  /** Largest request body. */
  bodyLimitBytes: z
    .number()
    .int()
    .min(1024)
    .max(256 * 1024 * 1024),
  /** Most rows in one request. */
  maxRowsPerRequest: z.number().int().min(1).max(1_000_000),
  /** Dynamic batching: most rows in one predict call. */
  maxBatchRows: z.number().int().min(1).max(100_000),
  /** Dynamic batching: longest a request waits for others to join its batch, in microseconds. */
  maxWaitMicros: z.number().int().min(0).max(1_000_000),
  /** Rows waiting for a predict call; more → 503 with Retry-After. */
  queueLimitRows: z.number().int().min(1).max(10_000_000),
  /** Request-log buffer (rows); beyond it rows are dropped and counted. */
  logBufferRows: z.number().int().min(100).max(10_000_000),
  /** Request timeout (slow clients are cut off), in milliseconds. */
  requestTimeoutMs: z.number().int().min(100).max(600_000),
};

/**
 * How the inference server is configured. The options that are also workspace settings take their
 * defaults from DEFAULT_SETTINGS (one place); the manager fills them from the workspace's settings.
 */
export const ServeOptions = z
  .object({
    host: serveOptionFields.host.default(DEFAULT_SETTINGS['serve.host']),
    port: serveOptionFields.port.default(DEFAULT_SETTINGS['serve.port']),
    token: serveOptionFields.token.default(DEFAULT_SETTINGS['serve.token']),
    corsOrigins: serveOptionFields.corsOrigins.default(DEFAULT_SETTINGS['serve.corsOrigins']),
    bodyLimitBytes: serveOptionFields.bodyLimitBytes.default(16 * 1024 * 1024),
    maxRowsPerRequest: serveOptionFields.maxRowsPerRequest.default(10_000),
    maxBatchRows: serveOptionFields.maxBatchRows.default(DEFAULT_SETTINGS['serve.maxBatchRows']),
    maxWaitMicros: serveOptionFields.maxWaitMicros.default(DEFAULT_SETTINGS['serve.maxWaitMicros']),
    queueLimitRows: serveOptionFields.queueLimitRows.default(20_000),
    logBufferRows: serveOptionFields.logBufferRows.default(100_000),
    requestTimeoutMs: serveOptionFields.requestTimeoutMs.default(10_000),
  })
  .strict();
export type ServeOptions = z.infer<typeof ServeOptions>;

/** Some server options, overriding the settings; what it leaves out stays as the settings say. */
export const ServeOptionsPatch = z.object(serveOptionFields).partial().strict();
export type ServeOptionsPatch = z.infer<typeof ServeOptionsPatch>;

export const ServedVersion = z.object({
  name: z.string(),
  version: z.number().int(),
  stage: Stage,
  /** true once loaded and warmed. */
  ready: z.boolean(),
});
export type ServedVersion = z.infer<typeof ServedVersion>;

export const ServeStatus = z.object({
  running: z.boolean(),
  /** e.g. http://127.0.0.1:5280 (null when stopped). */
  url: z.string().nullable(),
  host: z.string().nullable(),
  port: z.number().int().nullable(),
  /** The bearer token clients must send (shown in the Deploy step); null = no auth. */
  token: z.string().nullable(),
  startedAt: z.string().nullable(),
  models: z.array(ServedVersion),
  /** Set when listening on all interfaces, or when the server failed. */
  warning: z.string().nullable(),
  error: z.string().nullable(),
});
export type ServeStatus = z.infer<typeof ServeStatus>;

/** One second of traffic, for the Deploy step's charts. */
export const ServeStatsPoint = z.object({
  at: z.string(),
  requests: z.number().int(),
  errors: z.number().int(),
  rows: z.number().int(),
  p50Ms: z.number().nullable(),
  p95Ms: z.number().nullable(),
  p99Ms: z.number().nullable(),
  queueRows: z.number().int(),
});
export type ServeStatsPoint = z.infer<typeof ServeStatsPoint>;

export const ServeStats = z.object({
  /** The last minutes, one point per second, oldest first. */
  points: z.array(ServeStatsPoint),
  totals: z.object({
    requests: z.number().int(),
    errors: z.number().int(),
    rows: z.number().int(),
    /** Request-log rows written, and dropped because the buffer was full. */
    logged: z.number().int(),
    logDropped: z.number().int(),
  }),
});
export type ServeStats = z.infer<typeof ServeStats>;

/** One row's prediction as the TF-Serving-style endpoint returns it. */
export const Prediction = z.object({
  prediction_id: z.string(),
  model_name: z.string(),
  model_version: z.number().int(),
  /** Predicted class (classification) or value (regression). */
  prediction: z.union([z.string(), z.number()]),
  /** Class → probability (classification only). */
  probabilities: z.record(z.string(), z.number()).optional(),
});
export type Prediction = z.infer<typeof Prediction>;

export const PredictInput = z
  .object({
    name: z.string().min(1, 'give the model name'),
    /** A version number; default: the production version. */
    version: z.number().int().min(1).optional(),
    instances: z.array(z.record(z.string(), z.unknown())).min(1, 'give at least one instance'),
  })
  .strict();
export type PredictInput = z.infer<typeof PredictInput>;

/** A logged prediction (the request log), newest first in listings. */
export const RequestLogRecord = z.object({
  predictionId: z.string(),
  modelName: z.string(),
  version: z.number().int(),
  features: z.record(z.string(), z.unknown()),
  output: z.unknown(),
  latencyMs: z.number(),
  at: z.string(),
  /** Ground truth sent later through the feedback endpoint. */
  label: z.union([z.string(), z.number()]).nullable(),
});
export type RequestLogRecord = z.infer<typeof RequestLogRecord>;
