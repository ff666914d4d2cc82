import { useNotificationsStore } from '../../store/notifications-store';
import { NotificationItem } from './NotificationItem';

export function NotificationsPanel() {
  const items = useNotificationsStore((s) => s.items);
  const markRead = useNotificationsStore((s) => s.markRead);
  const clear = useNotificationsStore((s) => s.clear);
  return (
    <section aria-labelledby="notifications-title">
      <div className="popover-header">
        <h2 id="notifications-title" className="popover-title">
          Notifications
        </h2>
        <div className="button-row">
          <button
            type="button"
            className="button button-small"
            onClick={() => markRead()}
            disabled={!items.some((n) => !n.read)}
          >
            Mark all read
          </button>
          <button type="button" className="button button-small" onClick={clear} disabled={items.length === 0}>
            Clear all
          </button>
        </div>
      </div>
      {items.length === 0 ? (
        <p className="popover-text muted">
          Nothing to report. Failed jobs and alerts show here as they happen.
        </p>
      ) : (
        <ul className="notification-list">
          {items.map((n) => (
            <NotificationItem key={n.id} item={n} />
          ))}
        </ul>
      )}
    </section>
  );
}
