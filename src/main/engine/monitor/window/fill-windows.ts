/**
 * Reading the request log into windows: requests newest first, each parsed once (bodies by
 * serve/runtime/expand-logged.ts, every format), their rows handed to the newest window until it
 * is full, then to the next older one, and so on; reading stops when the last is full. A request
 * cut between two windows gives its newest rows to the newer one.
 */
import type { Db } from '../../db/connection.js';
import { loggedFeatures } from '../../serve/runtime/expand-logged.js';
import { type RequestFilter, requestsNewestFirst } from './select-requests.js';
import type { WindowAccumulator } from './window-accumulator.js';

/** Fill `windows` (newest first) from the requests matching `filter`; `withFeatures` parses bodies. */
export function fillWindows(
  db: Db,
  filter: RequestFilter,
  windows: readonly WindowAccumulator[],
  withFeatures: boolean,
): void {
  let w = 0;
  while (w < windows.length && (windows[w] as WindowAccumulator).room <= 0) w++;
  if (w === windows.length) return;
  let wanted = 0;
  for (const window of windows) wanted += Math.max(0, window.room);
  for (const logged of requestsNewestFirst(db, filter, withFeatures, wanted)) {
    const parsed = { logged, records: withFeatures ? loggedFeatures(logged) : null };
    let to = logged.rows;
    while (to > 0 && w < windows.length) {
      const window = windows[w] as WindowAccumulator;
      const take = Math.min(to, window.room);
      window.put(parsed, to - take, to);
      to -= take;
      if (window.room <= 0) w++;
    }
    if (w === windows.length) return;
  }
}
