/**
 * The live performance of one window: how many of its predictions have ground truth (and what
 * share), and the metrics those labels give. Feedback naming no logged prediction is ignored and
 * counted (`unknownIds`: received from the window's start on, workspace-wide; see
 * unknown-feedback.ts).
 */
import type { Db } from '../../db/connection.js';
import type { WindowColumns } from '../window/window-types.js';
import { type FeedbackJoin, joinFeedback } from './feedback-join.js';
import { type LabelScores, scoreLabels } from './score-labels.js';
import { countIn, unknownFeedbackTimes } from './unknown-feedback.js';

export interface LiveMetrics extends LabelScores {
  /** The window's time range (see WindowColumns.span). */
  span: { from: number; to: number } | null;
  /** Predictions in the window. */
  rows: number;
  /** Predictions with a label. */
  labeled: number;
  /** labeled / rows; null for an empty window. */
  labeledShare: number | null;
  /** Older labels replaced by a later one for the same prediction. */
  superseded: number;
  /** Feedback received in the window's stretch of time that names no logged prediction (ignored). */
  unknownIds: number;
}

/** Live metrics of a window whose feedback is already joined. */
export function liveMetricsOf(window: WindowColumns, join: FeedbackJoin, unknownIds: number): LiveMetrics {
  return {
    span: window.span,
    rows: window.rows,
    labeled: join.labeled,
    labeledShare: window.rows > 0 ? join.labeled / window.rows : null,
    superseded: join.superseded,
    unknownIds,
    ...scoreLabels(window.predictions, join.labels),
  };
}

/**
 * Live metrics of one window. Unknown-id feedback is counted when received from the window's start
 * until `unknownUntil` (default: now and later).
 */
export function liveMetrics(
  db: Db,
  window: WindowColumns,
  unknownUntil = Number.POSITIVE_INFINITY,
): LiveMetrics {
  const join = joinFeedback(db, window.predictionIds);
  const unknown = window.span
    ? countIn(unknownFeedbackTimes(db, window.span.from, join.rowOf), window.span.from, unknownUntil)
    : 0;
  return liveMetricsOf(window, join, unknown);
}
