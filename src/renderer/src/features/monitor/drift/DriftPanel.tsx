import { useMemo } from 'react';
import type { MonitorReport } from '../../../../../shared/monitor-report';
import { featureRows, featureThresholds } from '../lib/feature-rows';
import { useMonitorStore } from '../state/monitor-store';
import { DriftHeatmap } from './DriftHeatmap';
import { LiveMetricChart } from './LiveMetricChart';

/** Drift over time (the heatmap, rows in the feature table's order) and the live metric per window. */
export function DriftPanel({ report }: { report: MonitorReport }) {
  const series = useMonitorStore((s) => s.series);
  const error = useMonitorStore((s) => s.seriesError);
  const selected = useMonitorStore((s) => s.selectedFeature);
  const thresholds = useMemo(() => featureThresholds(report.features), [report.features]);
  const order = useMemo(
    () => featureRows(report.features, report.quality.breaches).map((r) => r.feature),
    [report.features, report.quality.breaches],
  );
  return (
    <section className="monitor-panel" aria-labelledby="monitor-drift-title">
      <div className="section-head">
        <h3 id="monitor-drift-title" className="section-title">
          Over time
        </h3>
      </div>
      {error ? (
        <p className="error-text" role="alert">
          Could not read the drift over time: {error}
        </p>
      ) : !series ? (
        <p className="muted">Reading the windows…</p>
      ) : (
        <div className="monitor-drift-grid">
          <DriftHeatmap series={series} thresholds={thresholds} order={order} selected={selected} />
          <LiveMetricChart
            series={series}
            name={report.liveMetrics.name}
            evaluated={report.liveMetrics.evaluated}
          />
        </div>
      )}
    </section>
  );
}
