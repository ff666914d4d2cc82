import type { MonitorReport } from '../../../../../shared/monitor-report';
import { openAlertsLabel } from '../../../components/alerts/alert-banner-lib';
import { formatCount } from '../../data/lib/format';
import { formatMetric } from '../../train/lib/format-train';
import {
  datasetDriftText,
  datasetDriftVerdict,
  evaluatedText,
  labeledText,
  liveMetricHint,
  liveMetricState,
  liveMetricTitle,
  windowFillText,
  windowText,
} from '../lib/summary-text';
import { useMonitorStore } from '../state/monitor-store';
import { ReportNotes } from './ReportNotes';

/** The window at a glance: rows, the dataset drift verdict, the live metric against the evaluated one, open alerts. */
export function SummaryPanel({ report }: { report: MonitorReport }) {
  const openCount = useMonitorStore((s) => s.openCount);
  const { window: w, datasetDrift: drift, liveMetrics: live, thresholds } = report;
  const liveState = liveMetricState(live, thresholds.minLabels);
  const fill = windowFillText(w);
  return (
    <section className="monitor-panel" aria-labelledby="monitor-summary-title" data-testid="monitor-summary">
      <div className="section-head">
        <h3 id="monitor-summary-title" className="section-title">
          {report.modelName} v{report.version}
        </h3>
        <span className="muted">
          {windowText(w)} · reference: {formatCount(report.reference.rows)} rows of the{' '}
          {report.reference.source}
        </span>
      </div>
      <dl className="monitor-cards">
        <div className="monitor-card">
          <dt>Rows in the window</dt>
          <dd className="monitor-card-value" data-testid="monitor-window-size" data-rows={w.rows}>
            {formatCount(w.rows)}
          </dd>
          <dd className="muted">{fill ?? `${formatCount(w.requests)} requests`}</dd>
        </div>
        <div
          className="monitor-card"
          data-testid="monitor-dataset-drift"
          data-drifted={drift.drifted}
          data-share={drift.share}
          data-tone={drift.drifted ? 'critical' : drift.total === 0 ? 'neutral' : 'ok'}
        >
          <dt>Dataset drift</dt>
          <dd className="monitor-card-value">{datasetDriftVerdict(drift)}</dd>
          <dd className="muted">{datasetDriftText(drift)}</dd>
        </div>
        <div
          className="monitor-card"
          data-testid="monitor-live-metric"
          data-state={liveState}
          data-value={live.value ?? ''}
          data-labeled={live.labeled}
          data-tone={liveState === 'dropped' ? 'critical' : liveState === 'ok' ? 'ok' : 'neutral'}
        >
          <dt>{liveMetricTitle(live.name)}</dt>
          <dd className="monitor-card-value">
            {formatMetric(live.value)}
            <span className="monitor-card-compare"> {evaluatedText(live)}</span>
          </dd>
          <dd className="muted">
            {labeledText(live)}
            {live.f1 !== null && ` · F1 ${formatMetric(live.f1)}`}
          </dd>
          <dd className="monitor-card-hint">
            {liveMetricHint(live, thresholds.minLabels, thresholds.liveMetricMargin)}
          </dd>
        </div>
        <div className="monitor-card" data-tone={openCount > 0 ? 'warning' : 'ok'}>
          <dt>Alerts</dt>
          <dd className="monitor-card-value" data-testid="monitor-open-alerts" data-count={openCount}>
            {openAlertsLabel(openCount)}
          </dd>
          <dd className="muted">listed below</dd>
        </div>
      </dl>
      <ReportNotes notes={report.notes} />
    </section>
  );
}
