import type { RunRecord } from '../../../../../shared/train';

export const RUN_SORT_KEYS = [
  'status',
  'template',
  'version',
  'epochs',
  'valMetric',
  'testMetric',
  'valLoss',
  'created',
  'duration',
  'model',
] as const;
export type RunSortKey = (typeof RUN_SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';
export interface RunSort {
  key: RunSortKey;
  dir: SortDir;
}

export const RUN_SORT_LABEL: Record<RunSortKey, string> = {
  status: 'Status',
  template: 'Template',
  version: 'Data',
  epochs: 'Epochs',
  valMetric: 'Val metric',
  testMetric: 'Test metric',
  valLoss: 'Val loss',
  created: 'Created',
  duration: 'Duration',
  model: 'Model',
};

/** The main metric a run reached on validation (at its best epoch) and on test. */
export function valMetric(run: RunRecord): number | null {
  return run.metrics?.[run.metricName] ?? null;
}

export function testMetric(run: RunRecord): number | null {
  return run.testMetrics?.[run.metricName] ?? null;
}

export function valLoss(run: RunRecord): number | null {
  return run.metrics?.loss ?? null;
}

/** What a column sorts by; null sorts last either way. */
export function sortValue(
  run: RunRecord,
  key: RunSortKey,
  versionLabel: (versionId: string) => string,
): string | number | null {
  switch (key) {
    case 'status':
      return run.status;
    case 'template':
      return run.template;
    case 'version':
      return versionLabel(run.versionId);
    case 'epochs':
      return run.epochsDone;
    case 'valMetric':
      return valMetric(run);
    case 'testMetric':
      return testMetric(run);
    case 'valLoss':
      return valLoss(run);
    case 'created':
      return run.createdAt;
    case 'duration':
      return run.durationMs;
    case 'model':
      return run.modelName && run.modelVersion !== null
        ? `${run.modelName}\u0000${String(run.modelVersion).padStart(8, '0')}`
        : null;
  }
}

/** The runs ordered by one column (ties keep the newest first); missing values always last. */
export function sortRuns(
  runs: readonly RunRecord[],
  sort: RunSort,
  versionLabel: (versionId: string) => string = (id) => id,
): RunRecord[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return runs
    .map((run, index) => ({ run, index, value: sortValue(run, sort.key, versionLabel) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return a.index - b.index;
        return a.value === null ? 1 : -1;
      }
      const c =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : String(a.value).localeCompare(String(b.value));
      return c === 0 ? a.index - b.index : sign * c;
    })
    .map((x) => x.run);
}

/** Clicking a column: the same column flips its direction; a new one starts with its natural order. */
export function nextSort(current: RunSort, key: RunSortKey): RunSort {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  const descFirst: readonly RunSortKey[] = ['created', 'valMetric', 'testMetric', 'epochs', 'duration'];
  return { key, dir: descFirst.includes(key) ? 'desc' : 'asc' };
}
