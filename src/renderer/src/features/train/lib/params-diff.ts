import type { TrainParams, TrainParamsInput } from '../../../../../shared/train';

type Plain = string | number | boolean | null | undefined | readonly unknown[] | object;

function same(a: Plain, b: Plain): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields of `draft` that differ from `base`, or undefined when none does. */
function changedFields<T extends object>(base: T, draft: T): Partial<T> | undefined {
  const out: Partial<T> = {};
  let any = false;
  for (const key of Object.keys(draft) as (keyof T)[]) {
    if (!same(base[key] as Plain, draft[key] as Plain)) {
      out[key] = draft[key];
      any = true;
    }
  }
  return any ? out : undefined;
}

const SCALARS = ['epochs', 'batchSize', 'learningRate', 'optimizer', 'classWeights', 'seed'] as const;
const GROUPS = ['earlyStopping', 'mlp', 'text', 'pipeline'] as const;

/**
 * What the user changed from the data-derived defaults, as the engine's TrainParamsInput: the
 * template always (it is chosen explicitly), other fields only where they differ, nested groups as
 * partial objects and the learning-rate schedule whole.
 */
export function paramsDiff(base: TrainParams, draft: TrainParams): TrainParamsInput {
  const input: TrainParamsInput = { template: draft.template };
  const loose = input as Record<string, unknown>;
  for (const key of SCALARS) if (!same(base[key], draft[key])) loose[key] = draft[key];
  if (!same(base.schedule, draft.schedule)) input.schedule = draft.schedule;
  for (const key of GROUPS) {
    const changed = changedFields<object>(base[key], draft[key]);
    if (changed) loose[key] = changed;
  }
  return input;
}

/** The paths of the parameters that differ (for "3 changed" and highlighting), e.g. ["mlp.units"]. */
export function changedPaths(base: TrainParams, draft: TrainParams): string[] {
  const diff = paramsDiff(base, draft);
  const paths: string[] = [];
  for (const [key, value] of Object.entries(diff)) {
    if (key === 'template') {
      if (base.template !== draft.template) paths.push(key);
    } else if (key !== 'schedule' && typeof value === 'object' && value !== null) {
      for (const sub of Object.keys(value)) paths.push(`${key}.${sub}`);
    } else paths.push(key);
  }
  return paths;
}

/** Parameters a tuning's trials share: the user's changes minus what the tuning sets itself. */
export function tuningBase(base: TrainParams, draft: TrainParams): TrainParamsInput {
  const { template: _t, epochs: _e, seed: _s, ...rest } = paramsDiff(base, draft);
  return rest;
}
