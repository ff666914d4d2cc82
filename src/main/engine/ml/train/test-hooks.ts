/** Test support: training hooks that record what they are given. */
import type { EpochRecord } from '../../../../shared/train.js';
import type { TrainHooks, TrainProgress } from './train-types.js';

export interface RecordingHooks extends TrainHooks {
  progress: TrainProgress[];
  epochs: EpochRecord[];
  logs: { level: string; message: string }[];
  controller: AbortController;
}

export function recordingHooks(
  onEpoch?: (e: EpochRecord) => void,
  onProgress?: (p: TrainProgress) => void,
): RecordingHooks {
  const controller = new AbortController();
  const h: RecordingHooks = {
    controller,
    signal: controller.signal,
    progress: [],
    epochs: [],
    logs: [],
    onProgress: (p) => {
      h.progress.push(p);
      onProgress?.(p);
    },
    onEpoch: (e) => {
      h.epochs.push(e);
      onEpoch?.(e);
    },
    log: (level, message) => {
      h.logs.push({ level, message });
    },
  };
  return h;
}

/** The numbers of an epoch that must repeat exactly (not its timing). */
export const learned = (e: EpochRecord) => ({
  epoch: e.epoch,
  loss: e.loss,
  valLoss: e.valLoss,
  metric: e.metric,
  valMetric: e.valMetric,
  learningRate: e.learningRate,
});
