import { AppError } from '../../../shared/errors.js';

/** The AppError a call fails with (tests only); fails the test when the call succeeds. */
export async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected the call to fail');
}
