import { useMemo } from 'react';
import type { MonitorReport } from '../../../../../shared/monitor-report';
import { featureRows } from '../lib/feature-rows';
import { useMonitorStore } from '../state/monitor-store';
import { DistributionChart } from './DistributionChart';
import { FeatureTable } from './FeatureTable';

/** The feature table (drift and quality per feature) beside the chosen feature's distributions. */
export function FeaturePanel({ report }: { report: MonitorReport }) {
  const selected = useMonitorStore((s) => s.selectedFeature);
  const distribution = useMonitorStore((s) => s.distribution);
  const error = useMonitorStore((s) => s.distributionError);
  const rows = useMemo(
    () => featureRows(report.features, report.quality.breaches),
    [report.features, report.quality.breaches],
  );
  const drifted = rows.filter((r) => r.drifted).length;
  return (
    <section className="monitor-panel" aria-labelledby="monitor-features-title">
      <div className="section-head">
        <h3 id="monitor-features-title" className="section-title">
          Features
        </h3>
        <span className="muted">
          {drifted} of {rows.length} drifted · drifted first · click a feature to compare its distributions
        </span>
      </div>
      {rows.length === 0 ? (
        <p className="muted">This version's pipeline has no features to compare.</p>
      ) : (
        <div className="monitor-feature-grid">
          <FeatureTable rows={rows} selected={selected} />
          <DistributionChart feature={selected} distribution={distribution} error={error} />
        </div>
      )}
    </section>
  );
}
