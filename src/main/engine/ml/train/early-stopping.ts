import type { Metrics, TrainParams } from '../../../../shared/train.js';

/** Where early stopping stands after some epochs (kept in the checkpoint). */
export interface StopState {
  /** The best monitored value so far, and its epoch (1-based). */
  best: number | null;
  bestEpoch: number | null;
  /** Epochs since the last improvement. */
  wait: number;
  stopped: boolean;
}

export const initialStopState = (): StopState => ({ best: null, bestEpoch: null, wait: 0, stopped: false });

/** The monitored value and whether higher is better: val_loss, or accuracy (higher) / rmse (lower). */
export function monitored(
  monitor: TrainParams['earlyStopping']['monitor'],
  metricName: 'accuracy' | 'rmse',
  val: Metrics,
): { value: number; higherIsBetter: boolean } {
  if (monitor === 'val_loss') return { value: val.loss ?? Number.NaN, higherIsBetter: false };
  return { value: val[metricName] ?? Number.NaN, higherIsBetter: metricName === 'accuracy' };
}

/**
 * The state after an epoch with this monitored value (Keras semantics): an improvement is better
 * than the best by more than minDelta; after `patience` epochs without one, stop (when enabled).
 */
export function afterEpoch(
  s: StopState,
  epoch: number,
  m: { value: number; higherIsBetter: boolean },
  es: TrainParams['earlyStopping'],
): { state: StopState; improved: boolean } {
  const delta = es.enabled ? es.minDelta : 0;
  const improved =
    Number.isFinite(m.value) &&
    (s.best === null || (m.higherIsBetter ? m.value - delta > s.best : m.value + delta < s.best));
  if (improved) return { state: { best: m.value, bestEpoch: epoch, wait: 0, stopped: false }, improved };
  const wait = s.wait + 1;
  return { state: { ...s, wait, stopped: es.enabled && wait >= es.patience }, improved };
}
