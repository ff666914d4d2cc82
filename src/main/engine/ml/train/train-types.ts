/** What trainModel takes and gives (re-exported by train-model.ts). */
import type { LayersModel } from '@tensorflow/tfjs';
import type { ColumnSchema, FeaturePipeline, TaskType } from '../../../../shared/data.js';
import type { EpochRecord, Metrics, TrainParams } from '../../../../shared/train.js';
import type { Table } from '../../data/table/types.js';
import type { Tf } from '../tf-loader.js';

export interface TrainData {
  /** The version's rows (typed arrays; never copied whole into JS objects). */
  table: Table;
  columns: ColumnSchema[];
  target: string;
  task: TaskType;
  /** Per row: 0 train, 1 validation, 2 test. */
  assignment: Uint8Array;
  /** A separate version whose rows are all test rows (e.g. Adult's official test file); replaces the test split. */
  testTable?: Table | null;
}

export interface TrainProgress {
  epoch: number;
  epochs: number;
  batch: number;
  batches: number;
  /** Running mean of the epoch's training loss so far. */
  loss: number;
  samplesPerSec: number;
  etaSeconds: number;
}

export interface TrainHooks {
  signal: AbortSignal;
  /** At least twice a second while an epoch runs. */
  onProgress(p: TrainProgress): void;
  /** After every epoch, once its checkpoint is written. */
  onEpoch(e: EpochRecord): void;
  log(level: 'debug' | 'info' | 'warn' | 'error', message: string): void;
}

export interface TrainArgs {
  tf: Tf;
  data: TrainData;
  /** Fitted on the train rows. */
  pipeline: FeaturePipeline;
  params: TrainParams;
  /** Written after every epoch (model weights, optimizer state, history, best weights); read when resuming. */
  checkpointDir: string;
  /** Continue from the checkpoint in checkpointDir. */
  resume: boolean;
  /** Stop after this many epochs in total even if params.epochs is larger (tuning rungs). */
  stopAtEpoch?: number;
}

export interface TrainResult {
  /** The model with the best epoch's weights. */
  model: LayersModel;
  epochsDone: number;
  bestEpoch: number | null;
  stoppedEarly: boolean;
  /** Every epoch so far, including those before a resume. */
  history: EpochRecord[];
  metricName: 'accuracy' | 'rmse';
  /** Validation metrics at the best epoch (classification: loss, accuracy, auc for binary; regression: loss, rmse, mae, r2). */
  valMetrics: Metrics;
  /** On the test split (or testTable); null when there are no test rows. */
  testMetrics: Metrics | null;
  durationMs: number;
  samplesPerSec: number;
  /** Class names by output index; null for regression. */
  labels: string[] | null;
}
