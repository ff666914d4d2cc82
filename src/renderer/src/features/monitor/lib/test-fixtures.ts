import type { CategoricalQuality, NumericQuality } from '../../../../../shared/monitor';
import type { MonitoredFeature, MonitorReport, MonitorSeries } from '../../../../../shared/monitor-report';
import type { ModelSummary } from '../../../../../shared/serve';
import type { ModelVersionRecord } from '../../../../../shared/train';
import { alertRecord } from '../../../components/alerts/test-alerts';

export function numericQuality(patch: Partial<NumericQuality> = {}): NumericQuality {
  return {
    kind: 'numeric',
    rows: 100,
    missing: 2,
    missingRate: 0.02,
    referenceRows: 1000,
    referenceMissingRate: 0.005,
    typeErrors: 0,
    typeErrorRate: 0,
    outOfRange: 3,
    outOfRangeShare: 0.0306,
    referenceMin: 18,
    referenceMax: 90,
    ...patch,
  };
}

export function categoricalQuality(patch: Partial<CategoricalQuality> = {}): CategoricalQuality {
  return {
    kind: 'categorical',
    rows: 100,
    missing: 0,
    missingRate: 0,
    referenceRows: 1000,
    referenceMissingRate: 0,
    typeErrors: 0,
    typeErrorRate: 0,
    unseen: 1,
    unseenShare: 0.01,
    unseenCategories: ['Atlantis'],
    ...patch,
  };
}

/** A numeric feature decided by a distance (score) or by KS (pValue), without the detailed statistics. */
export function numericFeature(
  feature: string,
  method: 'ks' | 'wasserstein' | 'psi',
  value: number | null,
  drifted: boolean,
  threshold = method === 'ks' ? 0.05 : 0.1,
): MonitoredFeature {
  const decided =
    value === null ? { reason: 'no live values' } : method === 'ks' ? { pValue: value } : { score: value };
  return {
    feature,
    quality: numericQuality(),
    kind: 'numeric',
    method,
    threshold,
    drifted,
    stats: null,
    ...decided,
  };
}

/** A categorical feature decided by chi-squared / z (pValue) or a distance (score). */
export function categoricalFeature(
  feature: string,
  method: 'chi2' | 'z' | 'jensenshannon' | 'psi',
  value: number | null,
  drifted: boolean,
  threshold = method === 'chi2' || method === 'z' ? 0.05 : 0.1,
): MonitoredFeature {
  const test = method === 'chi2' || method === 'z';
  const decided = value === null ? { reason: 'no live values' } : test ? { pValue: value } : { score: value };
  return {
    feature,
    quality: categoricalQuality(),
    kind: 'categorical',
    method,
    threshold,
    drifted,
    stats: null,
    ...decided,
  };
}

export function report(patch: Partial<MonitorReport> = {}): MonitorReport {
  return {
    modelName: 'churn',
    version: 2,
    task: 'binary',
    generatedAt: '2026-01-01T10:00:00.000Z',
    window: {
      kind: 'count',
      requestedRows: 1000,
      rows: 1000,
      requests: 40,
      from: 1_767_261_600_000,
      to: 1_767_265_200_000,
    },
    reference: { rows: 5000, source: 'training sample' },
    features: [
      numericFeature('age', 'wasserstein', 0.05, false),
      categoricalFeature('city', 'jensenshannon', 0.2, true),
    ],
    prediction: null,
    datasetDrift: { drifted: true, share: 0.5, count: 1, total: 2, threshold: 0.5 },
    quality: { breaches: [], typeErrors: 0 },
    liveMetrics: {
      name: 'accuracy',
      value: 0.81,
      f1: 0.79,
      labeled: 120,
      share: 0.12,
      evaluated: 0.9,
      dropped: true,
    },
    thresholds: {
      pValue: 0.05,
      wasserstein: 0.1,
      jensenShannon: 0.1,
      smallReferenceRows: 1000,
      psiBins: 10,
      datasetShare: 0.5,
      missingRateIncrease: 0.1,
      outOfRangeShare: 0.05,
      liveMetricMargin: 0.05,
      minLabels: 30,
    },
    notes: [],
    ...patch,
  };
}

type SeriesCell = MonitorSeries['windows'][number]['cells'][number];

/** A series of windows 60 s apart, 500 rows each, with the cells given per window. */
export function series(
  cellsPerWindow: SeriesCell[][],
  patch: Partial<MonitorSeries['windows'][number]> = {},
): MonitorSeries {
  const start = 1_767_261_600_000;
  return {
    modelName: 'churn',
    version: 2,
    windowRows: 500,
    windows: cellsPerWindow.map((cells, i) => ({
      from: start + i * 60_000,
      to: start + (i + 1) * 60_000,
      rows: 500,
      datasetDriftShare: cells.filter((c) => c.drifted).length / Math.max(1, cells.length),
      cells,
      liveMetric: null,
      labeled: 0,
      ...patch,
    })),
  };
}

export const alert = alertRecord;

const versionRecord = (name: string, version: number): ModelVersionRecord => ({
  id: `${name}-${version}`,
  modelName: name,
  version,
  stage: 'candidate',
  runId: 'r',
  task: 'binary',
  artifactDir: `models/${name}`,
  metrics: null,
  testMetrics: null,
  createdAt: '2026-01-01T00:00:00.000Z',
});

export function model(name: string, versions: number[], production: number | null): ModelSummary {
  return { name, task: 'binary', versions: versions.map((v) => versionRecord(name, v)), production };
}
