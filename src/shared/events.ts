import { z } from 'zod';
import { AlertKind } from './alerts.js';
import { BackendReport } from './backend.js';
import { JobRecord } from './jobs.js';
import { ServeStatsPoint, ServeStatus } from './serve.js';

export const LogLevel = z.enum(['debug', 'info', 'warn', 'error']);
export type LogLevel = z.infer<typeof LogLevel>;

/** Every event the engine emits to connected shells. */
export const EngineEvent = z.discriminatedUnion('type', [
  /** A job was created or changed state. */
  z.object({ type: z.literal('job.updated'), job: JobRecord }),
  /** A running job reported progress (throttled to a few per second per job). */
  z.object({
    type: z.literal('job.progress'),
    jobId: z.string(),
    fraction: z.number(),
    message: z.string(),
    etaSeconds: z.number().nullable(),
    at: z.string(),
  }),
  /** A running job reported numbers for a step (e.g. loss per epoch, GFLOP/s per second). */
  z.object({
    type: z.literal('job.metric'),
    jobId: z.string(),
    step: z.number(),
    values: z.record(z.string(), z.number()),
    at: z.string(),
  }),
  /** A line for the log (from the engine or a job). */
  z.object({
    type: z.literal('log'),
    level: LogLevel,
    message: z.string(),
    jobId: z.string().nullable(),
    at: z.string(),
  }),
  /** Something a person should see: a failed job, a drift alert. */
  z.object({
    type: z.literal('alert'),
    id: z.string(),
    severity: z.enum(['info', 'warning', 'critical']),
    title: z.string(),
    message: z.string(),
    at: z.string(),
    /** Monitoring alerts (stored, listed by alerts.list): the model concerned. */
    modelName: z.string().optional(),
    /** Monitoring alerts: what it is about; absent for other alerts (e.g. a failed job). */
    kind: AlertKind.optional(),
  }),
  /** A model's versions or stages changed (trained, promoted, rolled back). */
  z.object({ type: z.literal('models.changed'), name: z.string() }),
  /** An evaluation finished (its report is stored with the version). */
  z.object({
    type: z.literal('evaluations.changed'),
    modelName: z.string(),
    version: z.number().int(),
    id: z.string(),
  }),
  /** A model's improvement loop moved: a cycle, a timeline entry, a policy or the production labeling queue. */
  z.object({ type: z.literal('improve.changed'), modelName: z.string() }),
  /** The inference server started, stopped, failed or changed what it serves. */
  z.object({ type: z.literal('serve.status'), status: ServeStatus }),
  /** One second of inference traffic (sent every second while the server runs). */
  z.object({ type: z.literal('serve.stats'), point: ServeStatsPoint }),
  /** The ML backend was (re)selected. */
  z.object({ type: z.literal('backend.changed'), backend: BackendReport }),
]);
export type EngineEvent = z.infer<typeof EngineEvent>;
export type EngineEventType = EngineEvent['type'];
