import type { ModelSummary } from '../../../../../shared/serve';

/** A model and one of its versions. */
export interface ModelChoice {
  model: string;
  version: number;
}

/** The newest version of a model (highest number); null when it has none. */
export function newestVersion(model: ModelSummary): number | null {
  return model.versions.reduce<number | null>((n, v) => (n === null || v.version > n ? v.version : n), null);
}

/**
 * What to show after the models were (re)listed: the current model and version while they exist,
 * the model's newest version when only the version is gone, else the newest version of the first model.
 */
export function chooseModel(
  models: readonly ModelSummary[],
  current: { model: string | null; version: number | null },
): ModelChoice | null {
  const kept = models.find((m) => m.name === current.model);
  if (kept) {
    if (current.version !== null && kept.versions.some((v) => v.version === current.version)) {
      return { model: kept.name, version: current.version };
    }
    const newest = newestVersion(kept);
    if (newest !== null) return { model: kept.name, version: newest };
  }
  for (const m of models) {
    const newest = newestVersion(m);
    if (newest !== null) return { model: m.name, version: newest };
  }
  return null;
}
