/**
 * Prediction ids: a random per-process prefix and a counter in base 36 (unique, fast, sortable
 * within a run). A request takes a contiguous block of counters, so the request log stores one
 * range per request (prefix, first counter, rows) instead of one id per row.
 */
import { randomBytes } from 'node:crypto';

const prefix = randomBytes(6).toString('hex');
let counter = 0;

export interface PredictionIdBlock {
  prefix: string;
  /** The counter of the first row; row i has counter first + i. */
  first: number;
}

/** Reserve `n` consecutive ids. */
export function reservePredictionIds(n: number): PredictionIdBlock {
  const first = counter + 1;
  counter += n;
  return { prefix, first };
}

export function predictionId(idPrefix: string, seq: number): string {
  return `${idPrefix}-${seq.toString(36)}`;
}

/** The ids of a block as strings (for responses). */
export function predictionIdList(block: PredictionIdBlock, n: number): string[] {
  const ids = new Array<string>(n);
  const head = `${block.prefix}-`;
  for (let i = 0; i < n; i++) ids[i] = head + (block.first + i).toString(36);
  return ids;
}

/** `"a1b2c3d4e5f6-2s"` → { prefix, seq: 100 }; null when it cannot be one of ours. */
export function parsePredictionId(id: string): { prefix: string; seq: number } | null {
  const dash = id.lastIndexOf('-');
  if (dash <= 0 || dash === id.length - 1 || id.length - dash > 12) return null;
  const tail = id.slice(dash + 1);
  if (!/^[0-9a-z]+$/.test(tail)) return null;
  const seq = Number.parseInt(tail, 36);
  if (!Number.isSafeInteger(seq)) return null;
  return { prefix: id.slice(0, dash), seq };
}
