import { useCallback, useId, useRef, useState } from 'react';
import { unreadCount } from '../../store/notifications-state';
import { useNotificationsStore } from '../../store/notifications-store';
import { useDismiss } from '../common/use-dismiss';
import { NotificationsPanel } from './NotificationsPanel';

/** The bell: how many notifications are unread, and the list of them. */
export function NotificationsMenu() {
  const unread = useNotificationsStore((s) => unreadCount(s.items));
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, popover, trigger);
  const panelId = useId();
  return (
    <div className="popover-anchor">
      <button
        ref={trigger}
        type="button"
        className="button notifications-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        Notifications
        {unread > 0 && (
          <span className="count-badge" data-testid="unread-count">
            {unread}
            <span className="visually-hidden"> unread</span>
          </span>
        )}
      </button>
      {open && (
        <div ref={popover} id={panelId} className="popover popover-wide popover-end">
          <NotificationsPanel />
        </div>
      )}
    </div>
  );
}
