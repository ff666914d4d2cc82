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
}): Promise<{ rows: number; correct: number; labeled: number }> {
  let correct = 0;
  let labeled = 0;
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
    const feedback = r.predictions
      .map((p, k) => ({ prediction_id: p.prediction_id, label: chunk[k]?.label, row: i + k }))
      .filter((f) => !args.unlabeledEvery || f.row % args.unlabeledEvery !== args.unlabeledEvery - 1)
      .map(({ prediction_id, label }) => ({ prediction_id, label }));
    await post(
      `${args.baseUrl}/v1/models/${encodeURIComponent(args.model)}/feedback`,
      { feedback },
      args.signal,
    );
    labeled += feedback.length;
  }
  return { rows: args.samples.length, correct, labeled };
}

async function until(
  what: string,
  done: () => boolean | Promise<boolean>,
  signal?: AbortSignal,
  ms = 30_000,
) {
  const end = Date.now() + ms;
  for (;;) {
    if (await done()) return;
    if (signal?.aborted) throw new Error('cancelled');
    if (Date.now() > end) throw new Error(`${what} after ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Labeled predictions in the workspace (each once), to wait for feedback sent since a count. */
export function labeledCount(db: Db): number {
  return db.prepare('SELECT count(DISTINCT prediction_id) FROM prediction_feedback').pluck().get() as number;
}

/**
 * Wait until the request log holds at least `rows` prediction rows of the model, and (if given)
 * the feedback log `labels` labeled predictions — both are flushed by the server every ~100 ms, and
 * the watch must see a batch whole.
 */
export async function logged(
  db: Db,
  model: string,
  rows: number,
  signal?: AbortSignal,
  labels?: number,
): Promise<void> {
  const count = db
    .prepare('SELECT coalesce(sum(rows), 0) FROM prediction_requests WHERE model_name = ?')
    .pluck();
  await until(
    `the request log holds fewer than ${rows} predictions of ${model}`,
    () => (count.get(model) as number) >= rows,
    signal,
  );
  if (labels !== undefined)
    await until(
      `the feedback log holds fewer than ${labels} labels`,
      () => labeledCount(db) >= labels,
      signal,
    );
}

/** Wait until the inference server answers for the model with `version`, loaded (a hot swap loads in the background). */
export async function serving(
  baseUrl: string,
  model: string,
  version: number,
  signal?: AbortSignal,
): Promise<void> {
  await until(
    `the server does not answer with ${model} v${version}`,
    async () => {
      const res = await fetch(`${baseUrl}/v1/models/${encodeURIComponent(model)}`, signal ? { signal } : {});
      const s = (await res.json()) as { version?: number; model_version_status?: { state: string }[] };
      return s.version === version && s.model_version_status?.[0]?.state === 'AVAILABLE';
    },
    signal,
    60_000,
  );
}
