/**
 * A monitoring window: a model's logged predictions over a stretch of the request log, column by
 * column (one entry per prediction row, oldest first), ready for drift statistics and live metrics.
 */
import type { LoggedFormat } from '../../serve/types.js';
import type { FeatureKind } from './feature-spec.js';

/** Which predictions of which model a window holds. */
interface WindowSelector {
  /** The model's name. */
  model: string;
  /** Only this version's predictions; absent = every version of the model. */
  version?: number;
}

/** The newest `lastRows` predictions (rows, not requests). */
export interface CountWindowQuery extends WindowSelector {
  lastRows: number;
}

/** The predictions made in [from, to) (epoch ms); at most the newest `maxRows` of them when given. */
export interface TimeWindowQuery extends WindowSelector {
  from: number;
  to: number;
  maxRows?: number;
}

export type WindowQuery = CountWindowQuery | TimeWindowQuery;

/** Values of a numeric, boolean (1/0) or datetime (epoch ms) feature; NaN = missing or a type error. */
export interface NumberFeatureColumn {
  name: string;
  kind: Extract<FeatureKind, 'numeric' | 'boolean' | 'datetime'>;
  values: Float64Array;
  /** Rows where the value is absent or null ('' too, for datetimes). */
  missing: number;
  /** Rows whose value cannot be of the feature's kind (left as NaN, not counted as missing). */
  typeErrors: number;
}

/**
 * Values of a categorical or text feature; null = missing or a type error. Numbers and booleans
 * become their text, and the importer's missing tokens ('', '?', 'NA', 'null', …) count as missing,
 * as the feature pipeline reads them.
 */
export interface TextFeatureColumn {
  name: string;
  kind: Extract<FeatureKind, 'categorical' | 'text'>;
  values: (string | null)[];
  missing: number;
  typeErrors: number;
}

export type FeatureColumn = NumberFeatureColumn | TextFeatureColumn;

/** What the model answered, per row. */
export interface WindowPredictions {
  /**
   * Class names of the window's classification rows: one version's list when the window holds one
   * version, else the union over its requests in the order met reading newest first (the newest
   * version's classes come first); null when no row is classified.
   */
  classes: string[] | null;
  /** Predicted class per row (the most probable, first on ties, as served); null for regression rows. */
  labels: (string | null)[] | null;
  /** Predicted value per row for regression rows (NaN for classified rows); null when there are none. */
  values: Float64Array | null;
  /**
   * rows × classes.length probabilities, row-major, in `classes` order; NaN where the row's version
   * has no such class (or for a regression row). Null when no row is classified.
   */
  probabilities: Float32Array | null;
}

/** How many requests (and their rows in the window) came in each body format. */
export interface FormatCount {
  format: LoggedFormat;
  requests: number;
  rows: number;
}

export interface WindowColumns {
  model: string;
  /** The version asked for, or null for all versions. */
  version: number | null;
  /**
   * The window's time range [from, to), epoch ms: the range asked for (time windows), else from the
   * first row's time to just after the last's; null for an empty count window.
   */
  span: { from: number; to: number } | null;
  /** Prediction rows in the window. */
  rows: number;
  /** Requests the rows came from (the oldest may be cut: only its newest rows belong). */
  requests: number;
  predictionIds: string[];
  /** Time of the request each row came in, epoch ms (ascending). */
  at: Float64Array;
  /** Latency of the request each row came in, ms. */
  latencyMs: Float64Array;
  /** Model version that answered each row. */
  versions: Int32Array;
  /** One column per feature asked for, in the order asked. */
  features: FeatureColumn[];
  predictions: WindowPredictions;
  /** Body formats seen, oldest first. */
  formats: FormatCount[];
}
