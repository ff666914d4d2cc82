/** What the robustness suite takes (see run-robustness.ts). Independent of tfjs: `predict` is any model. */
import type { Table } from '../../data/table/types.js';

/** The kind of a model's raw feature, as far as perturbations care. */
export type RobustFeatureKind = 'numeric' | 'categorical' | 'boolean' | 'other';

/** One raw feature of the model: the table column it reads and how it may be perturbed. */
export interface RobustFeature {
  /** The column's name in the table. */
  name: string;
  /** numeric: noise and shift; categorical: unseen categories and re-weighting; all: missing. */
  kind: RobustFeatureKind;
}

/** The task of the model under test. */
export type RobustTask = 'binary' | 'multiclass' | 'regression';

/** Model outputs for rows of a table, shaped like predictTable's (probabilities row-major, or predictions). */
export type Predictor = (table: Table, rows: Int32Array) => Promise<{ values: Float32Array; width: number }>;

export interface RobustnessArgs {
  /** The evaluation rows' raw columns; never modified (perturbed copies share its untouched columns). */
  table: Table;
  /** Which table rows are evaluated; outputs and `actual` follow this order. */
  rows: Int32Array;
  task: RobustTask;
  /** The model's raw features. */
  features: RobustFeature[];
  /** Class index (classification) or value in the target's units (regression) per evaluated row; NaN = unknown; null = no labels. */
  actual: Float64Array | Float32Array | null;
  /** The model under test, called once per perturbation (plus once for the baseline). */
  predict: Predictor;
  /** Regression: the target's std, for the flip definition (|Δ| > 0.1 std). Default: std of `actual`, else of the baseline predictions. */
  targetStd?: number;
  /** Seeds every random draw: the same seed gives the same report. Default 42. */
  seed?: number;
  /** Gaussian noise strengths, × each numeric feature's std over the evaluated rows. Default [0.1, 0.25, 0.5, 1, 2]. */
  noiseLevels?: number[];
  /** Rates at which every feature value is set missing at random. Default [0.05, 0.1, 0.25, 0.5]. */
  missingRates?: number[];
  /** Called after every predict call with the share done (0..1) and what was just measured. */
  onProgress?: (fraction: number, message: string) => void;
  /** Aborting it rejects the run (between predict calls) with a CancelledError. */
  signal?: AbortSignal;
}

export const DEFAULT_NOISE_LEVELS: readonly number[] = [0.1, 0.25, 0.5, 1, 2];
export const DEFAULT_MISSING_RATES: readonly number[] = [0.05, 0.1, 0.25, 0.5];
export const DEFAULT_SEED = 42;
