import { PipelineOptions, type TaskType } from '../../../../shared/data.js';
import { AppError } from '../../../../shared/errors.js';
import { type LrSchedule, TrainParams, type TrainParamsInput } from '../../../../shared/train.js';

/** What the defaults are derived from. */
export interface DataShape {
  trainRows: number;
  /** Width of the pipeline's dense vector (or the number of raw features before fitting). */
  features: number;
  classes: number | null;
  task: TaskType;
  /** Names of free-text feature columns. */
  textColumns: string[];
}

/** 2^round(log2(x)), within [lo, hi]. */
function powerOfTwo(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, 2 ** Math.round(Math.log2(Math.max(1, x)))));
}

function defaultBatch(rows: number): number {
  const b = rows >= 200_000 ? 512 : rows >= 10_000 ? 256 : rows >= 2_000 ? 128 : rows >= 500 ? 64 : 32;
  return Math.max(1, Math.min(b, rows));
}

function defaultEpochs(rows: number): number {
  return rows >= 100_000 ? 20 : rows >= 10_000 ? 30 : rows >= 1_000 ? 50 : 100;
}

/**
 * Sensible parameters for this data (template chosen by whether there is a text column):
 * 2 hidden layers of 64–256 units (about the feature count, fewer on small data), relu, dropout
 * 0.1 (0.2 under 5k rows), Adam at 1e-3, batch 32–512 and 20–100 epochs by rows, early stopping
 * on val_loss with patience 5, class weights when a class is rare, the pipeline's own defaults.
 */
export function defaultTrainParams(shape: DataShape): TrainParams {
  const rows = Math.max(1, shape.trainRows);
  const small = rows < 5_000;
  return {
    template: shape.textColumns.length > 0 ? 'text' : 'mlp',
    epochs: defaultEpochs(rows),
    batchSize: defaultBatch(rows),
    learningRate: 1e-3,
    optimizer: 'adam',
    schedule: { kind: 'constant' },
    earlyStopping: { enabled: true, monitor: 'val_loss', patience: 5, minDelta: 0 },
    classWeights: 'auto',
    seed: 42,
    mlp: {
      hiddenLayers: 2,
      units: powerOfTwo(shape.features, 64, rows < 1_000 ? 64 : 256),
      activation: 'relu',
      dropout: small ? 0.2 : 0.1,
      batchNorm: false,
      l2: small ? 1e-4 : 0,
      embeddingMinCategories: 0,
      embeddingDim: 0,
    },
    text: {
      embeddingDim: 64,
      encoder: 'pool',
      filters: 64,
      kernelSize: 5,
      denseUnits: 64,
      dropout: 0.2,
      l2: 0,
    },
    pipeline: PipelineOptions.parse({}),
  };
}

function invalid(issues: { path: PropertyKey[]; message: string }[]): AppError {
  const text = issues.map((i) => `${i.path.map(String).join('.') || 'params'}: ${i.message}`).join('; ');
  return new AppError('invalid_input', `Training parameters: ${text}.`, issues);
}

/**
 * The defaults overlaid with the user's values, checked against the data (e.g. batch larger than
 * the data). Asking for embeddings (mlp.embeddingMinCategories > 0) switches the pipeline to index
 * encoding (the model one-hots the narrow categoricals itself), unless one-hot was asked for explicitly.
 */
export function resolveTrainParams(input: TrainParamsInput, shape: DataShape): TrainParams {
  const d = defaultTrainParams(shape);
  const wantsEmbeddings = (input.mlp?.embeddingMinCategories ?? 0) > 0;
  if (wantsEmbeddings && input.pipeline?.categoricalEncoding === 'onehot')
    throw new AppError(
      'invalid_input',
      'Embeddings (mlp.embeddingMinCategories > 0) need the pipeline\'s categorical encoding "index", but "onehot" was asked for; drop one of the two settings.',
    );
  const schedule: LrSchedule = input.schedule ?? d.schedule;
  const merged = {
    ...d,
    ...stripUndefined(input),
    schedule,
    earlyStopping: { ...d.earlyStopping, ...stripUndefined(input.earlyStopping ?? {}) },
    mlp: { ...d.mlp, ...stripUndefined(input.mlp ?? {}) },
    text: { ...d.text, ...stripUndefined(input.text ?? {}) },
    pipeline: {
      ...d.pipeline,
      ...(wantsEmbeddings ? { categoricalEncoding: 'index' as const } : {}),
      ...stripUndefined(input.pipeline ?? {}),
    },
  };
  const parsed = TrainParams.safeParse(merged);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const p = parsed.data;
  if (p.batchSize > shape.trainRows)
    throw new AppError(
      'invalid_input',
      `batch size ${p.batchSize} is larger than the ${shape.trainRows} training rows; use at most ${shape.trainRows}.`,
    );
  if (p.template === 'text' && shape.textColumns.length === 0)
    throw new AppError(
      'invalid_input',
      'The text template needs a free-text feature column, and this data has none; use the mlp template.',
    );
  if (p.schedule.kind === 'cosine' && p.schedule.minLr > p.learningRate)
    throw new AppError(
      'invalid_input',
      `The cosine schedule's minLr (${p.schedule.minLr}) is above the learning rate (${p.learningRate}); use a smaller minLr.`,
    );
  return p;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
