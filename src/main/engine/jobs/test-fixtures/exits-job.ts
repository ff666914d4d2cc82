// Test fixture: ends its worker thread abruptly with exit code 3.
import type { JobContext } from '../job-kind.js';

export async function run(_ctx: JobContext): Promise<void> {
  await new Promise((r) => setTimeout(r, 10));
  process.exit(3);
}
