// Test fixture: a synchronous loop that never looks at the cancel signal (must be terminated).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JobContext } from '../job-kind.js';

export async function run(ctx: JobContext): Promise<void> {
  writeFileSync(join(ctx.stagingDir, 'partial.bin'), 'partial');
  ctx.progress(0.1, 'spinning');
  await new Promise((r) => setTimeout(r, 150));
  let x = 0;
  for (;;) x = (x + 1) % 1_000_003;
}
