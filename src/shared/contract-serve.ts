/** The deployment step's commands: the model registry and the inference server. */
import { z } from 'zod';
import {
  Lineage,
  ModelDetail,
  PredictInput,
  Prediction,
  PromoteInput,
  RequestLogRecord,
  RollbackInput,
  RollbackResult,
  ServeOptionsPatch,
  ServeStats,
  ServeStatus,
} from './serve.js';
import { ModelVersionRecord } from './train.js';

const ModelName = z.string().min(1, 'give the model name');

export const serveContract = {
  'models.get': {
    summary: 'One model: its versions, stages and stage history.',
    input: z.object({ name: ModelName }).strict(),
    output: ModelDetail,
  },
  'models.promote': {
    summary:
      'Move a version to a stage (default production; the previous production version becomes archived), with a reason.',
    input: PromoteInput,
    output: ModelVersionRecord,
  },
  'models.rollback': {
    summary: 'Put the previous production version back in production; the current one becomes archived.',
    input: RollbackInput,
    output: RollbackResult,
  },
  'models.lineage': {
    summary: 'Where a version came from (dataset version, run) and its evaluations and deployments.',
    input: z.object({ name: ModelName, version: z.number().int().min(1) }).strict(),
    output: Lineage,
  },
  'serve.status': {
    summary: 'Whether the inference server runs, its URL and token, and the versions it serves.',
    input: z.object({}).strict(),
    output: ServeStatus,
  },
  'serve.start': {
    summary: 'Start the inference server (options default to the serve.* settings).',
    input: z.object({ options: ServeOptionsPatch.default({}) }).strict(),
    output: ServeStatus,
  },
  'serve.stop': {
    summary: 'Stop the inference server (in-flight requests finish first).',
    input: z.object({}).strict(),
    output: ServeStatus,
  },
  'serve.stats': {
    summary: 'Request rate, latency percentiles and errors per second over the last minutes.',
    input: z.object({}).strict(),
    output: ServeStats,
  },
  'serve.predict': {
    summary: 'Predict raw rows with a model version (the same path as the HTTP port, without HTTP).',
    input: PredictInput,
    output: z.object({ predictions: z.array(Prediction) }),
  },
  'serve.requests': {
    summary: 'The latest logged predictions of a model (the request log), newest first.',
    input: z
      .object({
        name: ModelName,
        limit: z.number().int().min(1).max(1000).default(50),
      })
      .strict(),
    output: z.array(RequestLogRecord),
  },
} as const;
