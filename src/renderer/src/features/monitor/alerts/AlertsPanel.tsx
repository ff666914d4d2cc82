import { useMemo } from 'react';
import { openAlertsLabel } from '../../../components/alerts/alert-banner-lib';
import { sortAlerts } from '../lib/alert-view';
import { acknowledgeAlert } from '../state/alert-actions';
import { useMonitorStore } from '../state/monitor-store';
import { AlertItem } from './AlertItem';

/** The open model's alerts, open ones first, each with its evidence and Acknowledge. */
export function AlertsPanel() {
  const model = useMonitorStore((s) => s.selectedModel);
  const alerts = useMonitorStore((s) => s.alerts);
  const openCount = useMonitorStore((s) => s.openCount);
  const error = useMonitorStore((s) => s.alertsError);
  const acknowledging = useMonitorStore((s) => s.acknowledging);
  const ackError = useMonitorStore((s) => s.acknowledgeError);
  const sorted = useMemo(() => sortAlerts(alerts), [alerts]);
  return (
    <section
      className="monitor-panel"
      aria-labelledby="monitor-alerts-title"
      data-testid="monitor-alerts"
      data-open={openCount}
    >
      <div className="section-head">
        <h3 id="monitor-alerts-title" className="section-title">
          Alerts{model ? ` for ${model}` : ''}
        </h3>
        <span className="muted">{openAlertsLabel(openCount)}</span>
      </div>
      {error && (
        <p className="error-text" role="alert">
          Could not read the alerts: {error}
        </p>
      )}
      {ackError && (
        <p className="error-text" role="alert">
          {ackError}
        </p>
      )}
      {sorted.length === 0 ? (
        <p className="muted">
          No alerts for this model: drift, a drop of the live metric or a quality breach raise one.
        </p>
      ) : (
        <ul className="monitor-alerts">
          {sorted.map((a) => (
            <AlertItem
              key={a.id}
              alert={a}
              acknowledging={acknowledging}
              onAcknowledge={(id) => void acknowledgeAlert(id)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
