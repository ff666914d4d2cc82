/**
 * Checking raw feature values against a model's inputs before they reach the runtime: unknown
 * features, missing non-nullable ones, and values that cannot be the input's type are refused with
 * a message naming the row and the feature. (The pipeline checks the finer points, e.g. dates.)
 */
import type { InputSchema } from '../../../../shared/train.js';
import type { ServedModel } from '../types.js';
import { badRequest } from './http-error.js';

export type ValueKind = 'number' | 'boolean' | 'text';

export interface InputSpec {
  name: string;
  kind: ValueKind;
  nullable: boolean;
  datatype: string;
}

export interface ModelInputs {
  names: readonly string[];
  /** The inputs in order (the hot check walks this, not the map). */
  specs: readonly InputSpec[];
  byName: ReadonlyMap<string, { kind: ValueKind; nullable: boolean; datatype: string }>;
  /** e.g. `x1 (FP64), c (BYTES)` for error messages. */
  listing: string;
}

const cache = new WeakMap<ServedModel, ModelInputs>();

export function kindOf(datatype: InputSchema[number]['datatype']): ValueKind {
  if (datatype === 'BOOL') return 'boolean';
  if (datatype === 'BYTES') return 'text';
  return 'number';
}

/** The model's inputs, compiled once per served model. */
export function modelInputs(model: ServedModel): ModelInputs {
  let m = cache.get(model);
  if (!m) {
    const byName = new Map(
      model.inputs.map((i) => [
        i.name,
        { kind: kindOf(i.datatype), nullable: i.nullable, datatype: i.datatype },
      ]),
    );
    m = {
      names: model.inputs.map((i) => i.name),
      specs: model.inputs.map((i) => ({
        name: i.name,
        kind: kindOf(i.datatype),
        nullable: i.nullable,
        datatype: i.datatype,
      })),
      byName,
      listing: model.inputs.map((i) => `${i.name} (${i.datatype})`).join(', '),
    };
    cache.set(model, m);
  }
  return m;
}

function shown(v: unknown): string {
  let s: string;
  try {
    s = typeof v === 'number' ? String(v) : (JSON.stringify(v) ?? String(v));
  } catch {
    s = String(v);
  }
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

/** Why a value cannot be this input, or null when it can (null/undefined are handled by the caller). */
export function valueProblem(kind: ValueKind, v: unknown): string | null {
  switch (kind) {
    case 'number':
      if (typeof v === 'number') {
        return Number.isFinite(v) ? null : `${v} is not a usable number; send a finite number or null`;
      }
      return `expected a number, got ${shown(v)}`;
    case 'boolean':
      return typeof v === 'boolean' || v === 0 || v === 1 ? null : `expected true or false, got ${shown(v)}`;
    case 'text':
      if (typeof v === 'string' || typeof v === 'boolean') return null;
      if (typeof v === 'number')
        return Number.isFinite(v) ? null : `${v} is not a usable value; send a string or null`;
      return `expected a string, got ${shown(v)}`;
  }
}

/** Whether a present (non-null) value fits the kind; the same rules as valueProblem, inlined. */
function fits(kind: ValueKind, v: unknown): boolean {
  if (kind === 'number') return typeof v === 'number' && Number.isFinite(v);
  if (kind === 'text')
    return typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
  return typeof v === 'boolean' || v === 0 || v === 1;
}

/**
 * Check one record: every key a known feature, every non-nullable feature present, every value of
 * the feature's type. `where` names the record in messages, e.g. `instances[3]`. The common case
 * (a good record) takes one pass over the inputs and a count of the record's keys; any problem
 * goes through the full check, which names it.
 */
export function checkRecord(inputs: ModelInputs, rec: Record<string, unknown>, where: string): void {
  const specs = inputs.specs;
  let present = 0;
  let ok = true;
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i] as InputSpec;
    const v = rec[spec.name];
    if (v === undefined) {
      if (!spec.nullable) ok = false;
      continue;
    }
    present += 1;
    if (v === null) {
      if (!spec.nullable) ok = false;
    } else if (!fits(spec.kind, v)) ok = false;
  }
  if (ok) {
    let keys = 0;
    for (const _ in rec) keys += 1;
    if (keys === present) return;
  }
  checkRecordFully(inputs, rec, where);
}

function checkRecordFully(inputs: ModelInputs, rec: Record<string, unknown>, where: string): void {
  for (const key in rec) {
    if (!inputs.byName.has(key)) {
      const unknown = Object.keys(rec).filter((k) => !inputs.byName.has(k));
      throw badRequest(
        `${where} has unknown feature${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}; the model takes: ${inputs.listing}`,
      );
    }
  }
  for (const name of inputs.names) {
    const spec = inputs.byName.get(name);
    if (!spec) continue;
    const v = rec[name];
    if (v === null || v === undefined) {
      if (!spec.nullable)
        throw badRequest(
          `${where} is missing the feature "${name}" (${spec.datatype}), which cannot be null`,
        );
      continue;
    }
    const problem = valueProblem(spec.kind, v);
    if (problem) throw badRequest(`${where}, feature "${name}": ${problem}`);
  }
}
