/**
 * The demo's clients: real HTTP requests to the inference port (predict, then feedback with the
 * true label, as a local app that later learns the outcome would send it).
 */
import type { Db } from '../../db/connection.js';
import type { CreditSample } from './credit-stream.js';

interface PredictResponse {
  predictions: { prediction_id: string; prediction: string | number }[];
}

async function post<T>(url: string, body: unknown, signal: AbortSignal): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${url} answered ${res.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

/**
 * Send the samples in batches: predict, then the true labels as feedback — for all rows, or with
 * `unlabeledEvery` n, every n-th row's outcome stays unknown (left for the labeling queue).
 * Returns how many predictions were right.
 */
export async function sendTraffic(args: {
  baseUrl: string;
  model: string;
  samples: readonly CreditSample[];
  batch: number;
  signal: AbortSignal;
  unlabeledEvery?: number;
}): Promise<{ rows: number; correct: number }> {
  let correct = 0;
  for (let i = 0; i < args.samples.length; i += args.batch) {
    const chunk = args.samples.slice(i, i + args.batch);
    const r = await post<PredictResponse>(
      `${args.baseUrl}/v1/models/${encodeURIComponent(args.model)}:predict`,
      { instances: chunk.map((s) => s.features) },
      args.signal,
    );
    r.predictions.forEach((p, k) => {
      if (p.prediction === chunk[k]?.label) correct++;
    });
    await post(
      `${args.baseUrl}/v1/models/${encodeURIComponent(args.model)}/feedback`,
      {
        feedback: r.predictions
          .map((p, k) => ({ prediction_id: p.prediction_id, label: chunk[k]?.label, row: i + k }))
          .filter((f) => !args.unlabeledEvery || f.row % args.unlabeledEvery !== args.unlabeledEvery - 1)
          .map(({ prediction_id, label }) => ({ prediction_id, label })),
      },
      args.signal,
    );
  }
  return { rows: args.samples.length, correct };
}

/** Wait until the request log holds at least `rows` prediction rows of the model (it is flushed every ~100 ms). */
export async function logged(db: Db, model: string, rows: number, signal: AbortSignal): Promise<void> {
  const end = Date.now() + 15_000;
  for (;;) {
    const n = db
      .prepare('SELECT coalesce(sum(rows), 0) FROM prediction_requests WHERE model_name = ?')
      .pluck()
      .get(model) as number;
    if (n >= rows) return;
    if (signal.aborted) throw new Error('cancelled');
    if (Date.now() > end) throw new Error(`the request log holds ${n} of ${rows} predictions after 15 s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
