import type { SplitSpec } from '../../../../../shared/data';

export interface SplitForm {
  method: SplitSpec['method'];
  /** Percentages as typed. */
  train: string;
  validation: string;
  test: string;
  seed: string;
  timeColumn: string;
}

/** The spec from the form, or the first thing wrong with it (the engine checks again). */
export function specFromForm(f: SplitForm): { spec: SplitSpec } | { error: string } {
  const pct = [f.train, f.validation, f.test].map((v) => Number(v));
  const [train, validation, test] = pct as [number, number, number];
  if (pct.some((p) => !Number.isFinite(p) || p < 0 || p > 100))
    return { error: 'Give each share as a percentage from 0 to 100.' };
  if (train <= 0) return { error: 'The train share must be above 0 %.' };
  if (Math.abs(train + validation + test - 100) > 1e-6)
    return { error: `The shares add up to ${train + validation + test} %, not 100 %.` };
  const seed = Number(f.seed);
  if (!Number.isInteger(seed)) return { error: 'The seed is a whole number.' };
  if (f.method === 'time' && !f.timeColumn)
    return { error: 'A time split needs the column that orders the rows.' };
  const spec: SplitSpec = {
    method: f.method,
    train: train / 100,
    validation: validation / 100,
    test: test / 100,
    seed,
  };
  if (f.method === 'time') spec.timeColumn = f.timeColumn;
  return { spec };
}

export function formFromSpec(spec: SplitSpec | null, fallbackMethod: SplitSpec['method']): SplitForm {
  const pct = (x: number) => String(Math.round(x * 10000) / 100);
  return {
    method: spec?.method ?? fallbackMethod,
    train: pct(spec?.train ?? 0.7),
    validation: pct(spec?.validation ?? 0.15),
    test: pct(spec?.test ?? 0.15),
    seed: String(spec?.seed ?? 42),
    timeColumn: spec?.timeColumn ?? '',
  };
}
