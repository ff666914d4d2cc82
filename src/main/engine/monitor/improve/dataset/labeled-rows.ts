/**
 * The model's labeled production rows since a time: its logged predictions after `sinceAt` read
 * with the monitoring window reader (feature values as clients sent them), joined to the latest
 * feedback label of each. Rows whose label cannot be a target value are skipped and counted; of
 * the rest the newest `maxRows` are kept, oldest first.
 */
import type { Db } from '../../../db/connection.js';
import { joinFeedback } from '../../live/feedback-join.js';
import type { WindowFeatureSpec } from '../../window/feature-spec.js';
import { readWindow } from '../../window/read-window.js';
import type { WindowColumns } from '../../window/window-types.js';
import type { LabelReader, TargetValue } from './target-label.js';

export interface LabeledRowsQuery {
  model: string;
  /** Only predictions with at > sinceAt. */
  sinceAt: number;
  /** Predictions up to now (exclusive end: now + 1). */
  now: number;
  maxRows: number;
}

export interface LabeledRows {
  window: WindowColumns;
  /** Predictions read (labeled or not). */
  predictions: number;
  /** Predictions with a label. */
  labeled: number;
  /** Window rows kept, ascending (oldest first). */
  rows: number[];
  /** Target value of each kept row. */
  targets: TargetValue[];
  skippedLabels: number;
}

export function readLabeledRows(
  db: Db,
  q: LabeledRowsQuery,
  features: readonly WindowFeatureSpec[],
  readLabel: LabelReader,
  throwIfCancelled: () => void,
): LabeledRows {
  const window = readWindow(db, { model: q.model, from: q.sinceAt + 1, to: q.now + 1 }, features);
  throwIfCancelled();
  const feedback = joinFeedback(db, window.predictionIds);
  const rows: number[] = [];
  const targets: TargetValue[] = [];
  let skippedLabels = 0;
  for (let i = 0; i < window.rows; i++) {
    if ((i & 0xffff) === 0) throwIfCancelled();
    const label = feedback.labels[i];
    if (label === null || label === undefined) continue;
    const value = readLabel(label);
    if (value === null) {
      skippedLabels++;
      continue;
    }
    rows.push(i);
    targets.push(value);
  }
  const drop = Math.max(0, rows.length - q.maxRows);
  return {
    window,
    predictions: window.rows,
    labeled: feedback.labeled,
    rows: drop > 0 ? rows.slice(drop) : rows,
    targets: drop > 0 ? targets.slice(drop) : targets,
    skippedLabels,
  };
}
