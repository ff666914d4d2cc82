/**
 * The shared part of both predict protocols: find the model, bound the rows, predict, give each
 * row a prediction id, and hand the rows to the request log once the response is computed.
 */
import type { FastifyRequest } from 'fastify';
import type { ModelResolver, RequestLog, RowOutput, ServedModel } from '../types.js';
import { badRequest, HttpError } from './http-error.js';
import { nextPredictionId } from './prediction-ids.js';

/** `"3"` → 3; anything else → 400 naming the version. */
export function parseVersion(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^[1-9][0-9]{0,8}$/.test(raw))
    throw badRequest(`version "${raw.slice(0, 40)}" is not a version number; use 1, 2, ...`);
  return Number(raw);
}

/** The model a request names (production when no version), remembered on the request for metrics. */
export async function resolveFor(
  models: ModelResolver,
  req: FastifyRequest,
  name: string,
  version: number | undefined,
): Promise<ServedModel> {
  const model = await models.resolve(name, version);
  req.aifModel = model.name;
  req.aifVersion = model.version;
  return model;
}

/** 0 rows → 400; more than the limit → 413 with the limit. */
export function checkRowCount(rows: number, max: number, what: string): void {
  if (rows === 0) throw badRequest(`${what} is empty; send at least one row`);
  if (rows > max)
    throw new HttpError(
      413,
      `${what} has ${rows} rows, more than this server's limit of ${max} rows per request; split it into smaller requests`,
    );
}

export interface Predicted {
  outputs: RowOutput[];
  ids: string[];
}

/**
 * Values far outside the training range (e.g. 1e38) can overflow the network into NaN; answer
 * 400 naming the row rather than a prediction that means nothing.
 */
function checkFinite(outputs: readonly RowOutput[]): void {
  for (let i = 0; i < outputs.length; i++) {
    const o = outputs[i] as RowOutput;
    let finite = typeof o.prediction !== 'number' || Number.isFinite(o.prediction);
    const p = o.probabilities;
    if (finite && p) for (let j = 0; j < p.length; j++) if (!Number.isFinite(p[j] as number)) finite = false;
    if (!finite)
      throw badRequest(
        `row ${i}: the model's output is not a number for these values; some are probably far outside the range it was trained on`,
      );
  }
}

export async function predictRows(
  model: ServedModel,
  records: Record<string, unknown>[],
  req: FastifyRequest,
): Promise<Predicted> {
  const outputs = await model.predict(records);
  checkFinite(outputs);
  const ids = new Array<string>(outputs.length);
  for (let i = 0; i < outputs.length; i++) ids[i] = nextPredictionId();
  req.aifRows = outputs.length;
  return { outputs, ids };
}

/** Buffer the rows in the request log (never awaits; called after the response is built). */
export function logPredictions(
  log: RequestLog,
  model: ServedModel,
  records: Record<string, unknown>[],
  p: Predicted,
  latencyMs: number,
): void {
  const at = Date.now();
  const rows = new Array(p.outputs.length);
  for (let i = 0; i < p.outputs.length; i++) {
    rows[i] = {
      predictionId: p.ids[i] as string,
      modelName: model.name,
      version: model.version,
      features: records[i] as Record<string, unknown>,
      output: p.outputs[i] as RowOutput,
      latencyMs,
      at,
    };
  }
  log.record(rows);
}
