import type { TrainParams } from '../../../../shared/train.js';

/** The learning rate of an epoch (0-based) under the run's schedule. */
export function learningRateAt(
  params: Pick<TrainParams, 'learningRate' | 'schedule' | 'epochs'>,
  epoch: number,
): number {
  const lr = params.learningRate;
  const s = params.schedule;
  switch (s.kind) {
    case 'constant':
      return lr;
    case 'step':
      return lr * s.factor ** Math.floor(epoch / s.every);
    case 'cosine': {
      const t = Math.min(1, epoch / Math.max(1, params.epochs));
      return s.minLr + ((lr - s.minLr) * (1 + Math.cos(Math.PI * t))) / 2;
    }
    case 'exponential':
      return lr * s.gamma ** epoch;
  }
}
