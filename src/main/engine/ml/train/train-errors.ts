import { AppError } from '../../../../shared/errors.js';
import { CancelledError } from '../../jobs/job-kind.js';

const OOM =
  /\bOOM\b|out of memory|failed to allocate|array buffer allocation failed|memory\.grow|maximum memory size/i;

export function isOutOfMemory(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  return OOM.test(err.message) || (err instanceof RangeError && /alloc/i.test(err.message));
}

/** What a failure during training means for the user: out of memory → 'unavailable' with a smaller batch to try. */
export function trainingError(err: unknown, batchSize: number): unknown {
  if (err instanceof AppError || err instanceof CancelledError) return err;
  if (isOutOfMemory(err)) {
    const half = Math.max(1, Math.floor(batchSize / 2));
    return new AppError(
      'unavailable',
      `Training ran out of memory at batch size ${batchSize}; try a smaller batch size (e.g. ${half}) or a smaller model (fewer units or layers). (${(err as Error).message})`,
    );
  }
  return err;
}

export function diverged(epoch: number, learningRate: number, loss = Number.NaN): AppError {
  const what = Number.isNaN(loss) ? 'NaN' : 'infinite';
  return new AppError(
    'invalid_input',
    `Training diverged: the loss became ${what} at epoch ${epoch}; lower the learning rate (e.g. ${learningRate / 10} instead of ${learningRate}), or turn on batch normalisation.`,
  );
}

/** Throws when the pipeline's dense rows hold a NaN or ±Infinity (the pipeline promises they never do). */
export function assertFinite(
  dense: Float32Array,
  width: number,
  names: readonly string[],
  rowIdOf: (row: number) => number,
): void {
  for (let i = 0; i < dense.length; i++) {
    if (Number.isFinite(dense[i] as number)) continue;
    const row = Math.floor(i / width);
    const slot = names[i % width] ?? `slot ${i % width}`;
    throw new AppError(
      'internal',
      `The feature pipeline produced ${dense[i]} for "${slot}" in row ${rowIdOf(row)}; the model cannot train on it. This is a bug in the pipeline; please report it with the dataset version.`,
    );
  }
}
