import type { TaskType } from '../../../../shared/data.js';
import type { MonitorSeries, MonitorThresholds } from '../../../../shared/monitor-report.js';
import type { Db } from '../../db/connection.js';
import { liveMetrics } from '../live/live-metrics.js';
import { datasetDrift } from '../stats/dataset-drift.js';
import { readWindowSeries } from '../window/window-series.js';
import { featureReports } from './build-report.js';
import type { ReferenceData } from './reference-data.js';

/** Drift per feature over the last `windows` windows of `windowRows` predictions, oldest first, with the live metric. */
export function monitorSeries(a: {
  db: Db;
  modelName: string;
  version: number;
  task: TaskType;
  reference: ReferenceData;
  windowRows: number;
  windows: number;
  thresholds: MonitorThresholds;
}): MonitorSeries {
  const specs = a.reference.features.map((f) => ({ name: f.name, kind: f.pipelineKind }));
  const series = readWindowSeries(
    a.db,
    { model: a.modelName, version: a.version, windowRows: a.windowRows, windows: a.windows },
    specs,
  );
  return {
    modelName: a.modelName,
    version: a.version,
    windowRows: a.windowRows,
    windows: series.map((win) => {
      const features = featureReports(a.reference, win, a.thresholds);
      const live = liveMetrics(a.db, win);
      return {
        from: win.at[0] ?? 0,
        to: win.at[win.rows - 1] ?? 0,
        rows: win.rows,
        datasetDriftShare: datasetDrift(features, { share: a.thresholds.datasetShare }).share,
        cells: features.map((f) => ({
          feature: f.feature,
          drifted: f.drifted,
          method: f.method,
          value: f.score ?? f.pValue ?? null,
        })),
        liveMetric: a.task === 'regression' ? live.mae : live.accuracy,
        labeled: live.labeled,
      };
    }),
  };
}
