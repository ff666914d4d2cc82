/**
 * The shared part of both predict protocols: find the model, bound the rows, predict, give each
 * request a block of prediction ids, and hand the request to the request log once the response is
 * computed.
 */
import type { FastifyRequest } from 'fastify';
import type { LoggedFormat, ModelResolver, RequestLog, RowOutput, ServedModel } from '../types.js';
import { badRequest, HttpError } from './http-error.js';
import { type PredictionIdBlock, predictionIdList, reservePredictionIds } from './prediction-ids.js';

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
  /** The block of ids the rows were given (ids[i] = prefix-(first + i) in base 36). */
  block: PredictionIdBlock;
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
  const block = reservePredictionIds(outputs.length);
  req.aifRows = outputs.length;
  return { outputs, ids: predictionIdList(block, outputs.length), block };
}

/** The outputs as one typed array: rows × classes probabilities, or rows values (regression). */
export function outputArray(model: ServedModel, outputs: readonly RowOutput[]): Float32Array {
  const n = outputs.length;
  if (model.labels === null) {
    const values = new Float32Array(n);
    for (let i = 0; i < n; i++) values[i] = Number((outputs[i] as RowOutput).prediction);
    return values;
  }
  const c = model.labels.length;
  const probs = new Float32Array(n * c);
  for (let i = 0; i < n; i++) {
    const p = (outputs[i] as RowOutput).probabilities;
    if (!p) continue;
    if (p instanceof Float32Array && p.length === c) probs.set(p, i * c);
    else for (let j = 0; j < c; j++) probs[i * c + j] = (p[j] as number) ?? 0;
  }
  return probs;
}

const labelsText = new WeakMap<ServedModel, string | null>();

/** The model's class names as JSON text, computed once per served model. */
export function labelsJson(model: ServedModel): string | null {
  let t = labelsText.get(model);
  if (t === undefined) {
    t = model.labels === null ? null : JSON.stringify(model.labels);
    labelsText.set(model, t);
  }
  return t;
}

/**
 * Hand the request to the request log (never awaits; called after the response is built): one
 * entry with the raw body, the outputs as one typed array and the id block — no per-row objects.
 */
export function logPredictions(
  log: RequestLog,
  model: ServedModel,
  req: FastifyRequest,
  format: LoggedFormat,
  p: Predicted,
  latencyMs: number,
): void {
  const raw = req.aifBody;
  if (raw === null) return;
  log.record({
    modelName: model.name,
    version: model.version,
    idPrefix: p.block.prefix,
    firstSeq: p.block.first,
    rows: p.outputs.length,
    format,
    // A Buffer may be a view of a shared pool: copy its bytes so only they cross to the writer.
    body: typeof raw === 'string' ? raw : Uint8Array.prototype.slice.call(raw),
    jsonLength: req.aifJsonLength,
    labels: labelsJson(model),
    outputs: outputArray(model, p.outputs),
    latencyMs,
    at: Date.now(),
  });
}
