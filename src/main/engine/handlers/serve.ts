import type { RequestLogRecord } from '../../../shared/serve.js';
import type { EngineContext } from '../context.js';
import type { Db } from '../db/connection.js';
import {
  type ExpandedRow,
  expandRequest,
  fromStored,
  type StoredRequestRow,
} from '../serve/runtime/expand-logged.js';
import type { Handlers } from './types.js';

type ServeCommand =
  | 'serve.status'
  | 'serve.start'
  | 'serve.stop'
  | 'serve.stats'
  | 'serve.predict'
  | 'serve.requests';

/**
 * The latest logged predictions of a model, newest first, with the ground truth sent for them.
 * The log holds one entry per request; the newest entries are expanded into rows until `limit`.
 */
export function latestRequests(db: Db, name: string, limit: number): RequestLogRecord[] {
  const entries = db
    .prepare('SELECT * FROM prediction_requests WHERE model_name = ? ORDER BY at DESC, id DESC')
    .iterate(name) as IterableIterator<StoredRequestRow>;
  const labelOf = db
    .prepare('SELECT label FROM prediction_feedback WHERE prediction_id = ? ORDER BY rowid DESC LIMIT 1')
    .pluck();
  const out: RequestLogRecord[] = [];
  for (const row of entries) {
    const rows = expandRequest(fromStored(row));
    for (let i = rows.length - 1; i >= 0 && out.length < limit; i--) {
      const r = rows[i] as ExpandedRow;
      const raw = labelOf.get(r.predictionId) as string | undefined;
      const label = raw === undefined ? null : (JSON.parse(raw) as unknown);
      out.push({
        predictionId: r.predictionId,
        modelName: row.model_name,
        version: row.version,
        features: r.features,
        output: r.output,
        latencyMs: r.latencyMs,
        at: new Date(r.at).toISOString(),
        label: typeof label === 'string' || typeof label === 'number' ? label : null,
      });
    }
    if (out.length >= limit) break;
  }
  return out;
}

/** The inference server's commands: start / stop / status / stats, predictions, the request log. */
export function serveHandlers(ctx: EngineContext): Pick<Handlers, ServeCommand> {
  const { serve } = ctx;
  return {
    'serve.status': () => serve.status(),
    'serve.start': ({ options }) => serve.start(options),
    'serve.stop': () => serve.stop(),
    'serve.stats': () => serve.stats(),
    'serve.predict': async ({ name, version, instances }) => ({
      predictions: await serve.predict(name, version, instances),
    }),
    'serve.requests': ({ name, limit }) => latestRequests(ctx.db, name, limit),
  };
}
