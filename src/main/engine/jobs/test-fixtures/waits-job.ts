// Test fixture: writes partial output and waits until cancelled (checks the signal).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { JobContext } from '../job-kind.js';

export async function run(ctx: JobContext): Promise<void> {
  await writeFile(join(ctx.stagingDir, 'partial.txt'), 'not finished');
  ctx.progress(0.5, 'waiting');
  while (!ctx.signal.aborted) await new Promise((r) => setTimeout(r, 20));
  ctx.throwIfCancelled();
}
