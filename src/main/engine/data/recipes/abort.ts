import { AppError } from '../../../../shared/errors.js';

/** How often long loops look at the abort signal (every 64k rows). */
export const CHECK_EVERY = 0xffff;

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AppError('cancelled', 'Cancelled before it finished; nothing was written.');
}
