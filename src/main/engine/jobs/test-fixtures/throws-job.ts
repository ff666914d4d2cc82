// Test fixture: writes partial output, then throws.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { JobContext } from '../job-kind.js';

export async function run(ctx: JobContext): Promise<never> {
  await writeFile(join(ctx.stagingDir, 'partial.txt'), 'half');
  throw new Error('the fixture failed on purpose: column "x" is missing');
}
