// Test fixture: an exception thrown outside the job's promise chain (crashes the worker).
import type { JobContext } from '../job-kind.js';

export function run(_ctx: JobContext): Promise<void> {
  setTimeout(() => {
    throw new Error('uncaught in a timer');
  }, 10);
  return new Promise(() => {});
}
