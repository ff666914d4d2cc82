import { useEffect, useState } from 'react';
import { useNotificationsStore } from '../../store/notifications-store';

const SHOWN_MS = 8000;

/**
 * The polite live region: the newest notification is announced to screen readers and shown
 * briefly in a corner, so a failure is noticed without opening the list.
 */
export function NotificationToast() {
  const newest = useNotificationsStore((s) => s.items[0]);
  const [hiddenId, setHiddenId] = useState<string | null>(null);
  const visible = newest && !newest.read && hiddenId !== newest.id ? newest : null;

  useEffect(() => {
    if (!visible) return;
    const id = visible.id;
    const timer = setTimeout(() => setHiddenId(id), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [visible]);

  return (
    <div className="toast-region" aria-live="polite" aria-atomic="true">
      {visible && (
        <div className="toast" data-severity={visible.severity}>
          <div>
            <p className="toast-title">{visible.title}</p>
            <p className="toast-message">{visible.message}</p>
          </div>
          <button
            type="button"
            className="icon-button"
            aria-label="Hide this notification"
            onClick={() => setHiddenId(visible.id)}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
