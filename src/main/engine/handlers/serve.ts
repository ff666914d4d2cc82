import type { RequestLogRecord } from '../../../shared/serve.js';
import type { EngineContext } from '../context.js';
import type { Db } from '../db/connection.js';
import type { Handlers } from './types.js';

type ServeCommand =
  | 'serve.status'
  | 'serve.start'
  | 'serve.stop'
  | 'serve.stats'
  | 'serve.predict'
  | 'serve.requests';

interface LogRow {
  prediction_id: string;
  model_name: string;
  version: number;
  features: string;
  output: string;
  latency_ms: number;
  at: number;
  label: string | null;
}

/** The latest logged predictions of a model, newest first, with the ground truth sent for them. */
export function latestRequests(db: Db, name: string, limit: number): RequestLogRecord[] {
  const rows = db
    .prepare(
      `SELECT l.*, (SELECT f.label FROM prediction_feedback f WHERE f.prediction_id = l.prediction_id ORDER BY f.rowid DESC LIMIT 1) AS label
       FROM prediction_log l WHERE l.model_name = ? ORDER BY l.at DESC, l.rowid DESC LIMIT ?`,
    )
    .all(name, limit) as LogRow[];
  return rows.map((r) => {
    const label = r.label === null ? null : (JSON.parse(r.label) as unknown);
    return {
      predictionId: r.prediction_id,
      modelName: r.model_name,
      version: r.version,
      features: JSON.parse(r.features) as Record<string, unknown>,
      output: JSON.parse(r.output) as unknown,
      latencyMs: r.latency_ms,
      at: new Date(r.at).toISOString(),
      label: typeof label === 'string' || typeof label === 'number' ? label : null,
    };
  });
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
