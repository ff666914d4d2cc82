/**
 * The arithmetic every dense slot goes through, shared by transformTable and transformRecords so
 * both give the same float32 for the same value. Inputs are normalised first: numbers (NaN or
 * ±Infinity = missing), category slots (-1 = missing), epoch ms.
 */
import type { FittedFeature } from '../../../../shared/data.js';
import { writeDatetimeParts } from './datetime-parts.js';

type Numeric = Extract<FittedFeature, { kind: 'numeric' }>;
type BooleanF = Extract<FittedFeature, { kind: 'boolean' }>;
type Categorical = Extract<FittedFeature, { kind: 'categorical' }>;
type Datetime = Extract<FittedFeature, { kind: 'datetime' }>;

const F32_MAX = 3.4028234663852886e38;

/** A finite float32-representable value: NaN → 0, overflow → ±FLT_MAX. */
export function finite32(x: number): number {
  return Number.isNaN(x) ? 0 : Math.min(Math.max(x, -F32_MAX), F32_MAX);
}

export function encodeNumeric(f: Numeric, out: Float32Array, at: number, v: number): void {
  const missing = !Number.isFinite(v);
  out[at] = finite32(((missing ? f.fill : v) - f.center) / f.scale);
  if (f.missingIndicator) out[at + 1] = missing ? 1 : 0;
}

export function encodeBoolean(f: BooleanF, out: Float32Array, at: number, v: number): void {
  const missing = !Number.isFinite(v);
  out[at] = missing ? f.fill : v !== 0 ? 1 : 0;
  if (f.missingIndicator) out[at + 1] = missing ? 1 : 0;
}

/** slot: index into the vocabulary, vocabulary.length for unknown, -1 for missing. */
export function encodeCategorical(f: Categorical, out: Float32Array, at: number, slot: number): void {
  const unknown = f.vocabulary.length;
  const s = slot < 0 ? unknown : slot;
  if (f.encoding === 'onehot') {
    out[at + s] = 1;
    if (f.missingIndicator) out[at + unknown + 1] = slot < 0 ? 1 : 0;
  } else {
    out[at] = s;
    if (f.missingIndicator) out[at + 1] = slot < 0 ? 1 : 0;
  }
}

export function encodeDatetime(f: Datetime, out: Float32Array, at: number, ms: number): void {
  const missing = !Number.isFinite(ms);
  let next = at;
  if (missing) {
    for (const p of f.parts) next += p === 'year' ? 1 : 2;
    out.fill(0, at, next);
  } else {
    next = writeDatetimeParts(out, at, ms, f.parts, f.yearCenter, f.yearScale);
    for (let k = at; k < next; k++) out[k] = finite32(out[k] as number);
  }
  if (f.missingIndicator) out[next] = missing ? 1 : 0;
}
