import type { DatasetProfile, QualityReport } from '../../../../../shared/data';
import { call } from '../../../transport/client';

/**
 * Profiles and quality reports by version: the engine caches them too, but they are large
 * answers, so switching between the views asks once. A version's target change forgets them.
 */
const profiles = new Map<string, Promise<DatasetProfile>>();
const reports = new Map<string, Promise<QualityReport>>();

function remember<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  if (hit) return hit;
  const p = load();
  cache.set(key, p);
  p.catch(() => cache.delete(key));
  if (cache.size > 20) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return p;
}

export function loadProfile(versionId: string): Promise<DatasetProfile> {
  return remember(profiles, versionId, () => call('data.profile', { versionId }));
}

export function loadQuality(versionId: string): Promise<QualityReport> {
  return remember(reports, versionId, () => call('data.quality', { versionId }));
}

export function forgetAnalysis(versionId: string): void {
  profiles.delete(versionId);
  reports.delete(versionId);
}
