/** Set a trial's sampled values into the shared base parameters, by dotted path. */
import type { TrainParamsInput } from '../../../../shared/train.js';

/** One trial's values, by dimension path (e.g. {"learningRate": 0.003, "mlp.units": 128}). */
export type TrialValues = Record<string, string | number | boolean>;

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A copy of `base` with each dotted path set to its value (objects on the way are created when
 * absent). `base` is not changed. Paths are not checked here: validateSearchSpace does that.
 */
export function applyValues(base: TrainParamsInput, values: TrialValues): TrainParamsInput {
  const out = structuredClone(base) as Obj;
  for (const [path, value] of Object.entries(values)) {
    const keys = path.split('.');
    let node = out;
    for (let i = 0; i < keys.length - 1; i++) {
      const key = keys[i] as string;
      const next = node[key];
      if (isObject(next)) node = next;
      else {
        const fresh: Obj = {};
        node[key] = fresh;
        node = fresh;
      }
    }
    node[keys[keys.length - 1] as string] = value;
  }
  return out as TrainParamsInput;
}
