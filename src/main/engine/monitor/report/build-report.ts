/**
 * A monitoring report: one window of a version's live traffic against its reference — drift of
 * each monitored feature and of the predicted class, the dataset-level verdict, data quality and
 * the live metric from feedback labels, each with the thresholds it was judged by.
 */
import type { TaskType } from '../../../../shared/data.js';
import type { FeatureDrift } from '../../../../shared/monitor.js';
import type {
  LiveMetrics,
  MonitoredFeature,
  MonitorReport,
  MonitorThresholds,
  MonitorWindowInput,
  QualityBreach,
} from '../../../../shared/monitor-report.js';
import type { Db } from '../../db/connection.js';
import { liveMetrics } from '../live/live-metrics.js';
import { type CategorySample, categorySample } from '../stats/category-sample.js';
import { datasetDrift } from '../stats/dataset-drift.js';
import { type DriftOptions, featureDrift } from '../stats/feature-drift.js';
import { featureQuality } from '../stats/feature-quality.js';
import { type NumericSample, numericSample } from '../stats/numeric-sample.js';
import { readWindow } from '../window/read-window.js';
import type { FeatureColumn, WindowColumns, WindowQuery } from '../window/window-types.js';
import { booleanText, type ReferenceData, type ReferenceFeature } from './reference-data.js';

export interface ReportArgs {
  db: Db;
  modelName: string;
  version: number;
  task: TaskType;
  reference: ReferenceData;
  window: MonitorWindowInput;
  thresholds: MonitorThresholds;
  /** The version's evaluated main metric (accuracy or MAE), null when never evaluated. */
  evaluated: number | null;
  now?: number;
}

/** The drift options the thresholds stand for. */
export function driftOptions(t: MonitorThresholds): DriftOptions {
  return {
    thresholds: {
      ks: t.pValue,
      chi2: t.pValue,
      z: t.pValue,
      wasserstein: t.wasserstein,
      jensenshannon: t.jensenShannon,
    },
    smallReferenceRows: t.smallReferenceRows,
    psiBins: t.psiBins,
  };
}

/** The query a window input stands for (default: the last 1,000 predictions). */
export function windowQuery(model: string, version: number, w: MonitorWindowInput, now: number): WindowQuery {
  if (w.from !== undefined || w.to !== undefined) {
    return { model, version, from: w.from ?? 0, to: w.to ?? now + 1, maxRows: 1_000_000 };
  }
  return { model, version, lastRows: w.rows ?? 1000 };
}

export function currentValues(f: ReferenceFeature, col: FeatureColumn | undefined, rows: number) {
  if (f.kind === 'numeric') {
    if (col && col.kind !== 'categorical' && col.kind !== 'text') return col.values;
    return new Float64Array(rows).fill(Number.NaN);
  }
  if (!col) return new Array<string | null>(rows).fill(null);
  if (col.kind === 'categorical' || col.kind === 'text') return col.values;
  const numbers = col.values as Float64Array;
  return Array.from(numbers, (v) => booleanText(v));
}

/** Drift and quality of each monitored feature. */
export function featureReports(
  ref: ReferenceData,
  win: WindowColumns,
  t: MonitorThresholds,
): MonitoredFeature[] {
  const options = driftOptions(t);
  return ref.features.map((f) => {
    const col = win.features.find((c) => c.name === f.name);
    const current = currentValues(f, col, win.rows);
    const typeErrors = col?.typeErrors ?? 0;
    // Each side is sorted or counted once, for drift and quality alike.
    if (f.kind === 'numeric') {
      const cur = numericSample(current as Float64Array);
      const ref = f.sample as NumericSample;
      return {
        feature: f.name,
        quality: featureQuality(ref, cur, 'numeric', { typeErrors }),
        ...featureDrift(ref, cur, 'numeric', options),
      };
    }
    const cur = categorySample(current as (string | null)[]);
    const ref = f.sample as CategorySample;
    return {
      feature: f.name,
      quality: featureQuality(ref, cur, 'categorical', { typeErrors }),
      ...featureDrift(ref, cur, 'categorical', options),
    };
  });
}

/** Quality checks that fail their threshold, in words. */
export function qualityBreaches(features: MonitoredFeature[], t: MonitorThresholds): QualityBreach[] {
  const out: QualityBreach[] = [];
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  for (const f of features) {
    const q = f.quality;
    if (q.rows === 0) continue;
    const increase = q.missingRate - q.referenceMissingRate;
    if (increase > t.missingRateIncrease) {
      out.push({
        feature: f.feature,
        check: 'missing_rate',
        value: q.missingRate,
        threshold: q.referenceMissingRate + t.missingRateIncrease,
        message: `${f.feature}: ${pct(q.missingRate)} missing (training ${pct(q.referenceMissingRate)})`,
      });
    }
    if (q.kind === 'numeric' && q.outOfRangeShare > t.outOfRangeShare) {
      out.push({
        feature: f.feature,
        check: 'out_of_range',
        value: q.outOfRangeShare,
        threshold: t.outOfRangeShare,
        message: `${f.feature}: ${pct(q.outOfRangeShare)} of values outside training's range [${q.referenceMin}, ${q.referenceMax}]`,
      });
    }
    if (q.kind === 'categorical' && q.unseenShare > t.outOfRangeShare) {
      out.push({
        feature: f.feature,
        check: 'unseen_categories',
        value: q.unseenShare,
        threshold: t.outOfRangeShare,
        message: `${f.feature}: ${pct(q.unseenShare)} of values are categories training never saw (${q.unseenCategories.slice(0, 3).join(', ')})`,
      });
    }
    if (q.typeErrors > 0) {
      out.push({
        feature: f.feature,
        check: 'type_errors',
        value: q.typeErrors,
        threshold: 0,
        message: `${f.feature}: ${q.typeErrors} values of the wrong type`,
      });
    }
  }
  return out;
}

function predictionDrift(ref: ReferenceData, win: WindowColumns, t: MonitorThresholds): FeatureDrift | null {
  const labels = win.predictions.labels;
  if (!ref.target || !labels) return null;
  return featureDrift(ref.target, labels, 'categorical', driftOptions(t));
}

function live(
  db: Db,
  win: WindowColumns,
  task: TaskType,
  evaluated: number | null,
  t: MonitorThresholds,
): LiveMetrics {
  const m = liveMetrics(db, win);
  const regression = task === 'regression';
  const value = regression ? m.mae : m.accuracy;
  let dropped = false;
  if (value !== null && evaluated !== null && m.labeled >= t.minLabels) {
    dropped = regression
      ? value > evaluated * (1 + t.liveMetricMargin)
      : value < evaluated - t.liveMetricMargin;
  }
  return {
    name: regression ? 'mae' : 'accuracy',
    value,
    f1: regression ? null : m.macroF1,
    labeled: m.labeled,
    share: m.labeledShare ?? 0,
    evaluated,
    dropped,
  };
}

export function buildMonitorReport(a: ReportArgs): MonitorReport {
  const now = a.now ?? Date.now();
  const query = windowQuery(a.modelName, a.version, a.window, now);
  const specs = a.reference.features.map((f) => ({ name: f.name, kind: f.pipelineKind }));
  const win = readWindow(a.db, query, specs);
  const features = featureReports(a.reference, win, a.thresholds);
  const notes: string[] = [];
  if (win.rows === 0)
    notes.push(
      `No predictions of ${a.modelName} v${a.version} in this window: send requests to the inference port and they appear here.`,
    );
  if (a.reference.skipped.length > 0)
    notes.push(`Not monitored for drift (free text): ${a.reference.skipped.join(', ')}.`);
  const liveMetricsPart = live(a.db, win, a.task, a.evaluated, a.thresholds);
  if (win.rows > 0 && liveMetricsPart.labeled === 0)
    notes.push(
      'No feedback labels for these predictions yet: the live metric needs POST /v1/models/NAME/feedback.',
    );
  else if (liveMetricsPart.labeled > 0 && liveMetricsPart.labeled < a.thresholds.minLabels)
    notes.push(
      `Only ${liveMetricsPart.labeled} labels: the live metric is shown but not alerted on below ${a.thresholds.minLabels}.`,
    );
  const drift = datasetDrift(features, { share: a.thresholds.datasetShare });
  return {
    modelName: a.modelName,
    version: a.version,
    task: a.task,
    generatedAt: new Date(now).toISOString(),
    window: {
      kind: 'lastRows' in query ? 'count' : 'time',
      requestedRows: 'lastRows' in query ? query.lastRows : null,
      rows: win.rows,
      requests: win.requests,
      from: win.rows > 0 ? (win.at[0] as number) : null,
      to: win.rows > 0 ? (win.at[win.rows - 1] as number) : null,
    },
    reference: { rows: a.reference.rows, source: 'training sample' },
    features,
    prediction: predictionDrift(a.reference, win, a.thresholds),
    datasetDrift: drift,
    quality: {
      breaches: qualityBreaches(features, a.thresholds),
      typeErrors: features.reduce((s, f) => s + f.quality.typeErrors, 0),
    },
    liveMetrics: liveMetricsPart,
    thresholds: a.thresholds,
    notes,
  };
}
