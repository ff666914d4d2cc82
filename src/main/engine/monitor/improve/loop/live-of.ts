import type { Db } from '../../../db/connection.js';
import { liveMetrics } from '../../live/live-metrics.js';
import { readWindow } from '../../window/read-window.js';

export interface LiveValue {
  name: 'accuracy' | 'mae';
  /** accuracy (classification) or MAE (regression) over the labeled rows; null when none. */
  value: number | null;
  labeled: number;
  rows: number;
}

/**
 * The live metric of one version's predictions: over [from, to) (epoch ms), or over its newest
 * `lastRows` predictions.
 */
export function liveOf(
  db: Db,
  model: string,
  version: number,
  range: { from: number; to: number } | { lastRows: number },
): LiveValue {
  const query =
    'lastRows' in range
      ? { model, version, lastRows: range.lastRows }
      : { model, version, from: range.from, to: range.to, maxRows: 1_000_000 };
  const m = liveMetrics(db, readWindow(db, query));
  const regression = m.task === 'regression';
  return {
    name: regression ? 'mae' : 'accuracy',
    value: regression ? m.mae : m.accuracy,
    labeled: m.labeled,
    rows: m.rows,
  };
}

/** Is `value` worse than `baseline` by more than `margin`? (accuracy: absolute drop; MAE: relative rise) */
export function worseBy(name: 'accuracy' | 'mae', value: number, baseline: number, margin: number): boolean {
  return name === 'accuracy' ? value < baseline - margin : value > baseline * (1 + margin);
}
