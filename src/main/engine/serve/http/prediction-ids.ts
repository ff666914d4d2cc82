/** Prediction ids: a random per-process prefix and a counter (unique, fast, sortable within a run). */
import { randomBytes } from 'node:crypto';

const prefix = randomBytes(6).toString('hex');
let counter = 0;

export function nextPredictionId(): string {
  counter += 1;
  return `${prefix}-${counter.toString(36)}`;
}
