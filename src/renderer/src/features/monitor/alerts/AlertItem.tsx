import type { AlertRecord } from '../../../../../shared/alerts';
import { alertContext, severityLabel } from '../../../components/alerts/alert-banner-lib';
import { formatWhen } from '../../data/lib/format';
import { evidenceEntries } from '../lib/alert-view';

/** One alert: severity, title, message, evidence numbers, when, and Acknowledge while it is open. */
export function AlertItem({
  alert,
  acknowledging,
  onAcknowledge,
}: {
  alert: AlertRecord;
  acknowledging: string | null;
  onAcknowledge: (id: string) => void;
}) {
  const open = alert.acknowledgedAt === null;
  const evidence = evidenceEntries(alert.evidence.values);
  return (
    <li
      className="monitor-alert"
      data-testid="monitor-alert"
      data-alert-id={alert.id}
      data-severity={alert.severity}
      data-open={open}
    >
      <div className="monitor-alert-head">
        <span className="pill" data-tone={open ? alert.severity : 'neutral'}>
          {severityLabel(alert.severity)}
        </span>
        <span className="monitor-alert-title">{alert.title}</span>
        <span className="muted monitor-alert-when">
          {formatWhen(alert.lastSeenAt)}
          {alert.count > 1 ? ` · raised ${alert.count} times since ${formatWhen(alert.createdAt)}` : ''}
        </span>
      </div>
      <p className="monitor-alert-message">{alert.message}</p>
      {evidence.length > 0 && (
        <ul className="monitor-evidence" aria-label="Evidence">
          {evidence.map((e) => (
            <li key={e.key}>{e.text}</li>
          ))}
        </ul>
      )}
      <div className="monitor-alert-foot">
        <span className="muted">{alertContext({ ...alert, count: 1 })}</span>
        {open ? (
          <button
            type="button"
            className="button button-small"
            data-testid="monitor-alert-ack"
            disabled={acknowledging !== null}
            onClick={() => onAcknowledge(alert.id)}
          >
            {acknowledging === alert.id ? 'Acknowledging…' : 'Acknowledge'}
          </button>
        ) : (
          <span className="muted">
            Acknowledged{alert.acknowledgedBy ? ` by ${alert.acknowledgedBy}` : ''}
            {alert.acknowledgedAt ? `, ${formatWhen(alert.acknowledgedAt)}` : ''}
          </span>
        )}
      </div>
    </li>
  );
}
