/** The evaluation step's commands: evaluation runs (a job), their reports and model cards, and gate policies. */
import { z } from 'zod';
import { EvaluationReport, EvaluationSummary, GatePolicy } from './evaluate.js';
import { JobRecord } from './jobs.js';

const ModelName = z.string().min(1, 'give the model name');
const Version = z.number().int().min(1, 'give the version number (1, 2, ...)');

/** A load test of the inference server: a fixed request rate for a number of seconds. */
export const LoadTestInput = z
  .object({
    /** Requests per second (single-row requests with real test rows). */
    rate: z.number().int().min(1).max(50_000),
    seconds: z.number().min(1).max(600),
    connections: z.number().int().min(1).max(256).default(8),
    /** The load-test server's port on 127.0.0.1 (0: any free port). */
    port: z.number().int().min(0).max(65_535).default(0),
  })
  .strict();
export type LoadTestInput = z.infer<typeof LoadTestInput>;

export const EvaluateInput = z
  .object({
    modelName: ModelName,
    version: Version,
    /** Evaluate on every labeled row of this dataset version instead of the version's held-out test split. */
    datasetVersionId: z.string().min(1).optional(),
    /** Run the robustness suite (noise, missing values, unseen categories, shift). */
    robustness: z.boolean().default(true),
    /** Run a load test in the real inference server (omit to skip). */
    load: LoadTestInput.optional(),
    /** Binary models: the decision threshold of the reported metrics. */
    threshold: z.number().min(0).max(1).optional(),
  })
  .strict();
export type EvaluateInput = z.infer<typeof EvaluateInput>;

export const GateInfo = z.object({
  modelName: z.string(),
  policy: GatePolicy,
  source: z.enum(['model', 'default']),
  updatedAt: z.string().nullable(),
  knownMetrics: z.array(z.string()),
});
export type GateInfo = z.infer<typeof GateInfo>;

export const evaluateContract = {
  'evaluate.start': {
    summary:
      'Evaluate a model version (a job): metrics and slices on its test split, optionally robustness and a load test, then the gate.',
    input: EvaluateInput,
    output: z.object({ job: JobRecord }),
  },
  'evaluate.list': {
    summary: "A model's evaluations, newest first (optionally of one version).",
    input: z.object({ modelName: ModelName, version: Version.optional() }).strict(),
    output: z.array(EvaluationSummary),
  },
  'evaluate.get': {
    summary: 'One evaluation report.',
    input: z.object({ id: z.string().min(1, 'give the evaluation id') }).strict(),
    output: EvaluationReport,
  },
  'evaluate.latest': {
    summary: "A version's latest evaluation report, or null when it has none.",
    input: z.object({ modelName: ModelName, version: Version }).strict(),
    output: EvaluationReport.nullable(),
  },
  'evaluate.modelCard': {
    summary: 'An evaluation as one self-contained HTML model card (opens offline).',
    input: z.object({ id: z.string().min(1, 'give the evaluation id') }).strict(),
    output: z.object({ fileName: z.string(), html: z.string() }),
  },
  'gate.get': {
    summary: "A model's gate policy (its own, or the default) and the metric names checks may use.",
    input: z.object({ modelName: ModelName }).strict(),
    output: GateInfo,
  },
  'gate.set': {
    summary: "Set a model's gate policy (JSON checks); unknown metrics are refused with the known ones.",
    input: z.object({ modelName: ModelName, policy: GatePolicy }).strict(),
    output: GateInfo,
  },
} as const;
