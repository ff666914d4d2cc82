import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageInfo } from '../util/package-root.js';

/**
 * Where the real test datasets are: AI_FACTORY_DATASETS, else the copy in resources/datasets
 * (a CC BY 4.0 subset, so CI machines need nothing else), else ../shared/datasets.
 */
export function datasetPath(name: string): string {
  const root = packageInfo().dir;
  const candidates = [
    process.env.AI_FACTORY_DATASETS ? join(process.env.AI_FACTORY_DATASETS, name) : null,
    join(root, 'resources', 'datasets', name),
    join(root, '..', 'shared', 'datasets', name),
  ].filter((p): p is string => p !== null);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`test dataset ${name} not found; looked in: ${candidates.join(', ')}`);
  return found;
}

/** The folder holding the vendored datasets (or AI_FACTORY_DATASETS). */
export function datasetsDir(): string {
  return process.env.AI_FACTORY_DATASETS ?? join(packageInfo().dir, 'resources', 'datasets');
}
