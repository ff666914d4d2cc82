/**
 * TF-Serving-style request bodies → raw records: row format `{"instances": [{feature: value}]}` or
 * columnar `{"inputs": {feature: [values]}}`, checked against the model's inputs.
 */
import type { ServedModel } from '../types.js';
import { checkRecord, modelInputs } from './features.js';
import { badRequest } from './http-error.js';
import { checkRowCount } from './predict-core.js';

export interface V1PredictBody {
  instances?: Record<string, unknown>[];
  inputs?: Record<string, unknown[]>;
  signature_name?: string;
}

export function v1Records(
  body: V1PredictBody,
  model: ServedModel,
  maxRows: number,
): Record<string, unknown>[] {
  const inputs = modelInputs(model);
  if (body.instances !== undefined) {
    if (body.inputs !== undefined)
      throw badRequest('give either "instances" (rows) or "inputs" (columns), not both');
    const rows = body.instances;
    checkRowCount(rows.length, maxRows, 'instances');
    for (let i = 0; i < rows.length; i++)
      checkRecord(inputs, rows[i] as Record<string, unknown>, `instances[${i}]`);
    return rows;
  }
  if (body.inputs === undefined)
    throw badRequest(
      'the body needs "instances" (a list of rows: feature → value) or "inputs" (feature → list of values)',
    );
  const cols = body.inputs;
  const names = Object.keys(cols);
  if (names.length === 0) throw badRequest('inputs is empty; give each feature a list of values');
  const unknown = names.filter((n) => !inputs.byName.has(n));
  if (unknown.length > 0)
    throw badRequest(
      `inputs has unknown feature${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}; the model takes: ${inputs.listing}`,
    );
  const first = names[0] as string;
  const n = (cols[first] as unknown[]).length;
  for (const name of names) {
    const len = (cols[name] as unknown[]).length;
    if (len !== n)
      throw badRequest(
        `inputs.${name} has ${len} values but inputs.${first} has ${n}; give every feature the same number of values`,
      );
  }
  checkRowCount(n, maxRows, 'inputs');
  const records = new Array<Record<string, unknown>>(n);
  for (let i = 0; i < n; i++) {
    const rec: Record<string, unknown> = {};
    for (const name of names) rec[name] = (cols[name] as unknown[])[i];
    checkRecord(inputs, rec, `inputs row ${i}`);
    records[i] = rec;
  }
  return records;
}
