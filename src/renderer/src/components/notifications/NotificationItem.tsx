import { formatClock } from '../../lib/format-time';
import type { Notification } from '../../store/notifications-state';
import { useNotificationsStore } from '../../store/notifications-store';

const SEVERITY_LABEL: Record<Notification['severity'], string> = {
  info: 'Info',
  warning: 'Warning',
  critical: 'Critical',
};

export function NotificationItem({ item }: { item: Notification }) {
  const markRead = useNotificationsStore((s) => s.markRead);
  const dismiss = useNotificationsStore((s) => s.dismiss);
  return (
    <li className="notification" data-severity={item.severity} data-read={item.read}>
      <div className="notification-head">
        <span className="pill" data-tone={item.severity}>
          {SEVERITY_LABEL[item.severity]}
        </span>
        <span className="notification-title">{item.title}</span>
        <time className="muted notification-time" dateTime={item.at}>
          {formatClock(item.at)}
        </time>
      </div>
      <p className="notification-message">{item.message}</p>
      <div className="button-row">
        {!item.read && (
          <button type="button" className="link-button" onClick={() => markRead(item.id)}>
            Mark read
          </button>
        )}
        <button type="button" className="link-button" onClick={() => dismiss(item.id)}>
          Dismiss
        </button>
      </div>
    </li>
  );
}
