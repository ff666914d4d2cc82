// Test fixture: reports progress and metrics over `steps` steps, writes an output file, returns a sum.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { JobContext } from '../job-kind.js';

export async function run(ctx: JobContext<{ steps?: number; stepMs?: number }>): Promise<{ sum: number }> {
  const steps = ctx.params.steps ?? 5;
  let sum = 0;
  for (let i = 1; i <= steps; i++) {
    ctx.throwIfCancelled();
    await new Promise((r) => setTimeout(r, ctx.params.stepMs ?? 30));
    sum += i;
    ctx.metric(i, { value: i * 10 });
    ctx.progress(i / steps, `step ${i} of ${steps}`);
  }
  ctx.log('info', 'all steps done');
  await writeFile(join(ctx.stagingDir, 'output.txt'), `sum=${sum}`);
  return { sum };
}
