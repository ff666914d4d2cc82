/**
 * Open Inference Protocol v2 tensors ↔ raw records. Each raw feature is one input tensor of shape
 * [N] (or [N, 1]); outputs are `predict` (label or value), `probabilities` ([N, classes],
 * classification only) and `prediction_id` (for feedback).
 */
import type { ServedModel } from '../types.js';
import { modelInputs, type ValueKind, valueProblem } from './features.js';
import { badRequest } from './http-error.js';
import type { Predicted } from './predict-core.js';
import { checkRowCount } from './predict-core.js';

export interface V2Tensor {
  name: string;
  shape: number[];
  datatype: string;
  data: unknown[];
  parameters?: Record<string, unknown>;
}

export interface V2InferBody {
  id?: string;
  parameters?: Record<string, unknown>;
  inputs: V2Tensor[];
  outputs?: { name: string; parameters?: Record<string, unknown> }[];
}

export interface V2OutputTensor {
  name: string;
  datatype: string;
  shape: number[];
  data: (string | number)[];
  parameters?: Record<string, string>;
}

const NUMERIC = new Set([
  'UINT8',
  'UINT16',
  'UINT32',
  'UINT64',
  'INT8',
  'INT16',
  'INT32',
  'INT64',
  'FP16',
  'FP32',
  'FP64',
]);
const MAX_DEPTH = 8;

export const OUTPUT_PREDICT = 'predict';
export const OUTPUT_PROBABILITIES = 'probabilities';
export const OUTPUT_PREDICTION_ID = 'prediction_id';

function datatypeFits(kind: ValueKind, datatype: string): boolean {
  if (kind === 'number') return NUMERIC.has(datatype);
  if (kind === 'boolean') return datatype === 'BOOL';
  return datatype === 'BYTES';
}

/** Nested `data` (shape [N, 1] sent as [[v], ...]) → one flat list. */
export function flatten(data: unknown[], name: string): unknown[] {
  const nested = data.some((v) => Array.isArray(v));
  if (!nested) return data;
  const out: unknown[] = [];
  const walk = (a: unknown[], depth: number): void => {
    if (depth > MAX_DEPTH) throw badRequest(`input "${name}": data is nested deeper than its shape`);
    for (const v of a) {
      if (Array.isArray(v)) walk(v, depth + 1);
      else out.push(v);
    }
  };
  walk(data, 1);
  return out;
}

/** The raw records an infer request describes, checked against the model's inputs. */
export function v2Records(body: V2InferBody, model: ServedModel, maxRows: number): Record<string, unknown>[] {
  const inputs = modelInputs(model);
  const columns = new Map<string, unknown[]>();
  let rows = -1;
  let firstName = '';
  for (let t = 0; t < body.inputs.length; t++) {
    const tensor = body.inputs[t] as V2Tensor;
    const name = tensor.name;
    const spec = inputs.byName.get(name);
    if (!spec)
      throw badRequest(
        `inputs[${t}] is named "${name}", which is not an input of this model; the inputs are: ${inputs.listing}`,
      );
    if (columns.has(name)) throw badRequest(`input "${name}" is given twice`);
    if (!datatypeFits(spec.kind, tensor.datatype))
      throw badRequest(
        `input "${name}": datatype ${tensor.datatype} does not fit; this input is ${spec.datatype}${spec.kind === 'number' ? ' (any numeric datatype is accepted)' : ''}`,
      );
    const shape = tensor.shape;
    if (shape.length === 0 || shape.length > 2 || (shape.length === 2 && shape[1] !== 1))
      throw badRequest(
        `input "${name}": shape [${shape.join(', ')}] is not [N] or [N, 1]; each input holds one feature, one value per row`,
      );
    const n = shape[0] as number;
    const values = flatten(tensor.data, name);
    if (values.length !== n)
      throw badRequest(
        `input "${name}": shape [${shape.join(', ')}] says ${n} values but data has ${values.length}`,
      );
    if (rows === -1) {
      rows = n;
      firstName = name;
      checkRowCount(n, maxRows, `input "${name}"`);
    } else if (n !== rows)
      throw badRequest(
        `input "${name}" has ${n} rows but input "${firstName}" has ${rows}; every input needs the same number of rows`,
      );
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (v === null || v === undefined) {
        if (!spec.nullable) throw badRequest(`input "${name}", row ${i}: a value is required`);
        continue;
      }
      const problem = valueProblem(spec.kind, v);
      if (problem) throw badRequest(`input "${name}", row ${i}: ${problem}`);
    }
    columns.set(name, values);
  }
  for (const name of inputs.names) {
    const spec = inputs.byName.get(name);
    if (spec && !spec.nullable && !columns.has(name))
      throw badRequest(
        `the input "${name}" (${spec.datatype}) is missing; the model takes: ${inputs.listing}`,
      );
  }
  const names = [...columns.keys()];
  const cols = names.map((n) => columns.get(n) as unknown[]);
  const records = new Array<Record<string, unknown>>(rows);
  for (let i = 0; i < rows; i++) {
    const rec: Record<string, unknown> = {};
    for (let c = 0; c < names.length; c++) {
      const v = (cols[c] as unknown[])[i];
      if (v !== null && v !== undefined) rec[names[c] as string] = v;
    }
    records[i] = rec;
  }
  return records;
}

interface V2ModelShape {
  labelsParam: string | null;
  outputNames: string[];
}

const shapes = new WeakMap<ServedModel, V2ModelShape>();

function modelShape(model: ServedModel): V2ModelShape {
  let s = shapes.get(model);
  if (!s) {
    const cls = model.labels !== null;
    s = {
      labelsParam: cls ? JSON.stringify(model.labels) : null,
      outputNames: cls
        ? [OUTPUT_PREDICT, OUTPUT_PROBABILITIES, OUTPUT_PREDICTION_ID]
        : [OUTPUT_PREDICT, OUTPUT_PREDICTION_ID],
    };
    shapes.set(model, s);
  }
  return s;
}

/** The outputs a request asked for (all when it named none); unknown names → 400. */
export function requestedOutputs(body: V2InferBody, model: ServedModel): string[] {
  const all = modelShape(model).outputNames;
  if (!body.outputs || body.outputs.length === 0) return all;
  return body.outputs.map((o, i) => {
    if (!all.includes(o.name))
      throw badRequest(
        `outputs[${i}] asks for "${o.name}", which this model does not give; its outputs are: ${all.join(', ')}`,
      );
    return o.name;
  });
}

export function v2Outputs(model: ServedModel, p: Predicted, names: readonly string[]): V2OutputTensor[] {
  const n = p.outputs.length;
  const labels = model.labels;
  return names.map((name): V2OutputTensor => {
    if (name === OUTPUT_PREDICTION_ID) return { name, datatype: 'BYTES', shape: [n], data: p.ids };
    if (name === OUTPUT_PROBABILITIES && labels) {
      const c = labels.length;
      const data = new Array<number>(n * c);
      for (let i = 0; i < n; i++) {
        const probs = p.outputs[i]?.probabilities;
        for (let j = 0; j < c; j++) data[i * c + j] = probs ? (probs[j] as number) : 0;
      }
      return {
        name,
        datatype: 'FP32',
        shape: [n, c],
        data,
        parameters: { labels: modelShape(model).labelsParam ?? '[]' },
      };
    }
    const data = new Array<string | number>(n);
    for (let i = 0; i < n; i++) data[i] = p.outputs[i]?.prediction ?? '';
    return { name: OUTPUT_PREDICT, datatype: labels ? 'BYTES' : 'FP32', shape: [n], data };
  });
}

/** Model metadata: one input per raw feature, shape [-1]; the outputs above. */
export function v2Metadata(model: ServedModel, versions: string[]) {
  const cls = model.labels !== null;
  const outputs: { name: string; datatype: string; shape: number[]; parameters?: Record<string, string> }[] =
    [{ name: OUTPUT_PREDICT, datatype: cls ? 'BYTES' : 'FP32', shape: [-1] }];
  if (cls)
    outputs.push({
      name: OUTPUT_PROBABILITIES,
      datatype: 'FP32',
      shape: [-1, (model.labels as string[]).length],
      parameters: { labels: modelShape(model).labelsParam ?? '[]' },
    });
  outputs.push({ name: OUTPUT_PREDICTION_ID, datatype: 'BYTES', shape: [-1] });
  return {
    name: model.name,
    versions,
    platform: 'tfjs',
    inputs: model.inputs.map((i) => ({
      name: i.name,
      datatype: i.datatype,
      shape: [-1],
      ...(i.categories
        ? { parameters: { categories: JSON.stringify(i.categories), nullable: i.nullable } }
        : { parameters: { nullable: i.nullable } }),
    })),
    outputs,
  };
}
