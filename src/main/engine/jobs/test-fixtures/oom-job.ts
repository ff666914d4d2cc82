// Test fixture: allocates until the worker's heap limit is hit.
import type { JobContext } from '../job-kind.js';

export async function run(_ctx: JobContext): Promise<void> {
  const hoard: number[][] = [];
  for (;;) hoard.push(new Array(1_000_000).fill(Math.random()));
}
