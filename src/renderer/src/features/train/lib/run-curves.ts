import type { EpochRecord } from '../../../../../shared/train';
import type { MetricPoint } from '../../../store/jobs-state';

/**
 * One x position of a run's curves: an epoch end (x = epoch, with the epoch's train and
 * validation numbers) or a point inside an epoch (x = epoch - 1 + fraction, the running loss).
 */
export type CurvePoint = {
  x: number;
  /** Train loss over the epoch (epoch ends only). */
  loss?: number;
  valLoss?: number;
  metric?: number;
  valMetric?: number;
  /** The running train loss inside an epoch. */
  batchLoss?: number;
  samplesPerSec?: number;
};

export interface RunCurves {
  /** Every point, by x. */
  points: CurvePoint[];
  /** Epoch ends only, by epoch. */
  epochs: CurvePoint[];
  /** Points inside epochs. */
  batches: number;
  /** The latest throughput reported. */
  samplesPerSec: number | null;
  /** The epoch being trained now (1-based): one past the last finished one, or the one the last in-epoch point is in. */
  currentEpoch: number;
}

const finite = (v: number | null | undefined): number | undefined =>
  v === null || v === undefined || !Number.isFinite(v) ? undefined : v;

function epochPoint(e: EpochRecord): CurvePoint {
  const p: CurvePoint = { x: e.epoch };
  const set = (key: keyof CurvePoint, v: number | null) => {
    const f = finite(v);
    if (f !== undefined) p[key] = f;
  };
  set('loss', e.loss);
  set('valLoss', e.valLoss);
  set('metric', e.metric);
  set('valMetric', e.valMetric);
  set('samplesPerSec', e.samplesPerSec);
  return p;
}

function epochFromLive(p: MetricPoint): CurvePoint | null {
  const epoch = p.values.epoch;
  if (epoch === undefined) return null;
  return epochPoint({
    epoch,
    loss: p.values.loss ?? Number.NaN,
    valLoss: p.values.valLoss ?? null,
    metric: p.values.metric ?? null,
    valMetric: p.values.valMetric ?? null,
    learningRate: p.values.learningRate ?? 0,
    samplesPerSec: p.values.samplesPerSec ?? Number.NaN,
    durationMs: p.values.durationMs ?? 0,
  });
}

/**
 * A run's curves from its stored epochs (runs.get) and the live metric points of the job training
 * it now (job.metric events, or the job's stored events after a reload). A live epoch end replaces
 * the stored one of the same epoch; in-epoch points after the last epoch end show the epoch in progress.
 */
export function runCurves(stored: readonly EpochRecord[], live: readonly MetricPoint[]): RunCurves {
  const byEpoch = new Map<number, CurvePoint>();
  for (const e of stored) byEpoch.set(e.epoch, epochPoint(e));
  const inside: CurvePoint[] = [];
  let samplesPerSec: number | null = null;
  let lastInside = -1;
  for (const p of live) {
    const end = epochFromLive(p);
    if (end) byEpoch.set(end.x, end);
    else {
      const loss = finite(p.values.loss);
      const sps = finite(p.values.samplesPerSec);
      const point: CurvePoint = { x: p.step };
      if (loss !== undefined) point.batchLoss = loss;
      if (sps !== undefined) point.samplesPerSec = sps;
      inside.push(point);
      lastInside = Math.max(lastInside, p.step);
    }
    const sps = finite(p.values.samplesPerSec);
    if (sps !== undefined) samplesPerSec = sps;
  }
  const epochs = [...byEpoch.values()].sort((a, b) => a.x - b.x);
  const lastEpoch = epochs[epochs.length - 1]?.x ?? 0;
  // In-epoch points of epochs already finished by a stored record but not by a live one stay too:
  // they are the same run's progress (e.g. after a reload the job's events and the run's epochs meet).
  const points = [...epochs, ...inside.filter((p) => !byEpoch.has(p.x))].sort((a, b) => a.x - b.x);
  if (samplesPerSec === null) samplesPerSec = epochs[epochs.length - 1]?.samplesPerSec ?? null;
  const currentEpoch = Math.max(lastEpoch + 1, lastInside >= 0 ? Math.floor(lastInside) + 1 : 0);
  return { points, epochs, batches: points.length - epochs.length, samplesPerSec, currentEpoch };
}
