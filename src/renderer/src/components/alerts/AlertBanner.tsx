import { useAppStore } from '../../store/app-store';
import { alertContext, bannerAlert, openAlertsLabel, severityLabel } from './alert-banner-lib';
import { acknowledgeAlert, useAlertBannerStore } from './alert-banner-store';
import { useAlertBannerSync } from './use-alert-banner-sync';
import './alert-banner.css';

/**
 * At the top of every step while monitoring alerts are open: the most urgent one (severity, title,
 * what to do), how many are open, Acknowledge, and a link to the Monitor step.
 */
export function AlertBanner() {
  useAlertBannerSync();
  const alerts = useAlertBannerStore((s) => s.alerts);
  const openCount = useAlertBannerStore((s) => s.openCount);
  const acknowledging = useAlertBannerStore((s) => s.acknowledging);
  const error = useAlertBannerStore((s) => s.error);
  const onMonitor = useAppStore((s) => s.selectedStep === 'monitor');
  const shown = bannerAlert(alerts);
  if (!shown) return null;
  return (
    <section
      className="alert-banner"
      data-testid="alert-banner"
      data-severity={shown.severity}
      aria-label="Open monitoring alerts"
    >
      <span className="alert-banner-severity">{severityLabel(shown.severity)}</span>
      <div className="alert-banner-text">
        <p className="alert-banner-title">{shown.title}</p>
        <p className="alert-banner-message">{shown.message}</p>
        <p className="alert-banner-context">{alertContext(shown)}</p>
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="alert-banner-actions">
        <span className="alert-banner-count" data-testid="alert-banner-count">
          {openAlertsLabel(Math.max(openCount, alerts.length))}
        </span>
        {!onMonitor && (
          <a className="link-button" href="#/monitor">
            Show in Monitor
          </a>
        )}
        <button
          type="button"
          className="button button-small"
          data-testid="alert-banner-ack"
          disabled={acknowledging !== null}
          onClick={() => void acknowledgeAlert(shown.id)}
        >
          {acknowledging === shown.id ? 'Acknowledging…' : 'Acknowledge'}
        </button>
      </div>
    </section>
  );
}
