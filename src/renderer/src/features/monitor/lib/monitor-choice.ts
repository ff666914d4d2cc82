import type { ModelSummary } from '../../../../../shared/serve';

/** The model monitored and the version picked; `version` null = whichever version is in production. */
export interface MonitorTarget {
  model: string;
  version: number | null;
}

/**
 * What to monitor after the models were (re)listed: the current model while it exists (and its
 * picked version while that exists, else production), else the first model with a production
 * version, else the first model. Null when there are no models.
 */
export function chooseTarget(
  models: readonly ModelSummary[],
  current: MonitorTarget | null,
): MonitorTarget | null {
  const kept = current ? models.find((m) => m.name === current.model) : undefined;
  if (kept && current) {
    const version =
      current.version !== null && kept.versions.some((v) => v.version === current.version)
        ? current.version
        : null;
    return { model: kept.name, version };
  }
  const first = models.find((m) => m.production !== null) ?? models[0];
  return first ? { model: first.name, version: null } : null;
}

/** The version whose traffic is read: the one picked, else the production version (null when neither). */
export function monitoredVersion(model: ModelSummary | undefined, picked: number | null): number | null {
  if (picked !== null) return picked;
  return model?.production ?? null;
}
