import type { TrainParams } from '../../../../../shared/train';
import { setInvalid, setParam, useTrainStore } from '../state/train-store';

/** A parameter's value by dotted path ("mlp.units"). */
export function getParam(params: TrainParams | null, path: string): unknown {
  let v: unknown = params;
  for (const key of path.split('.')) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** One parameter of the form: its value, its default, the engine's complaint, and setters. */
export function useParam(path: string) {
  const value = useTrainStore((s) => getParam(s.draft, path));
  const base = useTrainStore((s) => getParam(s.defaults?.params ?? null, path));
  const error = useTrainStore((s) => s.startErrors?.fields[path] ?? s.tuneErrors?.base[path]);
  return {
    value,
    changed: base !== undefined && JSON.stringify(base) !== JSON.stringify(value),
    error,
    set: (v: unknown) => setParam(path, v),
    setValidity: (valid: boolean) => setInvalid(path, !valid),
  };
}
