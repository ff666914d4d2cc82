/**
 * Training and tuning: model templates and their parameters, runs with their per-epoch curves,
 * tuning (search spaces, strategies, trials) and model versions.
 */
import { z } from 'zod';
import { PipelineOptions, TaskType } from './data.js';

export const TEMPLATE_IDS = ['mlp', 'text'] as const;
export const TemplateId = z.enum(TEMPLATE_IDS);
export type TemplateId = z.infer<typeof TemplateId>;

export const Activation = z.enum(['relu', 'elu', 'selu', 'tanh', 'sigmoid', 'swish']);

/** Tabular MLP: dense layers over the pipeline's dense vector, optional embeddings for wide categoricals. */
export const MlpParams = z
  .object({
    hiddenLayers: z.number().int().min(1, 'at least one hidden layer').max(8),
    units: z.number().int().min(1, 'units must be at least 1').max(4096),
    activation: Activation,
    dropout: z.number().min(0).max(0.9),
    batchNorm: z.boolean(),
    l2: z.number().min(0).max(1),
    /** Embed categoricals with at least this many categories (index-encoded) instead of one-hot; 0 = never. */
    embeddingMinCategories: z.number().int().min(0).max(100_000),
    /** Embedding width; 0 = min(50, ceil(categories^0.5 * 1.6)). */
    embeddingDim: z.number().int().min(0).max(512),
  })
  .strict();
export type MlpParams = z.infer<typeof MlpParams>;

/** Text classifier: token embedding, then average pooling or a 1-D convolution, joined with the tabular features. */
export const TextParams = z
  .object({
    embeddingDim: z.number().int().min(2).max(512),
    encoder: z.enum(['pool', 'conv']),
    filters: z.number().int().min(1).max(1024),
    kernelSize: z.number().int().min(1).max(15),
    denseUnits: z.number().int().min(1).max(4096),
    dropout: z.number().min(0).max(0.9),
    l2: z.number().min(0).max(1),
  })
  .strict();
export type TextParams = z.infer<typeof TextParams>;

export const LrSchedule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('constant') }).strict(),
  /** lr × factor every `every` epochs. */
  z
    .object({ kind: z.literal('step'), every: z.number().int().min(1), factor: z.number().gt(0).max(1) })
    .strict(),
  /** Cosine decay from lr to minLr over the run's epochs. */
  z.object({ kind: z.literal('cosine'), minLr: z.number().min(0) }).strict(),
  /** lr × gamma^epoch. */
  z.object({ kind: z.literal('exponential'), gamma: z.number().gt(0).max(1) }).strict(),
]);
export type LrSchedule = z.infer<typeof LrSchedule>;

export const TrainParams = z
  .object({
    template: TemplateId,
    epochs: z.number().int().min(1, 'epochs must be at least 1').max(1000),
    batchSize: z.number().int().min(1, 'batch size must be at least 1').max(65_536),
    learningRate: z.number().gt(0, 'the learning rate must be positive').max(10),
    optimizer: z.enum(['adam', 'sgd', 'momentum', 'rmsprop', 'adagrad']),
    schedule: LrSchedule,
    earlyStopping: z
      .object({
        enabled: z.boolean(),
        /** `val_loss`, or the task's main validation metric (accuracy, rmse). */
        monitor: z.enum(['val_loss', 'val_metric']),
        patience: z.number().int().min(1).max(100),
        minDelta: z.number().min(0),
      })
      .strict(),
    /** `balanced` weighs classes by n / (k × count); `auto` does so when the smallest class is under 20 %. */
    classWeights: z.enum(['none', 'balanced', 'auto']),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1),
    mlp: MlpParams,
    text: TextParams,
    pipeline: PipelineOptions,
  })
  .strict();
export type TrainParams = z.infer<typeof TrainParams>;

/** What a user may give: any subset; the rest comes from the data-derived defaults. */
export const TrainParamsInput = z
  .object({
    template: TemplateId.optional(),
    epochs: TrainParams.shape.epochs.optional(),
    batchSize: TrainParams.shape.batchSize.optional(),
    learningRate: TrainParams.shape.learningRate.optional(),
    optimizer: TrainParams.shape.optimizer.optional(),
    schedule: LrSchedule.optional(),
    earlyStopping: TrainParams.shape.earlyStopping.partial().optional(),
    classWeights: TrainParams.shape.classWeights.optional(),
    seed: TrainParams.shape.seed.optional(),
    mlp: MlpParams.partial().optional(),
    text: TextParams.partial().optional(),
    pipeline: PipelineOptions.partial().optional(),
  })
  .strict();
export type TrainParamsInput = z.infer<typeof TrainParamsInput>;

/** Metric values: classification {loss, accuracy, auc?}, regression {loss, rmse, mae, r2}. */
export const Metrics = z.record(z.string(), z.number());
export type Metrics = z.infer<typeof Metrics>;

export const EpochRecord = z.object({
  epoch: z.number().int(),
  loss: z.number(),
  valLoss: z.number().nullable(),
  /** The task's main metric on train and validation: accuracy (classification) or rmse (regression). */
  metric: z.number().nullable(),
  valMetric: z.number().nullable(),
  learningRate: z.number(),
  samplesPerSec: z.number(),
  durationMs: z.number(),
});
export type EpochRecord = z.infer<typeof EpochRecord>;

export const RUN_STATUSES = [
  'queued',
  'running',
  'succeeded',
  'failed',
  'cancelled',
  'interrupted',
  'stopped',
] as const;
export const RunStatus = z.enum(RUN_STATUSES);
export type RunStatus = z.infer<typeof RunStatus>;

export const RunRecord = z.object({
  id: z.string(),
  /** train: a training run; trial: a run of a tuning job. */
  kind: z.enum(['train', 'trial']),
  tuningId: z.string().nullable(),
  status: RunStatus,
  datasetId: z.string(),
  versionId: z.string(),
  /** The content hash of the data version trained on. */
  versionHash: z.string(),
  /** A second version the test metrics come from (e.g. Adult's official test file), if given. */
  testVersionId: z.string().nullable(),
  target: z.string(),
  task: TaskType,
  template: TemplateId,
  params: TrainParams,
  seed: z.number().int(),
  backend: z.string(),
  device: z.string(),
  appVersion: z.string(),
  /** The main metric's name: accuracy or rmse. */
  metricName: z.enum(['accuracy', 'rmse']),
  epochsDone: z.number().int(),
  bestEpoch: z.number().int().nullable(),
  /** Validation metrics at the best epoch. */
  metrics: Metrics.nullable(),
  testMetrics: Metrics.nullable(),
  durationMs: z.number(),
  samplesPerSec: z.number().nullable(),
  error: z.string().nullable(),
  /** The job that last ran it (each resume is a new job). */
  jobId: z.string().nullable(),
  modelName: z.string().nullable(),
  modelVersion: z.number().int().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type RunRecord = z.infer<typeof RunRecord>;

export const RunDetail = RunRecord.extend({ epochs: z.array(EpochRecord) });
export type RunDetail = z.infer<typeof RunDetail>;

// ---------------------------------------------------------------- tuning

/** One dimension of a search space, addressed by a dotted path into TrainParams (e.g. "mlp.units"). */
export const SearchDimension = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('float'),
      path: z.string(),
      min: z.number(),
      max: z.number(),
      log: z.boolean().default(false),
    })
    .strict(),
  z
    .object({
      type: z.literal('int'),
      path: z.string(),
      min: z.number().int(),
      max: z.number().int(),
      log: z.boolean().default(false),
    })
    .strict(),
  z
    .object({
      type: z.literal('choice'),
      path: z.string(),
      values: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1),
    })
    .strict(),
]);
export type SearchDimension = z.infer<typeof SearchDimension>;

export const SearchSpace = z.array(SearchDimension).min(1, 'a search space needs at least one dimension');
export type SearchSpace = z.infer<typeof SearchSpace>;

export const TuneSpec = z
  .object({
    versionId: z.string().min(1),
    testVersionId: z.string().min(1).optional(),
    template: TemplateId.default('mlp'),
    /** Fixed parameters every trial shares (the space's values override them). */
    base: TrainParamsInput.default({}),
    /** Empty: the template's default space. */
    space: SearchSpace.optional(),
    strategy: z.enum(['random', 'hyperband']).default('hyperband'),
    /** Most trials to start. */
    trials: z.number().int().min(1).max(1000).default(20),
    /** Stop starting trials after this many minutes (running trials finish their rung). */
    timeBudgetMinutes: z
      .number()
      .gt(0)
      .max(24 * 60)
      .optional(),
    /** Most epochs any trial trains (hyperband's largest rung). */
    maxEpochs: z.number().int().min(1).max(1000).default(27),
    /** Hyperband / ASHA reduction factor: keep the best 1/eta at each rung. */
    eta: z.number().int().min(2).max(10).default(3),
    /** Trials trained at the same time (1 suits a single GPU). */
    concurrency: z.number().int().min(1).max(8).default(1),
    seed: z.number().int().min(0).default(1),
    modelName: z.string().min(1).max(100).optional(),
  })
  .strict();
export type TuneSpec = z.infer<typeof TuneSpec>;

export const TrialRecord = z.object({
  runId: z.string(),
  /** The sampled values, by dimension path. */
  values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  status: RunStatus,
  epochsDone: z.number().int(),
  /** The validation metric it reached (accuracy: higher is better; rmse: lower). */
  metric: z.number().nullable(),
  /** The successive-halving rung it reached (0 = first). */
  rung: z.number().int(),
  /** Why it failed, when it did. */
  error: z.string().optional(),
});
export type TrialRecord = z.infer<typeof TrialRecord>;

export const TuningRecord = z.object({
  id: z.string(),
  jobId: z.string().nullable(),
  status: z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled', 'interrupted']),
  spec: TuneSpec,
  space: SearchSpace,
  metricName: z.enum(['accuracy', 'rmse']),
  trials: z.array(TrialRecord),
  bestRunId: z.string().nullable(),
  totalEpochs: z.number().int(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type TuningRecord = z.infer<typeof TuningRecord>;

// ---------------------------------------------------------------- models

export const ModelVersionRecord = z.object({
  id: z.string(),
  modelName: z.string(),
  version: z.number().int(),
  stage: z.enum(['candidate', 'staging', 'production', 'archived']),
  runId: z.string(),
  task: TaskType,
  /** Folder of the artifacts, relative to the workspace. */
  artifactDir: z.string(),
  metrics: Metrics.nullable(),
  testMetrics: Metrics.nullable(),
  createdAt: z.string(),
});
export type ModelVersionRecord = z.infer<typeof ModelVersionRecord>;

/** The raw inputs a model takes, for the inference server's metadata (one named input per feature). */
export const InputSchema = z.array(
  z.object({
    name: z.string(),
    type: z.enum(['integer', 'float', 'boolean', 'categorical', 'datetime', 'text', 'identifier']),
    /** Open Inference Protocol datatype. */
    datatype: z.enum(['FP32', 'FP64', 'INT64', 'BOOL', 'BYTES']),
    /** Known categories (categorical inputs); others go to the unknown bucket. */
    categories: z.array(z.string()).optional(),
    nullable: z.boolean(),
  }),
);
export type InputSchema = z.infer<typeof InputSchema>;

/** metadata.json of a model artifact. */
export const ModelMetadata = z.object({
  formatVersion: z.literal(1),
  runId: z.string(),
  modelName: z.string(),
  modelVersion: z.number().int(),
  task: TaskType,
  target: z.string(),
  template: TemplateId,
  params: TrainParams,
  /** Class names by output index (classification); null for regression. */
  labels: z.array(z.string()).nullable(),
  dataset: z.object({ datasetId: z.string(), versionId: z.string(), contentHash: z.string() }),
  backend: z.string(),
  device: z.string(),
  appVersion: z.string(),
  metrics: Metrics.nullable(),
  testMetrics: Metrics.nullable(),
  createdAt: z.string(),
  files: z.object({
    model: z.literal('model.json'),
    pipeline: z.literal('pipeline.json'),
    labels: z.literal('labels.json'),
    inputSchema: z.literal('input-schema.json'),
    referenceProfile: z.literal('reference-profile.json'),
    /** Absent in versions trained before the sample was kept. */
    referenceSample: z.literal('reference-sample.json').optional(),
  }),
});
export type ModelMetadata = z.infer<typeof ModelMetadata>;

/**
 * reference-sample.json of a model artifact: a seeded random sample of the train rows' raw
 * feature values, column by column (null = missing), the reference that drift is measured against.
 */
export const ReferenceSample = z.object({
  formatVersion: z.literal(1),
  /** Rows in the sample, and train rows it was drawn from. */
  rows: z.number().int(),
  trainRows: z.number().int(),
  seed: z.number().int(),
  columns: z.array(
    z.discriminatedUnion('kind', [
      z.object({ name: z.string(), kind: z.literal('numeric'), values: z.array(z.number().nullable()) }),
      z.object({ name: z.string(), kind: z.literal('categorical'), values: z.array(z.string().nullable()) }),
    ]),
  ),
});
export type ReferenceSample = z.infer<typeof ReferenceSample>;
